import { HELPLINE, item, OURS } from '../../item';
import type { TopicContent } from '../../types';

const PDQ = ['nci-patient', 'editorial'] as const;

/** Efectos secundarios durante el tratamiento (flows/topics.ts, sideEffects); el menú está en safety.ts. */
export const sideEffects: TopicContent = {
  ui: {
    'opt.topic.sideEffects.phases': 'Qué esperar en cada fase',
    'opt.topic.sideEffects.fever': 'Fiebre e infecciones',
    'opt.topic.sideEffects.counts': 'Conteos de sangre bajos',
    'opt.topic.sideEffects.nausea': 'Náuseas y comida',
    'opt.topic.sideEffects.hair': 'Caída del pelo',
    'opt.topic.sideEffects.antibodyPain': 'Dolor con el dinutuximab',
    'opt.topic.sideEffects.hearing': 'La audición',
    'opt.topic.sideEffects.isotretinoin': 'Isotretinoína, la pastilla de vitamina A',
    'opt.topic.sideEffects.night': 'A quién llamar de noche',
    'opt.topic.sideEffects.questions': 'Preguntas sobre los efectos secundarios',
    'opt.topic.sideEffects.more': 'Más sobre los efectos secundarios',
  },
  items: {
    'topic.sideEffects.phases': item(
      '<p>Lo que su hijo vive depende de la fase del tratamiento. El equipo médico le dirá qué esperar.</p><ul><li><strong>Inducción</strong> (ciclos de quimio): son comunes los conteos de sangre bajos, las infecciones, las náuseas y la caída del pelo. Algunas quimios pueden dañar la audición.</li><li><strong>Consolidación</strong> (quimio muy fuerte y luego un trasplante de células madre): su hijo se queda en el hospital. Son comunes las llagas en la boca, el cansancio y las infecciones hasta que crecen las nuevas células de la sangre.</li><li><strong>Mantenimiento</strong> (dinutuximab e isotretinoína): el dinutuximab puede causar dolor, fiebre y sarpullido. La isotretinoína reseca la piel y los labios.</li></ul><p>Con riesgo bajo o intermedio, el tratamiento es más leve y suele tener menos efectos.</p>',
      ['nci-patient', 'review-dinutuximab-pain', 'editorial'],
    ),
    'topic.sideEffects.fever': item(
      '<p>La quimio baja los glóbulos blancos, que combaten los microbios. Entonces una infección pequeña puede volverse grave rápido. La fiebre suele ser la primera señal.</p><p><strong>Fiebre es una temperatura de 38 °C (100.4 °F) o más.</strong> Llame enseguida al número de 24 horas del equipo médico, aunque sea de noche. No espere a ver si se le pasa.</p><ul><li>No le dé medicina para la fiebre a menos que el equipo se lo indique. Puede esconder la fiebre.</li><li>Llame también si tiene escalofríos o se ve muy enfermo.</li><li>Lávense las manos a menudo. Mantenga a su hijo lejos de personas enfermas.</li></ul><p>Lo más probable es que le den antibióticos, muchas veces en el hospital.</p>',
      ['akh-fever-neutropenia', 'editorial'],
    ),
    'topic.sideEffects.counts': item(
      '<p>La quimio frena la médula ósea, donde se hace la sangre. Por eso los conteos de sangre bajan por un tiempo después de cada ciclo.</p><ul><li><strong>Glóbulos blancos bajos:</strong> hay más riesgo de infección. La fiebre es urgente.</li><li><strong>Glóbulos rojos bajos:</strong> su hijo puede verse pálido, cansado o sin aire. Una transfusión de sangre puede ayudar.</li><li><strong>Plaquetas bajas:</strong> moretones fáciles, sangrado de nariz o puntitos rojos en la piel. También se pueden dar plaquetas.</li></ul><p>Llame al equipo si un sangrado no para, o si su hijo está muy pálido o débil.</p>',
      ['akh-fever-neutropenia', 'editorial'],
    ),
    'topic.sideEffects.nausea': item(
      '<p>La quimio puede causar náuseas o vómitos.</p><ul><li>Las medicinas contra las náuseas funcionan bien. Muchas veces se dan antes de la quimio.</li><li>Las comidas pequeñas y las meriendas caen mejor que las comidas grandes. Los alimentos sencillos y frescos pueden ayudar.</li><li>Los sorbitos de agua también ayudan.</li></ul><p>Llame al equipo si su hijo vomita mucho, no puede beber, o se ve reseco y con mucho sueño. Un experto en nutrición puede ayudar si su hijo no come.</p>',
      PDQ,
    ),
    'topic.sideEffects.hair': item(
      '<p>Muchas quimios hacen que se caiga el pelo. Suele empezar unas semanas después de comenzar el tratamiento.</p><ul><li>El pelo casi siempre vuelve a crecer al terminar el tratamiento. Puede salir un poco distinto.</li><li>Un gorro suave mantiene la cabeza abrigada y la protege del sol.</li><li>A los niños pequeños muchas veces les importa menos que a los adultos. Los mayores pueden sentirse mal. Ayuda hablar de ello.</li></ul>',
      PDQ,
    ),
    'topic.sideEffects.antibodyPain': item(
      '<p>El dinutuximab ayuda a las defensas del cuerpo a encontrar las células del cáncer. También toca los nervios, por eso suele causar dolor, muchas veces en la barriga, la espalda, los brazos o las piernas.</p><ul><li>Su hijo recibe medicina para el dolor antes y durante cada dosis. Suele ser una fuerte, como la morfina, y otra para el dolor de los nervios.</li><li>El dolor se pasa poco después de terminar la dosis.</li><li>Suele ser peor en los primeros ciclos. Después se hace más fácil.</li></ul><p>Avise a la enfermera enseguida si nota que a su hijo le duele. La dosis se puede dar más despacio.</p>',
      ['review-dinutuximab-pain', 'nci-patient'],
    ),
    'topic.sideEffects.hearing': item(
      '<p>Algunas quimios pueden dañar la audición. Muchas veces se pierden primero los sonidos agudos. La pérdida puede quedarse después del tratamiento.</p><ul><li>Su hijo tendrá pruebas de audición durante y después del tratamiento.</li><li>Si la audición baja, el equipo puede cambiar el plan.</li><li>Los audífonos y la terapia del habla ayudan mucho, sobre todo a los niños pequeños que están aprendiendo a hablar.</li></ul>',
      ['nci-late-effects', 'nci-patient'],
    ),
    'topic.sideEffects.isotretinoin': item(
      '<p>La isotretinoína es una pastilla parecida a la vitamina A. Su hijo la toma durante el mantenimiento, con descansos.</p><ul><li>Suele resecar mucho la piel y los labios. Ayudan un bálsamo espeso para los labios y una crema.</li><li>La piel se quema fácil con el sol. Use protector solar y gorra.</li><li>Los análisis de sangre revisan otros cambios.</li><li>Puede dañar a un bebé antes de nacer. Una adolescente que la toma no debe quedar embarazada.</li></ul><p>Pregunte al equipo cómo dársela si su hijo no puede tragar pastillas.</p>',
      PDQ,
    ),
    'topic.sideEffects.night': item(
      '<p><strong>Durante el tratamiento, llame primero al número de 24 horas del equipo médico, de día o de noche.</strong> Pídalo en la primera visita. Guárdelo en su teléfono y péguelo en el refrigerador.</p><ul><li>Llame por fiebre de 38 °C (100.4 °F) o más, sangrado, dolor fuerte, o cualquier cambio que le asuste.</li><li>Llame al {emergency} si su hijo no puede respirar, no despierta o tiene una convulsión.</li><li>Para apoyo o preguntas que no son urgentes, puede llamar a la línea de ayuda al <a href="tel:{phoneHref}">{phone}</a>, a cualquier hora.</li></ul>',
      [...OURS, ...HELPLINE],
    ),
    'topic.sideEffects.questions': item(
      '<p>Preguntas que puede hacer sobre los efectos secundarios:</p><ul><li>¿Qué efectos son más probables en esta fase?</li><li>¿Qué cuenta como fiebre para nosotros? ¿A quién llamamos de noche?</li><li>¿Qué medicinas le podemos dar en casa? ¿Cuáles no?</li><li>¿Cuándo estarán más bajos los conteos de sangre?</li><li>¿Necesitará pruebas de audición?</li><li>¿Qué hacemos si no quiere comer ni beber?</li></ul><p>Ayuda anotar las respuestas.</p>',
      OURS,
    ),
  },
};
