import type { ContentPart, Locale, LocaleContent } from '../../content/types';
import { withRest } from '../../content/with-part';
import { withTimeout } from '../embed/with-timeout';
import { type Boxed, bothBoxed, boxed } from './boxed';

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
 * This is the language's core (content/<locale>/core.ts): what opening the panel draws.
 */
export const loadContent: (locale: Locale) => Promise<Boxed<LocaleContent>> = byLocale({
  en: () => import('../../content/en/core').then((m) => boxed(m.core)),
  es: () => import('../../content/es/core').then((m) => boxed(m.core)),
});

/**
 * The rest of a language's words (content/<locale>/rest.ts): a chunk of its own, fetched as the
 * panel opens or when the browser is idle (visitor-mode.tsx), so the core stays small (test/bench/size-graph.mjs).
 */
export const loadRest: (locale: Locale) => Promise<Boxed<ContentPart>> = byLocale({
  en: () => import('../../content/en/rest').then((m) => boxed(m.rest)),
  es: () => import('../../content/es/rest').then((m) => boxed(m.rest)),
});

/** The language whole, its core and its rest, for what needs all of it at once: staff mode, checking overrides. */
export const loadWhole = (locale: Locale): Promise<Boxed<LocaleContent>> =>
  bothBoxed(loadContent(locale), loadRest(locale)).then(({ value: [core, rest] }) => boxed(withRest(core, rest)));
