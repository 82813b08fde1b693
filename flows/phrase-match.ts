/**
 * The word-level reading of a typed message: words and clauses, typo correction and where each
 * phrase occurs. flows/freetext.ts decides what the occurrences mean.
 */
import { distance } from 'fastest-levenshtein';

export type Phrases = readonly string[];

/** Lower case, no accents, apostrophes dropped ("don't" -> "dont"), ½ and "1,5" as decimals, "2yo" as "2 yo". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d*)\s*½/g, (_, whole: string) => `${whole || '0'}.5`)
    .replace(/(\d)\s+1\/2(?!\d)/g, '$1.5')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/['’`´]/g, '')
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

const split = (text: string): string[] => {
  const normal = normalize(text);
  return normal === '' ? [] : normal.split(' ');
};

const phraseWords = new Map<string, string[]>();
/** A phrase as words, normalized once. */
export function wordsOf(phrase: string): string[] {
  let words = phraseWords.get(phrase);
  if (!words) phraseWords.set(phrase, (words = split(phrase)));
  return words;
}

/** A typed message: its words, the clause each is in, and the words as typed before typo correction. */
export interface Message {
  words: string[];
  typed: string[];
  clause: number[];
}

/** Punctuation ends a clause; a point or comma between digits ("38.5", "1,5") does not. */
const CLAUSE_END = /(?<!\d)[,.]|[,.](?!\d)|[;:!?¿¡\n]/;

export function readMessage(text: string): Message {
  const message: Message = { words: [], typed: [], clause: [] };
  text.split(CLAUSE_END).forEach((part, clause) => {
    for (const word of split(part)) {
      message.words.push(word);
      message.typed.push(word);
      message.clause.push(clause);
    }
  });
  return message;
}

/** Edit distance, counting two swapped neighbours ("siezure") as one slip. */
function slips(a: string, b: string): number {
  const d = distance(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  const [i, j] = differ;
  return differ.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i] ? 1 : d;
}

/**
 * Corrects typos and inflections ("amplifed", "metastatc", "favorible") to the closest word the
 * phrase lists know. Only words of 5 letters or more, never a negation (in either direction), the
 * first letter kept (so "unfavorable" never becomes "favorable"), one slip up to 7 letters and two
 * from 8, and only when one known word is closest.
 */
export function correctTypos(message: Message, vocabulary: ReadonlySet<string>, kept: ReadonlySet<string>): void {
  message.words = message.words.map((word) => {
    if (word.length < 5 || vocabulary.has(word) || kept.has(word) || /\d/.test(word)) return word;
    const allowed = word.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestSlips = allowed + 1;
    let tie = false;
    for (const known of vocabulary) {
      if (known[0] !== word[0] || Math.abs(known.length - word.length) > allowed) continue;
      const d = slips(word, known);
      if (d < bestSlips) [best, bestSlips, tie] = [known, d, false];
      else if (d === bestSlips) tie = true;
    }
    return best && !tie ? best : word;
  });
}

/** Every word of 5 letters or more in these phrase lists, except negations: what typos are corrected to. */
export function vocabularyOf(lists: readonly Phrases[], negations: ReadonlySet<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const list of lists) {
    for (const phrase of list)
      for (const word of wordsOf(phrase)) if (word.length >= 5 && /^\p{L}+$/u.test(word) && !negations.has(word)) vocabulary.add(word);
  }
  return vocabulary;
}

/** Where a phrase occurs: words start..end (exclusive); size is its length in letters, the longer phrase wins. */
export interface Occurrence<T> {
  start: number;
  end: number;
  size: number;
  tag: T;
}

export function find<T>(words: readonly string[], phrases: Phrases, tag: T): Occurrence<T>[] {
  const found: Occurrence<T>[] = [];
  for (const phrase of phrases) {
    const want = wordsOf(phrase);
    if (want.length === 0) continue;
    for (let i = 0; i + want.length <= words.length; i++) {
      if (want.every((word, j) => words[i + j] === word)) found.push({ start: i, end: i + want.length, size: want.join(' ').length, tag });
    }
  }
  return found;
}

const overlaps = (a: Occurrence<unknown>, b: Occurrence<unknown>) => a.start < b.end && b.start < a.end;

/**
 * The occurrences that explain the message, longest first, none overlapping. Between two of the
 * same length, the one with fewer negation words wins, so a negation stays a negation ("no se
 * extendió": "se extendió" negated, not "no sé").
 */
export function select<T>(all: readonly Occurrence<T>[], words: readonly string[], negations: ReadonlySet<string>): Occurrence<T>[] {
  const denials = (o: Occurrence<T>) => words.slice(o.start, o.end).filter((w) => negations.has(w)).length;
  const ordered = [...all].sort((a, b) => b.size - a.size || denials(a) - denials(b) || a.start - b.start);
  const chosen: Occurrence<T>[] = [];
  for (const o of ordered) if (!chosen.some((c) => overlaps(c, o))) chosen.push(o);
  return chosen;
}

export const inside = (index: number, chosen: readonly Occurrence<unknown>[]) => chosen.some((o) => o.start <= index && index < o.end);
