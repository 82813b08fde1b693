import type { Locale, LocaleContent } from '../../content/types';
import { withTimeout } from '../embed/with-timeout';

/**
 * Loads one locale's module once per page: a failed load (offline, a 404, or no answer within
 * with-timeout.ts's limit) is not kept, so the next try loads it again. Staff mode caches its own staff content the same way (widget/staff/load-staff-content.ts).
 */
export function byLocale<T>(loaders: Record<Locale, () => Promise<T>>): (locale: Locale) => Promise<T> {
  const cache = new Map<Locale, Promise<T>>();
  return (locale) => {
    let found = cache.get(locale);
    if (!found) {
      found = withTimeout(loaders[locale]());
      found.catch(() => cache.delete(locale));
      cache.set(locale, found);
    }
    return found;
  };
}

/**
 * One language at a time: each locale is its own module, imported on demand, so Vite splits it
 * into its own chunk and the app does not carry both languages (docs/product.md, "Content loading").
 * The per-locale files are imported directly, not through content/index.ts, which re-exports both.
 */
export const loadContent: (locale: Locale) => Promise<LocaleContent> = byLocale({
  en: () => import('../../content/en').then((m) => m.en),
  es: () => import('../../content/es').then((m) => m.es),
});
