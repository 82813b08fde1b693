import { HELPLINE, item, OURS } from '../item';
import type { ContentItem } from '../types';

/**
 * Respuestas que nunca deben faltar: síntomas urgentes durante el tratamiento, crisis emocional,
 * miedo, la angustia de la madre o el padre y la primera respuesta sobre efectos secundarios (las fuentes, como en content/en/safety.ts).
 */
export const safety: Record<string, ContentItem> = {
  'urgent.now': item(
    'Esto puede ser urgente. Llame ahora al número de 24 horas del equipo de cáncer de su hijo o hija. Si no les puede contactar, o si su hijo o hija no respira bien, no se despierta o tiene una convulsión, llame al {emergency}.',
    OURS,
  ),
  'urgent.signs': item(
    '<p>Durante el tratamiento, llame de inmediato al equipo médico, de día o de noche. Llame si hay alguno de estos signos:</p><ul><li>Fiebre de 38 °C (100.4 °F) o más, aunque su hijo o hija parezca estar bien</li><li>Escalofríos o temblores</li><li>Dificultad para respirar</li><li>Un sangrado que no para, o puntitos rojos en la piel</li><li>Vómitos una y otra vez, o si no retiene los líquidos</li><li>Una convulsión</li><li>Debilidad o adormecimiento repentino de las piernas, o dificultad para caminar u orinar</li><li>Mucho sueño, o mucha dificultad para despertarse</li><li>Dolor fuerte</li></ul><p>No le dé medicina para la fiebre a menos que el equipo se lo haya indicado. Si su equipo le dio otras reglas, siga las de su equipo.</p>',
    [...OURS, 'nci-patient'],
  ),
  'crisis.now': item(
    '<p>Siento mucho que esté sufriendo. Usted importa, y no tiene que cargar con esto en soledad.</p><p>Por favor, llame o envíe un texto al 988 ahora. Le atienden personas que se preocupan, de día y de noche. Es gratis.</p>',
    OURS,
  ),
  'crisis.more': item(
    '<p>El 988 atiende en español: marque 2 cuando llame, o envíe la palabra AYUDA por texto al 988. Si usted u otra persona está en peligro ahora mismo, llame al {emergency}.</p><p>También puede hablar con una persona en la línea de ayuda, <a href="tel:{phoneHref}">{phone}</a>, a cualquier hora.</p>',
    [...HELPLINE, ...OURS],
  ),
  'fear.answer': item(
    '<p>Es normal tener miedo. Muchos padres se sienten así. No está solo ni sola.</p><p>No puedo saber qué le pasará a su hijo o hija, y no voy a adivinar. El equipo médico le conoce y puede hablar con usted sobre esto.</p><p>Muchas familias también preguntan si ellas lo causaron o si no vieron una señal. Lo que se sabe que aumenta la probabilidad de neuroblastoma son cambios en los genes y los antecedentes familiares, no algo que hizo una madre o un padre. Puede empezar antes de nacer. Casi siempre se encuentra solo cuando ya causa señales.</p><p>Para hablar con alguien ahora, llame a la línea de ayuda al <a href="tel:{phoneHref}">{phone}</a>, de día o de noche.</p>',
    ['nci-patient', ...OURS, ...HELPLINE],
  ),
  'distress.answer': item(
    '<p>Lo que siente tiene sentido. Esto es muy difícil. Está bien llorar, y está bien sentirse solo o sola.</p><p>No tiene que pasar por esto en soledad. Una persona de la línea de ayuda, <a href="tel:{phoneHref}">{phone}</a>, le escucha de día o de noche.</p><p>Si siente que podría hacerse daño, llame o envíe un texto al <strong>988</strong> ahora.</p>',
    [...OURS, ...HELPLINE],
  ),
  'topics.menu': item('Aquí hay otros temas en los que le puedo ayudar. Elija uno, o hable con una persona.', OURS),
  'topic.sideEffects': item(
    '<p>El tratamiento puede causar efectos secundarios. El equipo médico le dirá qué vigilar.</p><p><strong>La fiebre es urgente.</strong> Durante el tratamiento, una fiebre de 38 °C (100.4 °F) o más quiere decir: llame de inmediato al número de 24 horas del equipo, aunque sea de noche.</p><p>Elija un tema abajo para leer más.</p>',
    ['nci-patient', ...OURS],
  ),
};
