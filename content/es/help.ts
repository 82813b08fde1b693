import { HELPLINE, item, OURS, RISK } from '../item';
import type { ContentItem } from '../types';

/** Estudios clínicos, preguntas para el equipo médico, el chat en vivo, respuestas al texto escrito (las primeras líneas del contacto con una persona y de la emergencia: first.ts). */
export const help: Record<string, ContentItem> = {
  'trials.about': item(
    '<p>Un estudio clínico es una investigación que prueba un tratamiento nuevo o una mejor forma de usarlo.</p><p>El neuroblastoma es poco común, por eso vale la pena pensar en un estudio clínico. Algunos estudios solo aceptan a niños que aún no empezaron el tratamiento.</p><p>Puede <a href="https://www.cancer.gov/research/participate/clinical-trials-search" target="_blank" rel="noopener noreferrer">buscar estudios en el sitio del Instituto Nacional del Cáncer</a> (en inglés). El equipo médico le puede ayudar a elegir, y la línea de ayuda le atiende en español.</p>',
    ['nci-patient'],
  ),
  'questions.careTeam': item(
    '<p>Estas son preguntas que puede hacerle al equipo médico:</p><ul><li>¿En qué grupo de riesgo está mi hijo o hija? ¿Por qué?</li><li>¿Cuáles son los resultados de MYCN, histología y ploidía?</li><li>¿Cuál es el plan de tratamiento? ¿Cuánto va a durar?</li><li>¿Qué efectos secundarios debemos vigilar? ¿A quién llamamos de noche?</li><li>¿Hay algún estudio clínico para mi hijo o hija?</li><li>¿Qué efectos podría tener el tratamiento más adelante?</li><li>¿Podemos pedir una segunda opinión?</li></ul><p>Le ayudará anotar las respuestas. Puede pedir un intérprete si lo necesita.</p>',
    [...RISK, ...OURS],
  ),
  'handoff.chatOpen': item('El chat en vivo está abierto ahora. Un especialista puede chatear con usted.', HELPLINE),
  'handoff.chatClosed': item('El chat en vivo está cerrado ahora. Vuelve a abrir {reopens}. Puede llamar a cualquier hora.', HELPLINE),
  'handoff.chatNone': item('Este sitio no ofrece chat en vivo. Puede llamar a cualquier hora, de día o de noche.', HELPLINE),
  'handoff.summary': item('Este es un breve resumen de lo que vimos. Puede leérselo al especialista o copiarlo. No tiene nombres.', OURS),
  'freetext.notUnderstood': item(
    'Disculpe, no entendí. Soy una guía sencilla y a veces no entiendo. Puede probar con otras palabras, usar los botones de abajo o hablar con una persona.',
    OURS,
  ),
  'freetext.unclear.negated': item('No pude saber qué respuesta quiso decir, así que no guardé nada. Elija abajo la que corresponda.', OURS),
  'freetext.unclear.hedged': item('Si no está seguro o segura, no hay problema. No guardé nada. Elija una respuesta abajo solo si la sabe.', OURS),
  'freetext.unclear.conflict': item('Leí más de una respuesta, así que no guardé nada. Elija abajo la que corresponda.', OURS),
  'freetext.unclear.nearBoundary': item(
    'La edad importa mucho cerca de los 12 y los 18 meses, así que quiero anotarla bien. Elija abajo el rango de edad.',
    OURS,
  ),
  'freetext.unclear.noUnit': item('¿Eran meses o años? Elija abajo el rango de edad.', OURS),
  'freetext.unclear.timeAgo': item(
    'Eso parece el tiempo que pasó desde que lo encontraron. Necesito la edad que tenía su hijo o hija entonces. Elija abajo el rango de edad.',
    OURS,
  ),
  // La oferta de cambiar, según el idioma que ofrece (widget/app/offered.ts): en modo español a
  // quien escribió en inglés, primero en inglés, marcado como inglés para que un lector de
  // pantalla lo lea en inglés (WCAG 3.1.2).
  'freetext.otherLanguage.en': item('<span lang="en">Would you prefer English? Tap the button below.</span> No entendí eso en español.', OURS),
  // La misma línea leída de nuevo después de cambiar desde el inglés.
  'freetext.otherLanguage.es': item('Usted escribió en español, así que le ofrecí cambiar a español.', OURS),
  'freetext.change': item('Muy bien. Elija la respuesta que corresponda.', OURS),
  'freetext.thanks': item(
    'Aquí estoy para ayudarle. Cuando quiera, elija una opción abajo o escriba una pregunta. También puede llamar a la línea de ayuda al <a href="tel:{phoneHref}">{phone}</a>, de día o de noche.',
    [...OURS, ...HELPLINE],
  ),
};
