/**
 * Words for the free-text matcher (flows/freetext.ts), per locale. Pure data: add a synonym here
 * without touching logic. Matching ignores case and accents and reads whole words, so "mamá" and
 * "mama" are the same and "no" never matches inside "know". Medical names are also listed in
 * English under Spanish, since families often read them in English reports.
 */

export type Phrases = readonly string[];

/**
 * The same shape as flows/freetext.ts's Lexicon, written out here because content/ imports
 * nothing outside itself (architecture.md, "Boundaries"); the matcher's tests type-check these
 * lists against the flows/ side, so the two cannot drift apart unnoticed.
 */
export interface Lexicon {
  emergency: Phrases;
  handoff: Phrases;
  restart: Phrases;
  back: Phrases;
  next: Phrases;
  learn: Phrases;
  recurrence: Phrases;
  trials: Phrases;
  questions: Phrases;
  explain: Phrases;
  asking: Phrases;
  /** Glossary word (the `glossary.<term>` item) -> ways to type it. */
  terms: Readonly<Record<string, Phrases>>;
  /** Answer value the machine understands -> ways to type it. */
  answers: Readonly<Record<string, Phrases>>;
  age: { months: Phrases; years: Phrases; weeks: Phrases; numbers: Readonly<Record<string, number>> };
}
