import { LAUNCHER_LABELS } from './launcher';
import type { LocaleContent } from './types';

const reviewed = '2026-11-21';

export const es: LocaleContent = {
  locale: 'es',
  lang: 'es',
  name: 'Español',
  ui: {
    'ui.launcher': LAUNCHER_LABELS.es,
    'ui.title': 'Asistente de la línea de ayuda',
    'ui.close': 'Cerrar el chat',
    'ui.transcript': 'Conversación',
    'ui.options': 'Elija una respuesta',
    'ui.callHelpline': 'Llame al {phone}, abierto 24/7',
    'ui.automated': 'Soy una guía automática, no un médico.',
    'ui.source': 'Fuente',
    'ui.reviewed': 'revisado',
    'opt.talkToPerson': 'Hablar con una persona',
    'opt.emergency': 'Es una emergencia',
    'opt.startOver': 'Empezar de nuevo',
  },
  items: {
    'welcome.greeting': {
      body: 'Hola. Puedo ayudarle a entender el tratamiento del neuroblastoma, paso a paso.',
      sources: ['editorial'],
      reviewed,
    },
    'welcome.disclaimer': {
      body: 'Soy una guía automática, no un médico. El equipo médico de su hijo o hija es quien mejor lo conoce. Puede hablar con una persona en cualquier momento.',
      sources: ['editorial', 'acs-helpline'],
      reviewed,
    },
    'handoff.phone': {
      body: 'Puede llamar a la línea de ayuda al <a href="tel:{phoneHref}">{phone}</a>. Atiende las 24 horas, los 7 días de la semana, también en español. Le atienden especialistas en información sobre el cáncer.',
      sources: ['acs-helpline'],
      reviewed,
    },
    'emergency.now': {
      body: 'Si su hijo o hija necesita ayuda médica urgente, llame ya al <a href="tel:{emergencyHref}">{emergency}</a>. Si usted está en una crisis emocional, llame o envíe un texto al <a href="tel:988">988</a>.',
      sources: ['editorial'],
      reviewed,
    },
  },
};
