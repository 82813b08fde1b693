import { item, OURS, RECUR } from '../item';
import type { ContentItem } from '../types';

/**
 * Cuando el neuroblastoma regresa (PDQ del NCI para pacientes, "Tratamiento del neuroblastoma
 * recidivante"; ACS). Las dos listas "en otra parte" vienen de la versión PDQ (facts.md).
 */
export const recurrence: Record<string, ContentItem> = {
  'recurrence.firstGroup.ask': item(
    '<p>Siento mucho que el cáncer haya regresado. Los pasos a seguir dependen de algunas cosas.</p><p>¿En qué grupo de riesgo estaba su hijo o hija la primera vez?</p>',
    RECUR,
  ),
  'recurrence.firstGroup.explain': item(
    'El primer tratamiento dependió del grupo de riesgo. Las opciones de ahora también. Puede estar en los papeles médicos de su hijo o hija.',
    RECUR,
  ),
  'recurrence.where.ask': item('¿Dónde regresó el cáncer?', RECUR),
  'recurrence.where.explain': item(
    '<p>El cáncer puede regresar en el mismo lugar donde empezó, en otra parte del cuerpo o, pocas veces, en el cerebro o la médula espinal.</p><p>Cada caso tiene sus propias opciones.</p>',
    RECUR,
  ),
  'recurrence.lowSame': item(
    '<p>Al principio era de riesgo bajo y regresó en el mismo lugar. Las opciones pueden ser:</p><ul><li>Cirugía, y después vigilancia de cerca o quimio.</li><li>Primero quimio, y tal vez cirugía después.</li></ul>',
    RECUR,
  ),
  'recurrence.lowElsewhere': item(
    '<p>Al principio era de riesgo bajo. Regresó en otra parte del cuerpo, o no respondió al tratamiento. Las opciones pueden ser:</p><ul><li>Vigilar de cerca.</li><li>Quimio.</li><li>Cirugía y después quimio.</li><li>Para niños de más de 18 meses: el mismo plan que para un cáncer nuevo de riesgo alto.</li></ul>',
    ['nci-patient', 'acs-risk'],
  ),
  'recurrence.intermediateSame': item(
    '<p>Al principio era de riesgo intermedio y regresó en el mismo lugar. Las opciones pueden ser:</p><ul><li>Cirugía, tal vez con quimio después.</li><li>Radioterapia, si empeoró después de la quimio y de una segunda cirugía.</li></ul>',
    RECUR,
  ),
  'recurrence.intermediateElsewhere': item(
    '<p>Al principio era de riesgo intermedio y regresó en otra parte del cuerpo.</p><p>En ese caso se suele tratar como un cáncer nuevo de riesgo alto. Ese plan tiene tres fases.</p>',
    ['nci-patient', 'acs-risk'],
  ),
  'recurrence.high': item(
    '<p>Al principio era de riesgo alto. Ahora no hay un único plan estándar. Las opciones pueden ser:</p><ul><li>Quimio con dinutuximab.</li><li>Terapia con MIBG, que lleva radiación directo a las células del cáncer. También puede aliviar los síntomas.</li><li>Otra quimio, o quimio en dosis altas con trasplante de células madre.</li><li>Naxitamab, una medicina que ayuda a las defensas del cuerpo.</li><li>Terapia de células CAR T, dentro de un estudio clínico.</li></ul><p>Vale la pena preguntar por un estudio clínico.</p>',
    RECUR,
  ),
  'recurrence.cns': item(
    '<p>Regresó en el cerebro o la médula espinal. Las opciones pueden ser:</p><ul><li>Cirugía para quitar el tumor, y después radioterapia.</li><li>Quimio, cirugía y radioterapia.</li></ul>',
    RECUR,
  ),
  'recurrence.unknown': item(
    '<p>Las opciones dependen del primer grupo de riesgo y de dónde regresó el cáncer. Todavía no sé esos datos.</p><p>Puede haber cirugía, quimio, radioterapia y medicinas nuevas. Un estudio clínico puede ser una opción. Pregunte al equipo médico cuáles le sirven a su hijo o hija.</p>',
    [...RECUR, ...OURS],
  ),
};
