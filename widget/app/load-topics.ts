import type { Locale, LocaleContent, TopicContent } from '../../content/types';
import { TOPIC_SOURCES } from '../../content/topic-sources';
import { withPart } from '../../content/with-part';
import { type Boxed, boxed } from './boxed';
import { byLocale } from './load-content';

/**
 * The topic families' words (flows/topics.ts), one chunk per family and language, imported when a
 * step of the family is on screen, never with the conversation: most visitors never open them
 * (test/bench/size-graph.mjs, BUDGETS.topic). Their keys name the family: `topic.<family>...` for
 * items, `opt.topic.<family>...` for labels. This module is a chunk of its own too: the app imports
 * it on the first topic step (visitor-mode.tsx), so the map of chunks is not in the core either.
 */
const LOADERS: Record<string, Record<Locale, () => Promise<Boxed<TopicContent>>>> = {
  sideEffects: {
    en: () => import('../../content/en/topics/side-effects').then((m) => boxed(m.sideEffects)),
    es: () => import('../../content/es/topics/side-effects').then((m) => boxed(m.sideEffects)),
  },
  lateEffects: {
    en: () => import('../../content/en/topics/late-effects').then((m) => boxed(m.lateEffects)),
    es: () => import('../../content/es/topics/late-effects').then((m) => boxed(m.lateEffects)),
  },
  notWorking: {
    en: () => import('../../content/en/topics/not-working').then((m) => boxed(m.notWorking)),
    es: () => import('../../content/es/topics/not-working').then((m) => boxed(m.notWorking)),
  },
  everyday: {
    en: () => import('../../content/en/topics/everyday').then((m) => boxed(m.everyday)),
    es: () => import('../../content/es/topics/everyday').then((m) => boxed(m.everyday)),
  },
  outlook: {
    en: () => import('../../content/en/topics/outlook').then((m) => boxed(m.outlook)),
    es: () => import('../../content/es/topics/outlook').then((m) => boxed(m.outlook)),
  },
};

const loaders = Object.fromEntries(Object.entries(LOADERS).map(([family, byLang]) => [family, byLocale(byLang)]));

/** The families whose words are among `keys` and the content does not have yet. */
export function topicsMissing(content: LocaleContent, keys: readonly string[]): string[] {
  const families = new Set<string>();
  for (const key of keys) {
    const family = /^(?:opt\.)?topic\.(\w+)/.exec(key)?.[1];
    if (family && family in loaders && !(key in content.items) && !(key in content.ui)) families.add(family);
  }
  return [...families];
}

/**
 * Loads the words of every topic family whose keys are on show (`keys`: shownKeys for the visitor,
 * the step's lines and labels for staff mode) and the content lacks, and hands each one back merged
 * into `content()` (the content on show when it arrives, if still in `locale`). A failed load
 * (offline) is tried again on the next call.
 */
export function addTopics(
  content: () => LocaleContent | null,
  keys: readonly string[],
  use: (merged: LocaleContent) => void,
  warn: (message: string) => void,
): void {
  const shown = content();
  if (!shown) return;
  const { locale } = shown;
  for (const family of topicsMissing(shown, keys)) {
    loaders[family]!(locale).then(
      ({ value: topic }) => {
        const now = content();
        if (now?.locale === locale) use(withPart(now, { ...topic, sources: TOPIC_SOURCES }));
      },
      (error: unknown) => warn(`the ${family} topic could not load (${String(error)}); it is tried again on the next step.`),
    );
  }
}
