/**
 * A typed age at diagnosis, in months: "8 months", "17 and a half months", "one and a half
 * years", "un año y medio", "año y medio", "1,5 años", "½", "18 mo", "2yo", "6 weeks", "dos años y
 * tres meses", "a newborn". Pure reading: flows/freetext.ts decides whether the age is close
 * enough to a risk line that the band must be asked with buttons.
 */
import type { Lexicon } from '../content/lexicon/types';
import { find, wordsOf, type Phrases } from './phrase-match';

/** The age words of a language (content/lexicon/types.ts, Lexicon.age). */
export type AgeWords = Lexicon['age'];

export type AgeReading =
  /** An age with its unit; `rough` when given as "about", "almost", "casi". */
  | { kind: 'age'; months: number; rough: boolean }
  /**
   * An age we cannot read exactly: `noUnit` for a number without its unit ("she was 3": months or
   * years?), else a vague one ("a few months") or one no child has ("35 years"). Ask.
   */
  | { kind: 'unsure'; noUnit: boolean }
  /** Only a time since ("they found it a month ago", "hace un mes"): not the age. Ask. */
  | { kind: 'ago' }
  /** No age in the message. */
  | { kind: 'none' };

/** Months per unit; a year is 12 months, so a week is 12/52 and a day 12/365 of one. */
const UNITS = [
  ['months', 1],
  ['years', 12],
  ['weeks', 12 / 52],
  ['days', 12 / 365],
] as const;

/** Older than this is not a child's age at diagnosis (neuroblastoma is a childhood cancer): ask. */
const OLDEST = 25 * 12;

const has = (list: Phrases, word: string | undefined) => word !== undefined && list.some((phrase) => wordsOf(phrase).join(' ') === word);

export function readAge(words: readonly string[], age: AgeWords): AgeReading {
  /** The unit starting at word i (one or two words, "y o"), with how many words it takes. */
  const unitAt = (i: number): { factor: number; length: number } | null => {
    for (const length of [2, 1]) {
      const said = words.slice(i, i + length).join(' ');
      if (words.length < i + length) continue;
      for (const [unit, factor] of UNITS) if (has(age[unit], said)) return { factor, length };
    }
    return null;
  };
  // "a" and "un" are the number one in "a year and a half"; in "what's a bone marrow test" they are not a number.
  const namesUnit = words.some((_, i) => unitAt(i) !== null);
  const numberAt = (i: number): number | undefined => {
    const word = words[i];
    if (word === undefined || (!namesUnit && has(age.articles, word))) return undefined;
    return /^\d+(\.\d+)?$/.test(word) ? Number(word) : age.numbers[word];
  };
  /** "hace" before the count (past "unos", "about"), or "ago" after it: a time since, not an age. */
  const since = (from: number, end: number) => {
    let before = from - 1;
    while (before >= 0 && has(age.roughly, words[before])) before--;
    return has(age.ago.before, words[before]) || has(age.ago.after, words[end]);
  };
  /** "and a half", "and half", "y medio" at word i: how many words it takes, or 0. */
  const andHalfAt = (i: number): number => {
    if (!has(age.and, words[i])) return 0;
    if (has(age.half, words[i + 1])) return 2;
    return numberAt(i + 1) === 1 && has(age.half, words[i + 2]) ? 3 : 0;
  };

  let total = 0;
  // "a newborn", "recién nacido": under a month, read as 0 months unless a unit says more.
  let found = find(words, age.newborn, null).length > 0;
  let rough = false;
  let pending: number | null = null;
  /** The words the pending number starts and ends at: a number counts only right before its unit. */
  let pendingFrom = -1;
  let pendingAt = -1;
  /** A number that no unit followed ("he was 2, then 8 months of chemo"), and whether one was a numeral, not "a". */
  let orphan = false;
  let noUnit = false;
  const numeral = (from: number) => !has(age.articles, words[from]);
  /** A time since ("a month ago"), left out of the age. */
  let ago = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (has(age.roughly, word)) rough = true;
    const unit = unitAt(i);
    if (unit) {
      const after = i + unit.length;
      const half = andHalfAt(after);
      // "año y medio": a unit with a half and no number is one and a half of it.
      const counted = pending !== null && pendingAt === i - 1;
      const count = counted ? pending : half ? 1 : null;
      i = after - 1;
      if (count === null) continue;
      pending = null;
      i += half;
      if (since(counted ? pendingFrom : i - half - unit.length + 1, i + 1)) {
        ago = true;
        continue;
      }
      total += count * unit.factor + (half ? unit.factor / 2 : 0);
      found = true;
      continue;
    }
    if (has(age.half, word)) {
      // "half a year", "medio año"
      const next = numberAt(i + 1) === 1 && !unitAt(i + 1) ? i + 2 : i + 1;
      const halfUnit = unitAt(next);
      if (halfUnit) {
        const end = next + halfUnit.length;
        if (since(i, end)) ago = true;
        else {
          total += halfUnit.factor / 2;
          found = true;
        }
        i = end - 1;
      }
      continue;
    }
    let value = numberAt(i);
    if (value === undefined) continue;
    const from = i;
    // "twenty four", "treinta y seis"
    const ones = numberAt(i + 1);
    const onesAfterAnd = has(age.and, words[i + 1]) ? numberAt(i + 2) : undefined;
    if (value >= 20 && value % 10 === 0 && ones !== undefined && ones < 10) {
      value += ones;
      i += 1;
    } else if (value >= 20 && value % 10 === 0 && onesAfterAnd !== undefined && onesAfterAnd < 10) {
      value += onesAfterAnd;
      i += 2;
    }
    // "17 and a half months", "one and a half years"
    const half = andHalfAt(i + 1);
    if (half) {
      value += 0.5;
      i += half;
    }
    if (pending !== null) {
      orphan = true;
      noUnit ||= numeral(pendingFrom);
    }
    pending = value;
    pendingFrom = from;
    pendingAt = i;
  }
  if (!found && (pending !== null || orphan)) return { kind: 'unsure', noUnit: noUnit || (pending !== null && numeral(pendingFrom)) };
  if (!found) return ago ? { kind: 'ago' } : { kind: 'none' };
  if (total > OLDEST) return { kind: 'unsure', noUnit: false };
  return { kind: 'age', months: Math.round(total * 10) / 10, rough };
}
