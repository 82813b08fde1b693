import type { StaffContent } from '../types';
import { scripts } from './scripts';

/**
 * Everything only staff mode says (issue 6), in a module of its own: the call guide's interface
 * strings and the line to say at each step. Visitors never see these, so the visitor content
 * (index.ts) does not carry them; staff mode loads this beside it (widget/staff/load-staff-content.ts,
 * issue 7: a visitor's conversation stays smaller). The summary strings both modes share are in
 * summary.ts.
 */
export const staff: StaffContent = {
  locale: 'es',
  ui: {
    'staff.title': 'Guía de llamada',
    'staff.step': 'Paso',
    'staff.say': 'Dígale a la persona',
    'staff.explained': 'Explicación dada',
    'staff.options': 'Respuesta de la persona',
    'staff.key': 'Tecla {key}',
    'staff.back': 'Atrás',
    'staff.startOver': 'Empezar de nuevo',
    'staff.shortcuts': 'Teclas: 1–9 eligen una respuesta, Retroceso vuelve atrás, Esc empieza de nuevo.',
    'staff.answers': 'Respuestas de la persona',
    'staff.noAnswers': 'Todavía no hay respuestas.',
    'staff.change': 'Cambiar',
    'staff.changeLabel': 'Cambiar la respuesta a: {question}',
    'staff.reasoning': 'Por qué este resultado',
    'staff.rule': 'Regla de la tabla',
    'staff.possible': 'Grupos todavía posibles',
    'staff.settle': 'Datos que lo decidirían',
    'staff.invalid': 'Respuestas que no encajan entre sí',
    'staff.reason.ms-requires-under-18-months': 'El estadio MS solo existe antes de los 18 meses: revise la edad o el estadio.',
    'staff.reason.invalid-values': 'Algunas respuestas están fuera de los valores esperados.',
    'staff.reason.facts-not-an-object': 'No se dieron respuestas.',
    'staff.reason.unknown-facts-decide': 'Las respuestas que la persona no sabe todavía podrían cambiar el grupo.',
    'staff.source': 'Fuente: NCI PDQ Tratamiento del neuroblastoma (versión para profesionales de salud), tabla 3',
  },
  scripts,
};
