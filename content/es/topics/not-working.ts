import { HELPLINE, item, OURS } from '../../item';
import type { TopicContent } from '../../types';

/** Cuando el tratamiento no funciona como se esperaba (flows/topics.ts, notWorking). */
export const notWorking: TopicContent = {
  ui: {
    'opt.topic.notWorking.refractory': 'Qué quiere decir “refractario”',
    'opt.topic.notWorking.options': 'Qué puede venir ahora',
    'opt.topic.notWorking.trials': 'Estudios clínicos',
    'opt.topic.notWorking.palliative': 'Cuidados paliativos: alivio y apoyo',
    'opt.topic.notWorking.questions': 'Preguntas para el equipo médico',
    'opt.topic.notWorking.more': 'Más sobre este tema',
  },
  items: {
    'topic.notWorking': item(
      '<p>A veces el cáncer no se encoge como se esperaba, o crece durante el tratamiento. Es muy duro de escuchar. Usted no está solo, y todavía hay opciones.</p><p>Elija sobre qué quiere leer. Puede parar en cualquier momento y hablar con una persona.</p>',
      ['nci-patient', ...OURS],
    ),
    'topic.notWorking.refractory': item(
      '<p>Cuando el neuroblastoma no responde al tratamiento, los médicos lo llaman <strong>refractario</strong>. No es lo mismo que una recaída, cuando el cáncer vuelve después de haberse ido.</p><p>No quiere decir que no se puede hacer nada más. Quiere decir que hay que cambiar el plan. El equipo médico revisará las imágenes y las pruebas para ver qué queda y dónde.</p>',
      ['nci-patient'],
    ),
    'topic.notWorking.options': item(
      '<p>Lo que sigue depende del primer tratamiento, de dónde está el cáncer y de cómo se siente su hijo.</p><ul><li>Otras quimios, a veces con dinutuximab.</li><li>Terapia con MIBG: una medicina que lleva radiación a las células del cáncer. También puede aliviar síntomas.</li><li>Radiación en lugares que causan dolor u otros problemas.</li><li>Un estudio clínico de un tratamiento nuevo.</li></ul><p>No hay un solo plan estándar. El equipo médico le puede explicar las opciones para su hijo.</p>',
      ['nci-patient', 'nci-recurrent'],
    ),
    'topic.notWorking.trials': item(
      '<p>Cuando el tratamiento de siempre no funcionó, un estudio clínico puede ofrecer un medicamento nuevo o una nueva forma de usarlo.</p><ul><li>Algunos estudios revisan si un medicamento nuevo es seguro. Otros revisan si funciona mejor.</li><li>No todos los niños pueden entrar a todos los estudios. El equipo revisa si su hijo cumple los requisitos.</li><li>Puede salir de un estudio en cualquier momento.</li></ul><p>Puede <a href="https://www.cancer.gov/research/participate/clinical-trials-search" target="_blank" rel="noopener noreferrer">buscar estudios en el sitio del Instituto Nacional del Cáncer</a> (en inglés), o preguntarle al equipo médico.</p>',
      ['nci-patient', ...OURS],
    ),
    'topic.notWorking.palliative': item(
      '<p>Los <strong>cuidados paliativos</strong> buscan el alivio y la mejor vida posible. Son para cualquier niño con una enfermedad grave, en cualquier etapa. No son solo para el final de la vida.</p><ul><li>Tratan el dolor, las náuseas, el mal dormir y la preocupación.</li><li>Se pueden dar al mismo tiempo que el tratamiento del cáncer.</li><li>También apoyan a los padres y a los hermanos.</li></ul><p>Pedirlos no quiere decir rendirse. Puede pedir una visita del equipo de cuidados paliativos en cualquier momento.</p>',
      ['nci-patient', ...OURS],
    ),
    'topic.notWorking.questions': item(
      '<p>Preguntas que puede hacerle al equipo médico:</p><ul><li>¿Qué muestran las imágenes? ¿Qué cambió?</li><li>¿Qué opciones hay ahora? ¿Cuál es la meta de cada una?</li><li>¿Hay un estudio clínico para mi hijo?</li><li>¿Cómo cambiaría cada opción el día a día de mi hijo?</li><li>¿Podemos conocer al equipo de cuidados paliativos?</li></ul><p>También puede llamar a la línea de ayuda al <a href="tel:{phoneHref}">{phone}</a> para hablarlo.</p>',
      [...OURS, ...HELPLINE],
    ),
  },
};
