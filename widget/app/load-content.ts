import type { Locale, LocaleContent } from '../../content/types';

/**
 * One language at a time: each locale is its own module, imported on demand, so Vite splits it
 * into its own chunk and the app does not carry both languages (issue 5, "Content loading").
 * The per-locale files are imported directly, not through content/index.ts, which re-exports both.
 */
const loaders: Record<Locale, () => Promise<LocaleContent>> = {
  en: () => import('../../content/en').then((m) => m.en),
  es: () => import('../../content/es').then((m) => m.es),
};

const cache = new Map<Locale, Promise<LocaleContent>>();

export function loadContent(locale: Locale): Promise<LocaleContent> {
  let found = cache.get(locale);
  if (!found) {
    found = loaders[locale]();
    // A failed load (offline) may succeed later: do not keep the rejection.
    found.catch(() => cache.delete(locale));
    cache.set(locale, found);
  }
  return found;
}
