import { item } from '../../item';
import type { TopicContent } from '../../types';

/** Efectos tardíos y seguimiento (flows/topics.ts, lateEffects). */
export const lateEffects: TopicContent = {
  ui: {
    'opt.topic.lateEffects.hearing': 'La audición',
    'opt.topic.lateEffects.growth': 'El crecimiento y los dientes',
    'opt.topic.lateEffects.thyroid': 'La tiroides y las hormonas',
    'opt.topic.lateEffects.fertility': 'Tener hijos más adelante',
    'opt.topic.lateEffects.heart': 'El corazón',
    'opt.topic.lateEffects.secondCancers': 'Segundos cánceres',
    'opt.topic.lateEffects.learning': 'El aprendizaje y la memoria',
    'opt.topic.lateEffects.followUp': 'El seguimiento y la clínica de sobrevivientes',
    'opt.topic.lateEffects.questions': 'Preguntas sobre los efectos tardíos',
    'opt.topic.lateEffects.more': 'Más sobre los efectos tardíos',
  },
  items: {
    'topic.lateEffects': item(
      '<p>Los efectos tardíos son problemas de salud que aparecen meses o años después de terminar el tratamiento. No todos los niños los tienen. Muchos se pueden encontrar a tiempo y tratar.</p><p>Cuáles importan depende del tratamiento que recibió su hijo. Elija un tema abajo.</p>',
      ['nci-late-effects', 'nci-patient'],
    ),
    'topic.lateEffects.hearing': item(
      '<p>La pérdida de audición por algunas quimios puede quedarse. También puede aparecer más tarde.</p><ul><li>Su hijo debe tener pruebas de audición durante el seguimiento.</li><li>Avise al equipo si sube mucho el volumen de la tele, no entiende palabras o habla menos claro.</li><li>Los audífonos, la terapia del habla y la ayuda en la escuela hacen una gran diferencia.</li></ul>',
      ['nci-late-effects', 'nci-patient'],
    ),
    'topic.lateEffects.growth': item(
      '<p>El tratamiento puede frenar el crecimiento. Es más probable en niños pequeños y después de la radiación o de un trasplante.</p><ul><li>Los huesos pueden crecer menos donde se dio radiación.</li><li>Los dientes pueden salir tarde, ser pequeños o faltar. Vaya al dentista cada 6 meses.</li><li>El médico medirá la estatura de su hijo cada año. Un médico del crecimiento puede ayudar si hace falta.</li></ul>',
      ['nci-patient', 'nci-late-effects'],
    ),
    'topic.lateEffects.thyroid': item(
      '<p>La tiroides es una glándula del cuello. Produce hormonas que ayudan al crecimiento y a la energía.</p><ul><li>El tratamiento con MIBG y la radiación cerca del cuello pueden hacer que la tiroides trabaje lento.</li><li>Una tiroides lenta puede causar cansancio, aumento de peso y crecimiento lento. Se trata con una pastilla diaria.</li><li>Un análisis de sangre revisa la tiroides durante el seguimiento.</li><li>Algunos niños tienen otros cambios de hormonas, como una pubertad tardía. También se pueden tratar.</li></ul>',
      ['nci-late-effects'],
    ),
    'topic.lateEffects.fertility': item(
      '<p>La quimio fuerte puede afectar la posibilidad de que su hijo tenga hijos más adelante. El riesgo depende de los medicamentos y las dosis.</p><ul><li>Antes de empezar el tratamiento, pregunte si hay una forma de proteger la fertilidad. Para algunos niños la hay.</li><li>La pubertad puede llegar tarde. Un médico puede revisarla y ayudar.</li><li>Muchos sobrevivientes pueden tener hijos. Unas pruebas más adelante pueden decir más.</li></ul>',
      ['nci-late-effects', 'editorial'],
    ),
    'topic.lateEffects.heart': item(
      '<p>Algunas quimios, y la radiación cerca del pecho, pueden dañar el corazón. Los problemas pueden aparecer años después.</p><ul><li>Su hijo puede necesitar una prueba del corazón (un ecocardiograma) cada pocos años.</li><li>Mantenerse activo, comer bien y no fumar ayudan a proteger el corazón.</li><li>Avise al médico si tiene dolor de pecho, le falta el aire o siente el corazón acelerado.</li></ul>',
      ['nci-late-effects'],
    ),
    'topic.lateEffects.secondCancers': item(
      '<p>A veces el tratamiento lleva a un cáncer nuevo y distinto, años después. Se llama segundo cáncer.</p><ul><li>Algunos ejemplos son la leucemia, un cáncer de la sangre, y el cáncer de tiroides o de riñón.</li><li>Los chequeos cada año ayudan a encontrar problemas a tiempo, cuando son más fáciles de tratar.</li><li>El plan de seguimiento dirá qué pruebas necesita su hijo.</li></ul>',
      ['nci-patient', 'nci-late-effects'],
    ),
    'topic.lateEffects.learning': item(
      '<p>Algunos niños tienen problemas de aprendizaje, memoria o atención después del tratamiento. El ánimo y los sentimientos también pueden cambiar.</p><ul><li>Avise al equipo y a la escuela si nota cambios.</li><li>Unas pruebas pueden mostrar qué tipo de ayuda necesita su hijo.</li><li>La escuela puede dar apoyo extra, como un plan de aprendizaje.</li></ul>',
      ['nci-patient', 'nci-late-effects'],
    ),
    'topic.lateEffects.followUp': item(
      '<p>Al terminar el tratamiento, su hijo sigue teniendo chequeos. Al principio buscan si el cáncer volvió. Con el tiempo, buscan más los efectos tardíos.</p><ul><li>Muchos centros de cáncer infantil tienen una <strong>clínica de sobrevivientes</strong> para esto.</li><li>Los sobrevivientes deben tener un chequeo al menos una vez al año, toda la vida, con alguien que conozca sus riesgos.</li><li>Pida un resumen por escrito del tratamiento de su hijo. Guárdelo bien. Su hijo lo necesitará de adulto.</li></ul>',
      ['nci-late-effects', 'nci-patient', 'editorial'],
    ),
    'topic.lateEffects.questions': item(
      '<p>Preguntas que puede hacer sobre los efectos tardíos:</p><ul><li>¿Qué efectos tardíos puede tener mi hijo por este tratamiento?</li><li>¿Podemos hacer algo ahora para bajar el riesgo?</li><li>¿Qué pruebas necesitará, y cada cuánto?</li><li>¿Hay una clínica de sobrevivientes aquí?</li><li>¿Nos pueden dar un resumen por escrito del tratamiento?</li></ul><p>Ayuda anotar las respuestas.</p>',
      ['nci-late-effects', 'editorial'],
    ),
  },
};
