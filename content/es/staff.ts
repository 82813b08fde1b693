import type { StaffContent } from '../types';
import { scripts } from './scripts';

/**
 * Everything only staff mode says (docs/product.md), in a module of its own: the call guide's interface
 * strings and the line to say at each step. Visitors never see these, so the visitor content
 * (index.ts) does not carry them; staff mode loads this beside it (widget/staff/load-staff-content.ts,
 * test/bench/size-graph.mjs: a visitor's conversation stays smaller). The summary strings both modes share are in
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
    'staff.shortcuts': 'Teclas, con el foco en la guía: 1–9 eligen una respuesta, Retroceso vuelve atrás, Esc pregunta antes de empezar de nuevo.',
    'staff.confirmRestart': '¿Borrar las respuestas de esta llamada y empezar de nuevo?',
    'staff.confirmYes': 'Borrar y empezar de nuevo',
    'staff.confirmNo': 'Seguir con esta llamada',
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
    // La regla de la tabla detrás de un cálculo (NCI PDQ tabla 3, COG 2021, con los números de
    // flows/risk.ts) y los datos que leyó: solo el resumen y el razonamiento del especialista los muestran.
    'staff.rule.H1': 'COG 2021, regla de riesgo alto 1: estadio M, 18 meses o más',
    'staff.rule.H2': 'COG 2021, regla de riesgo alto 2: estadio M, menos de 18 meses, MYCN amplificado',
    'staff.rule.H3': 'COG 2021, regla de riesgo alto 3: estadio MS o L2, MYCN amplificado',
    'staff.rule.H4': 'COG 2021, regla de riesgo alto 4: estadio L2, histología desfavorable, 18 meses o más',
    'staff.rule.H5': 'COG 2021, regla de riesgo alto 5: estadio M o MS, de 12 a 18 meses, un rasgo desfavorable',
    'staff.rule.H6': 'COG 2021, regla de riesgo alto 6: estadio L1, no extirpado por completo, MYCN amplificado',
    'staff.rule.L1': 'COG 2021, regla de riesgo bajo 1: estadio L1, MYCN no amplificado',
    'staff.rule.L2': 'COG 2021, regla de riesgo bajo 2: estadio L1, extirpado por completo, MYCN amplificado',
    'staff.rule.L3': 'COG 2021, regla de riesgo bajo 3: estadio MS, menos de 12 meses, todos los rasgos favorables',
    'staff.rule.intermediate': 'COG 2021, riesgo intermedio: no es riesgo alto ni bajo según ninguna regla',
    'staff.facts': 'Datos que llevaron al grupo',
  },
  scripts,
};
