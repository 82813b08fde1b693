import { HELPLINE, item, OURS } from '../item';
import type { ContentItem } from '../types';

/**
 * Lo que dice la primera pantalla, en español: la bienvenida, con quién hablamos y las dos vías
 * hacia una persona que ofrece (los números de emergencia, el contacto con la línea de ayuda), que
 * nunca esperan a que cargue el resto del contenido (core.ts).
 */
export const first: Record<string, ContentItem> = {
  'welcome.greeting': item('Hola. Puedo ayudarle a entender el tratamiento del neuroblastoma, paso a paso.', OURS),
  'welcome.disclaimer': item(
    '<p>Soy una guía automática, no un médico. El equipo médico de su hijo o hija es quien mejor lo conoce.</p><p>Puede hablar con una persona en cualquier momento.</p>',
    [...OURS, ...HELPLINE],
  ),
  'audience.ask': item('¿Con quién tengo el gusto de hablar?', OURS),
  'audience.explain': item('Doy la misma información a todos. Su respuesta va en el resumen que puede compartir con un especialista. {kept}', OURS),
  'emergency.now': item(
    'Si su hijo o hija necesita ayuda médica urgente, o si alguien puede estar en peligro, llame ya al {emergency}. Si usted está en una crisis emocional, llame o envíe un texto al 988.',
    OURS,
  ),
  'emergency.fever': item(
    'Durante el tratamiento del cáncer, una fiebre de 38 °C (100.4 °F) o más también es urgente. Llame de inmediato al número de 24 horas del equipo de cáncer de su hijo o hija, aunque sea de noche.',
    OURS,
  ),
  'emergency.helpline': item(
    'Para recibir apoyo, también puede llamar a la línea de ayuda al <a href="tel:{phoneHref}">{phone}</a>, de día o de noche.',
    HELPLINE,
  ),
  'handoff.intro': item(
    'Puede hablar con un especialista en información sobre el cáncer. Le ayudan con sus preguntas, le dan apoyo y le orientan en los próximos pasos.',
    HELPLINE,
  ),
  'handoff.phone': item(
    'Puede llamar a la línea de ayuda al <a href="tel:{phoneHref}">{phone}</a>. Atiende las 24 horas, los 7 días de la semana, también en español. Le atienden especialistas en información sobre el cáncer.',
    HELPLINE,
  ),
};
