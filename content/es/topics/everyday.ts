import { HELPLINE, item, OURS } from '../../item';
import type { TopicContent } from '../../types';

/** La vida diaria y el apoyo (flows/topics.ts, everyday). */
export const everyday: TopicContent = {
  ui: {
    'opt.topic.everyday.secondOpinion': 'Pedir una segunda opinión',
    'opt.topic.everyday.genetics': 'Pruebas genéticas y los hermanos',
    'opt.topic.everyday.school': 'La escuela y el cuidado infantil',
    'opt.topic.everyday.wellbeing': 'Cuidarse usted',
    'opt.topic.everyday.money': 'Ayuda con dinero y viajes',
    'opt.topic.everyday.more': 'Más sobre la vida diaria',
  },
  items: {
    'topic.everyday': item('<p>El cáncer cambia la vida diaria de toda la familia. Aquí hay ayuda con algunas partes del día a día.</p>', OURS),
    'topic.everyday.secondOpinion': item(
      '<p>Puede pedirle una segunda opinión a otro médico. Sirve para confirmar el diagnóstico o el plan. La mayoría de los médicos lo esperan, y no debería molestarles.</p><ul><li>Necesitará copias de los resultados, las imágenes y los informes.</li><li>Elija un centro que trate a muchos niños con neuroblastoma.</li><li>Pregunte a su seguro médico si paga una segunda opinión.</li><li>Pregunte cuánto tiempo se puede esperar sin peligro antes de empezar.</li></ul>',
      ['nci-patient', ...OURS],
    ),
    'topic.everyday.genetics': item(
      '<p>La mayoría de los neuroblastomas no se heredan. En unas pocas familias sí, casi siempre por un cambio en un gen llamado <em>ALK</em> o <em>PHOX2B</em>.</p><ul><li>Un consejero genético le puede decir si vale la pena hacer pruebas en su familia.</li><li>Las pruebas pueden mostrar el riesgo para los hermanos de su hijo.</li><li>El consejero le puede ayudar a hablar de los resultados en familia.</li></ul><p>Los hermanos también necesitan que cuiden sus sentimientos. Pueden sentir miedo, celos o que los dejan de lado. Dígales la verdad con palabras sencillas y mantenga algunas rutinas.</p>',
      ['nci-patient', ...OURS],
    ),
    'topic.everyday.school': item(
      '<p>La escuela ayuda a los niños a sentirse normales. Muchos niños pueden seguir aprendiendo durante el tratamiento.</p><ul><li>Cuéntele a la escuela el diagnóstico. Pida una reunión con la maestra y la enfermera escolar.</li><li>Cuando los conteos están bajos, su hijo quizás deba quedarse en casa. La escuela puede mandar tareas o dar clases en casa o en el hospital.</li><li>Pida a la escuela que le avise si hay varicela o sarampión en la clase.</li><li>Muchos hospitales tienen un maestro o un enlace escolar que puede ayudar.</li></ul>',
      OURS,
    ),
    'topic.everyday.wellbeing': item(
      '<p>Cuidar a un hijo con cáncer es muy difícil. Su propia salud también importa.</p><ul><li>Trate de comer, tomar agua y dormir cuando pueda. Deje que otros le ayuden con comidas, transporte o sus otros hijos.</li><li>Pida hablar con la trabajadora social del hospital. Ayuda con el estrés, el trabajo y la familia.</li><li>En los grupos de apoyo puede hablar con padres que entienden.</li></ul><p>Si se siente sin esperanza o piensa en hacerse daño, llame o escriba al <strong>988</strong> ahora (oprima 2 para español). También puede llamar a la línea de ayuda al <a href="tel:{phoneHref}">{phone}</a>, de día o de noche.</p>',
      [...OURS, ...HELPLINE],
    ),
    'topic.everyday.money': item(
      '<p>El tratamiento puede traer muchos gastos: viajes, estacionamiento, comidas, días sin trabajar. No tiene que resolverlo solo.</p><ul><li>Pida hablar con la trabajadora social o el consejero financiero del hospital. Conocen la ayuda que hay cerca.</li><li>Algunos grupos ofrecen alojamiento gratis cerca del hospital, y ayuda con el transporte.</li><li>Quizás pueda tomar una licencia del trabajo sin perder su empleo. Pregúntele a su empleador.</li></ul><p>La línea de ayuda le puede ayudar a encontrar programas cerca de usted: <a href="tel:{phoneHref}">{phone}</a>.</p>',
      [...OURS, ...HELPLINE],
    ),
  },
};
