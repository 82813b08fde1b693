import type { Locale } from './types';

/**
 * The launcher's name, kept apart from the rest of the content so the tiny loader can draw the
 * launcher before the conversation's content has loaded.
 */
export const LAUNCHER_LABELS: Readonly<Record<Locale, string>> = {
  en: 'Questions about neuroblastoma treatment? Chat with our guide',
  es: '¿Preguntas sobre el tratamiento del neuroblastoma? Hable con nuestra guía',
};

/** The loader's own panel, for when the conversation's files cannot load: a person is still a tap away. */
export interface FallbackLabels {
  intro: string;
  helpline: string;
  emergency: string;
  crisis: string;
  retry: string;
}

export const FALLBACK_LABELS: Readonly<Record<Locale, FallbackLabels>> = {
  en: {
    intro: 'Our guide could not load. You can still talk to a person.',
    helpline: 'Call the helpline, 24/7',
    emergency: 'Emergency',
    crisis: 'Crisis line, call or text',
    retry: 'Try again',
  },
  es: {
    intro: 'Nuestra guía no pudo cargar. Aún puede hablar con una persona.',
    helpline: 'Llame a la línea de ayuda, 24/7',
    emergency: 'Emergencia',
    crisis: 'Línea de crisis, llame o envíe un texto',
    retry: 'Intentar de nuevo',
  },
};
