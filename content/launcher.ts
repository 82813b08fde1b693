import type { Locale } from './types';

/**
 * The launcher's name, kept apart from the rest of the content so the tiny loader can draw the
 * launcher before the conversation's content has loaded.
 */
export const LAUNCHER_LABELS: Readonly<Record<Locale, string>> = {
  en: 'Questions about neuroblastoma treatment? Chat with our guide',
  es: '¿Preguntas sobre el tratamiento del neuroblastoma? Hable con nuestra guía',
};
