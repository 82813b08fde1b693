/**
 * Words for the free-text matcher (flows/freetext.ts), per locale. Pure data: add a synonym here
 * without touching logic. Matching ignores case and accents and reads whole words, so "mamá" and
 * "mama" are the same and "no" never matches inside "know". Medical names are also listed in
 * English under Spanish, since families often read them in English reports.
 */

export type Phrases = readonly string[];

/** Every list the free-text matcher (flows/freetext.ts) reads, for one locale. */
export interface Lexicon {
  /** Life-threatening now: 911. Both languages (safety.ts). */
  emergency: Phrases;
  /** The parent's or patient's own crisis: 988. Both languages (safety.ts). */
  crisis: Phrases;
  /** Urgent symptoms during treatment: the care team's 24-hour number. Both languages (safety.ts). */
  urgent: Phrases;
  /** Words for a body temperature, read with the number after them ("temperature of 101"). */
  temperature: Phrases;
  /** Prognosis and fear: "will my child die", "I'm scared". */
  fear: Phrases;
  /**
   * The parent's own distress, not a crisis: "I can't stop crying", "I feel so alone". Both
   * languages (safety.ts), answered in the widget's.
   */
  distress: Phrases;
  /** "Thank you", "ok": a message of only these gets a short polite reply, the step's options kept. */
  thanks: Phrases;
  /** Topics with their own answer (flows/topics.ts: a family, or family.subtopic) -> ways to ask about it. */
  topics: Readonly<Record<string, Phrases>>;
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
  /** Words that deny what follows them ("not", "never", "sin"); never corrected as typos. */
  negations: Phrases;
  /**
   * Everyday words one slip away from a phrase word, written as meant: never corrected as typos
   * ("fewer" is not "fever").
   */
  keep: Phrases;
  /** Words of doubt ("maybe", "I think", "quizás"): a hedged answer is asked again with buttons. */
  hedges: Phrases;
  /** Words that start a new clause, where a negation stops ("but", "pero"). */
  clauseBreaks: Phrases;
  /** Glossary word (the `glossary.<term>` item) -> ways to type it. */
  terms: Readonly<Record<string, Phrases>>;
  /** Answer value the machine understands -> ways to type it. */
  answers: Readonly<Record<string, Phrases>>;
  age: {
    months: Phrases;
    years: Phrases;
    weeks: Phrases;
    days: Phrases;
    /** "half", "medio": half of the unit or number it goes with. */
    half: Phrases;
    /** "and", "y": joins "a year and a half", "dos años y tres meses". */
    and: Phrases;
    /** "about", "almost", "casi": an age given roughly, so the band is asked when close to a line. */
    roughly: Phrases;
    numbers: Readonly<Record<string, number>>;
    /** "a", "un": the number one before a unit ("a year"), an article in a message with none ("what's a biopsy"). */
    articles: Phrases;
    /** "newborn", "recién nacido": younger than a month. */
    newborn: Phrases;
    /** A time since, not an age: "a month ago" (after the unit), "hace un mes" (before the number). */
    ago: { before: Phrases; after: Phrases };
  };
  /** Common words of this language and of the other, to notice a message in the other (shared.ts). */
  language: { own: Phrases; other: { locale: 'en' | 'es'; words: Phrases } };
}
