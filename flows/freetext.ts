/**
 * Free text: turns what a visitor types into an event (issue 3, "Free text"). Small and
 * predictable on purpose: a phrase list per locale (content/lexicon.ts), matched as whole words,
 * accents and case ignored. Emergency words win over everything; otherwise the longest matching
 * phrase decides ("it came back" beats "back", "not amplified" beats "amplified"). What matches
 * nothing returns null, and the widget says so honestly and shows the options again.
 */
import type { HelplineEvent } from './context';
import { isGlossaryTerm } from './context';
import type { Step } from './step';
import type { Understanding } from './understanding';

type Phrases = readonly string[];

/** The shape content/lexicon.ts fills for each locale. */
export interface Lexicon {
  /** Someone may be in danger now: checked before anything else. */
  emergency: Phrases;
  handoff: Phrases;
  restart: Phrases;
  back: Phrases;
  next: Phrases;
  learn: Phrases;
  recurrence: Phrases;
  trials: Phrases;
  questions: Phrases;
  /** "What does this mean?" about the question on screen. */
  explain: Phrases;
  /** Openers that ask for a definition ("what is", "qué es"): a glossary word then wins over an answer. */
  asking: Phrases;
  /** Glossary word -> the ways people type it. */
  terms: Readonly<Record<string, Phrases>>;
  /** Answer value -> the ways people type it; only the answers the current step offers are read. */
  answers: Readonly<Record<string, Phrases>>;
  /** Typed ages: unit words and number words. */
  age: { months: Phrases; years: Phrases; weeks: Phrases; numbers: Readonly<Record<string, number>> };
}

/** The parts of a step the matcher reads. */
export type MatchStep = Pick<Step, 'options'> & Partial<Pick<Step, 'explain' | 'field'>>;

/** Lower case, no accents, apostrophes dropped ("don't" -> "dont"), anything else a space. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

const words = (text: string): string[] => {
  const normal = normalize(text);
  return normal === '' ? [] : normal.split(' ');
};

/** The length of the longest phrase found as whole consecutive words, or 0. */
function score(tokens: readonly string[], phrases: Phrases): number {
  let best = 0;
  for (const phrase of phrases) {
    const want = words(phrase);
    if (want.length === 0 || want.length > tokens.length) continue;
    for (let i = 0; i + want.length <= tokens.length; i++) {
      if (want.every((word, j) => tokens[i + j] === word)) {
        best = Math.max(best, want.join(' ').length);
        break;
      }
    }
  }
  return best;
}

/**
 * A typed age in months: "8 months", "1 year and 6 months", "dos años", "3 weeks". Null unless
 * the last number has a unit, since "2" alone could be months or years.
 */
export function readAge(text: string, age: Lexicon['age']): number | null {
  const tokens = words(text);
  let total = 0;
  let found = false;
  let pending: number | null = null;
  const unit = (token: string) =>
    score([token], age.months) ? 1 : score([token], age.years) ? 12 : score([token], age.weeks) ? 12 / 52 : 0;
  for (const token of tokens) {
    const value = /^\d+(\.\d+)?$/.test(token) ? Number(token) : age.numbers[token];
    if (value !== undefined) {
      // A number without a unit ("un tumor de 8 meses": the article "un") is not an age part.
      pending = value;
      continue;
    }
    const factor = unit(token);
    if (factor && pending !== null) {
      total += pending * factor;
      found = true;
      pending = null;
    }
  }
  if (pending !== null || !found) return null;
  return Math.round(total * 10) / 10;
}

interface Candidate {
  event: HelplineEvent;
  score: number;
}

function best(candidates: readonly Candidate[]): HelplineEvent | null {
  // Earlier candidates win ties: commands, then answers, then topics, then glossary words.
  let winner: Candidate | null = null;
  for (const candidate of candidates) if (candidate.score > 0 && (!winner || candidate.score > winner.score)) winner = candidate;
  return winner?.event ?? null;
}

function termCandidates(tokens: readonly string[], lexicon: Lexicon): Candidate[] {
  return Object.entries(lexicon.terms)
    .filter(([term]) => isGlossaryTerm(term))
    .map(([term, phrases]) => ({ event: { type: 'EXPLAIN_TERM', term }, score: score(tokens, phrases) }));
}

function answerCandidates(tokens: readonly string[], lexicon: Lexicon, step: MatchStep): Candidate[] {
  const out: Candidate[] = [];
  for (const option of step.options) {
    const { type, value } = option.event;
    if (type !== 'ANSWER' || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const phrases = lexicon.answers[String(value)] ?? [];
    // The value itself is a phrase too: "L2", "amplified", "parent".
    out.push({ event: { type: 'ANSWER', value }, score: score(tokens, [...phrases, String(value)]) });
  }
  return out;
}

const offers = (step: MatchStep | undefined, type: string) => step?.options.some((option) => option.event.type === type) ?? false;

/**
 * The event a typed message stands for at this step, or null when it is not understood.
 * Without a step, only what works everywhere is read (emergency, hand-off, topics, glossary).
 */
export function matchText(text: string, lexicon: Lexicon, step?: MatchStep): HelplineEvent | null {
  const tokens = words(text);
  if (tokens.length === 0) return null;
  if (score(tokens, lexicon.emergency)) return { type: 'EMERGENCY' };

  const terms = termCandidates(tokens, lexicon);
  if (score(tokens, lexicon.asking)) {
    const term = best(terms);
    if (term) return term;
    if (step?.explain) return { type: 'EXPLAIN' };
  }

  if (step?.field === 'ageMonths') {
    const months = readAge(text, lexicon.age);
    if (months !== null) return { type: 'ANSWER', value: months };
  }

  const command = (event: HelplineEvent, phrases: Phrases): Candidate => ({ event, score: score(tokens, phrases) });
  return best([
    command({ type: 'HANDOFF' }, lexicon.handoff),
    command({ type: 'RESTART' }, lexicon.restart),
    command({ type: 'BACK' }, lexicon.back),
    ...(offers(step, 'NEXT') ? [command({ type: 'NEXT' }, lexicon.next)] : []),
    ...(step ? answerCandidates(tokens, lexicon, step) : []),
    command({ type: 'RECURRENCE' }, lexicon.recurrence),
    command({ type: 'TRIALS' }, lexicon.trials),
    command({ type: 'QUESTIONS' }, lexicon.questions),
    command({ type: 'LEARN' }, lexicon.learn),
    ...terms,
    ...(step?.explain ? [command({ type: 'EXPLAIN' }, lexicon.explain)] : []),
  ]);
}

/**
 * What a typed message means at this step (flows/understanding.ts). An answer to the step's
 * question comes back as `answer`, never as an event the machine would record unseen.
 */
export function understand(text: string, lexicon: Lexicon, step?: MatchStep): Understanding {
  const event = matchText(text, lexicon, step);
  if (!event) return { kind: 'none' };
  if (event.type === 'ANSWER') return { kind: 'answer', value: event.value, confirm: false };
  return { kind: 'event', event };
}
