import { HELPLINE, item } from '../../item';
import type { TopicContent } from '../../types';

/** Qué influye en el pronóstico, después de la respuesta a "¿se va a morir?" (safety.ts, fear.answer). */
export const outlook: TopicContent = {
  ui: {},
  items: {
    'topic.outlook': item(
      '<p>Nadie puede decir con seguridad cómo le irá a un niño. Las cifras que quizás lea hablan de grupos grandes, no de su hijo.</p><p>Estas cosas ayudan al equipo médico a entender el pronóstico de su hijo:</p><ul><li>el grupo de riesgo y el estadio</li><li>las características del tumor, como el MYCN y cómo se ven las células</li><li>la edad de su hijo cuando se encontró el cáncer</li><li>cómo responde el cáncer al tratamiento</li></ul><p>El equipo médico de su hijo conoce estos detalles. Está bien preguntarles qué esperan para su hijo, y pedirles que vayan despacio.</p><p>Para hablar con alguien ahora, llame a la línea de ayuda al <a href="tel:{phoneHref}">{phone}</a>, de día o de noche.</p>',
      ['nci-patient', 'editorial', ...HELPLINE],
    ),
  },
};
