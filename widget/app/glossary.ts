import type { LocaleContent } from '../../content/types';

export interface GlossaryHit {
  /** The term id: its definition is the item `glossary.<term>`. */
  term: string;
  /** The word as the answer spells it. */
  word: string;
}

/** A whole glossary word found in the text: its term, the word as the text spells it, where. */
export interface WordAt extends GlossaryHit {
  at: number;
}

/**
 * Glossary words by the first run of letters and digits they start with, lower-cased, in the
 * order the content lists them. Looking words up in a Map keeps the cost linear in the text
 * whatever the glossary's size: one pattern alternating every word (with a lookahead per word)
 * overflowed V8's regexp stack at about 3,000 words, and an override can be that large.
 */
type Matcher = ReadonlyMap<string, readonly { term: string; lower: string }[]>;

/** Runs of letters and digits in any script: a glossary word is whole only between other characters. */
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * Limits on what is matched, so no override can make each line slow: words longer than this are
 * never looked for (no glossary word is a paragraph), and past this many the rest are left out.
 */
export const MAX_WORD_LENGTH = 80;
export const MAX_WORDS = 10_000;

const matchers = new WeakMap<LocaleContent, Matcher>();

function matcher(content: LocaleContent): Matcher {
  let found = matchers.get(content);
  if (found) return found;
  const byFirst = new Map<string, { term: string; lower: string }[]>();
  let count = 0;
  for (const [term, list] of Object.entries(content.glossary ?? {})) {
    for (const word of list) {
      if (count >= MAX_WORDS) break;
      if (typeof word !== 'string' || !word || word.length > MAX_WORD_LENGTH) continue;
      const lower = word.toLowerCase();
      // A word that does not start with a letter or digit has no whole-word start to find it at.
      const first = lower.match(WORD)?.[0];
      if (!first || !lower.startsWith(first)) continue;
      const bucket = byFirst.get(first) ?? [];
      bucket.push({ term, lower });
      byFirst.set(first, bucket);
      count++;
    }
  }
  found = byFirst;
  matchers.set(content, found);
  return found;
}

/**
 * Every whole glossary word in the text, by position, then in the order the content lists them;
 * words that overlap (one term's word inside another's) are all found. Case-insensitive.
 */
export function wordsIn(text: string, content: LocaleContent): WordAt[] {
  const byFirst = matcher(content);
  const found: WordAt[] = [];
  if (byFirst.size === 0) return found;
  const lowerText = text.toLowerCase();
  // toLowerCase can change a string's length (a few letters, e.g. "İ"): then positions are read
  // from the original text's runs, compared slice by slice.
  const sameLength = lowerText.length === text.length;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const at = m.index;
    for (const { term, lower } of byFirst.get(m[0].toLowerCase()) ?? []) {
      const slice = text.slice(at, at + lower.length);
      if ((sameLength ? lowerText.slice(at, at + lower.length) : slice.toLowerCase()) !== lower) continue;
      const next = text.codePointAt(at + lower.length);
      if (next !== undefined && WORD_CHAR.test(String.fromCodePoint(next))) continue;
      found.push({ term, word: slice, at });
    }
  }
  return found;
}

/**
 * The glossary terms an answer's text names, in reading order, each once (shown where the word
 * appears). Whole words only, in any letter case; a term is not offered inside its own
 * definition. Where a term first appears, the first of its words that the text has there.
 */
export function glossaryHits(html: string, content: LocaleContent, itemKey = ''): GlossaryHit[] {
  const text = html.replace(/<[^>]*>/g, ' ');
  const hits = new Map<string, GlossaryHit>();
  for (const { term, word } of wordsIn(text, content)) {
    if (hits.has(term) || itemKey === `glossary.${term}` || !content.items[`glossary.${term}`]) continue;
    hits.set(term, { term, word });
  }
  return [...hits.values()];
}
