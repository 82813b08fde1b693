import type { Lexicon } from '../../content/lexicon';
import type { Locale } from '../../content/types';
import { understand } from '../../flows/freetext';
import type { TextMatcher } from './conversation';

/**
 * Typed questions, matched by the machine's free-text rules (flows/freetext.ts) against the
 * phrase lists in content/lexicon/. Each language's list is in that language's content module
 * (content/<locale>/index.ts), so a visitor never downloads the other one (issue 7).
 */
const lexicons: Partial<Record<Locale, Lexicon>> = {};

const LOADERS: Record<Locale, () => Promise<Lexicon>> = {
  en: () => import('../../content/en').then((m) => m.lexicon),
  es: () => import('../../content/es').then((m) => m.lexicon),
};

export function loadLexicon(locale: Locale): Promise<void> {
  if (lexicons[locale]) return Promise.resolve();
  return LOADERS[locale]().then((lexicon) => {
    lexicons[locale] = lexicon;
  });
}

export const matchFreeText: TextMatcher = (text, locale, step) => {
  const lexicon = lexicons[locale];
  return lexicon ? understand(text, lexicon, step) : { kind: 'none' };
};
