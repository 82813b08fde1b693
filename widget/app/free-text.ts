import type { Lexicon } from '../../content/lexicon';
import type { Locale } from '../../content/types';
import { matchText } from '../../flows/freetext';
import type { TextMatcher } from './conversation';

/**
 * Typed questions, matched by the machine's free-text rules (flows/freetext.ts) against the
 * phrase lists in content/lexicon.ts. The lists load with the first content, in a chunk of their
 * own, so the app entry stays small.
 */
let lexicons: Readonly<Record<Locale, Lexicon>> | null = null;

export function loadLexicon(): Promise<void> {
  return import('../../content/lexicon').then((m) => {
    lexicons = m.LEXICON;
  });
}

export const matchFreeText: TextMatcher = (text, locale, step) =>
  lexicons ? matchText(text, lexicons[locale], step) : null;
