import type { Locale, LocaleContent } from '../../content/types';
import { withTimeout } from '../embed/with-timeout';
import { type Boxed, boxed } from './boxed';

/**
 * Loads one locale's module once per page: a failed load (offline, a 404, or no answer within
 * with-timeout.ts's limit) is not kept, so the next try loads it again. Each resolves with a box
 * (boxed.ts: a page's Object.prototype.then cannot stall it). Staff mode caches its own staff content the same way (widget/staff/load-staff-content.ts).
 */
export function byLocale<T>(loaders: Record<Locale, () => Promise<Boxed<T>>>): (locale: Locale) => Promise<Boxed<T>> {
  const cache = new Map<Locale, Promise<Boxed<T>>>();
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
export const loadContent: (locale: Locale) => Promise<Boxed<LocaleContent>> = byLocale({
  en: () => import('../../content/en').then((m) => boxed(m.en)),
  es: () => import('../../content/es').then((m) => boxed(m.es)),
});
