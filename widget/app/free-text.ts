import type { Lexicon } from '../../content/lexicon';
import type { Locale } from '../../content/types';
import { matchText } from '../../flows/freetext';
import type { TextMatcher } from './conversation';

/**
 * Typed questions, matched by the machine's free-text rules (flows/freetext.ts) against the
 * phrase lists in content/lexicon/. Each language's list is a chunk of its own that loads with
 * that language's content, so a visitor never downloads the other one (issue 7).
 */
const lexicons: Partial<Record<Locale, Lexicon>> = {};

const LOADERS: Record<Locale, () => Promise<Lexicon>> = {
  en: () => import('../../content/lexicon/en').then((m) => m.en),
  es: () => import('../../content/lexicon/es').then((m) => m.es),
};

export function loadLexicon(locale: Locale): Promise<void> {
  if (lexicons[locale]) return Promise.resolve();
  return LOADERS[locale]().then((lexicon) => {
    lexicons[locale] = lexicon;
  });
}

export const matchFreeText: TextMatcher = (text, locale, step) => {
  const lexicon = lexicons[locale];
  return lexicon ? matchText(text, lexicon, step) : null;
};
