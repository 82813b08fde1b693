import { LAUNCHER_LABELS } from '../launcher';
import type { UiStrings } from '../types';

/**
 * Las etiquetas del núcleo en español (core.ts): las del panel, los botones de la primera pantalla,
 * las vías hacia una persona y las respuestas a la primera pregunta. Solo texto. Las de los pasos
 * siguientes están en labels.ts, que se carga justo después de abrir el panel (rest.ts).
 */
export const ui: UiStrings = {
  'ui.launcher': LAUNCHER_LABELS.es,
  'ui.title': 'Guía de ayuda',
  'ui.close': 'Cerrar el chat',
  'ui.cleared': 'Conversación borrada.',
  'ui.undo': 'Deshacer',
  'ui.transcript': 'Conversación',
  'ui.options': 'Elija una respuesta',
  'ui.callHelpline': 'Llame al {phone} (24/7)',
  'ui.automated': 'Soy una guía automática, no un médico.',
  'ui.typeQuestion': 'Escriba una pregunta',
  'ui.send': 'Enviar',
  'ui.always': 'Siempre disponible',
  'ui.unread': 'mensaje nuevo',
  // Lo que oye un lector de pantalla antes de cada línea y al cambiar de idioma (widget/app/panel.tsx);
  // de usted, como el resto de la interfaz.
  'ui.youSaid': 'Usted dijo:',
  'ui.assistantSaid': 'Asistente:',
  'ui.nowInLanguage': 'Ahora en español',
  // Dónde quedan las respuestas, una línea por modo de data-storage ({kept} en audience.explain).
  'ui.kept.session': 'Sus respuestas se quedan en esta pestaña del navegador hasta que la cierre o elija «Empezar de nuevo».',
  'ui.kept.local': 'Sus respuestas se guardan en este navegador, aunque lo cierre, hasta que elija «Empezar de nuevo».',
  'ui.kept.none': 'No guardo sus respuestas. Se borran cuando sale de esta página.',
  'opt.learn': 'Conocer el tratamiento',
  'opt.recurrence': 'El cáncer regresó',
  'opt.talkToPerson': 'Hablar con una persona',
  'opt.emergency': 'Es una emergencia',
  'opt.back': 'Atrás',
  'opt.startOver': 'Empezar de nuevo',
  'opt.keepTalking': 'Seguir con el asistente',
  'opt.whyAsk': '¿Por qué lo pregunta?',
  'opt.yes': 'Sí',
  'opt.no': 'No',
  'opt.topics': 'Efectos secundarios, apoyo y más',
  'opt.change': 'Cambiar',
  'opt.otherLanguage': 'Switch to English',
  'ui.understood': 'Entendí:',
  'ui.isThatRight': '¿Es correcto?',
  'ui.callNow': 'Llame para pedir ayuda ahora',
  'ui.callEmergency': 'Llamar al {emergency}',
  'ui.callCrisis': 'Llamar al 988',
  'ui.textCrisis': 'Enviar texto al 988',
  'opt.audience.parent': 'Soy madre, padre o persona a cargo',
  'opt.audience.patient': 'Tengo neuroblastoma',
  'opt.audience.family': 'Soy de la familia o una amistad',
  'opt.audience.professional': 'Trabajo en el área de la salud',
  // Mientras cargan las palabras del paso siguiente (rest.ts, un tema), y si no pueden cargar (widget/app/panel.tsx).
  'ui.loading': 'Un momento, la siguiente parte está en camino.',
  'ui.notLoaded': 'Esta parte de la guía no pudo cargar. Puede intentarlo de nuevo, o llamar a la línea de ayuda y hablar con una persona.',
  'ui.retry': 'Intentar de nuevo',
};
