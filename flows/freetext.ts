/**
 * Free text: what a typed message means at the step on screen (flows/understanding.ts). Phrase
 * lists per locale (content/lexicon/), matched as whole words, accents, case and small typos
 * ignored. Typed text never records a clinical fact by itself:
 * - someone in danger comes first: emergency, the visitor's own crisis, urgent symptoms (a
 *   negation in another clause never cancels them: "I don't know what to do, she stopped breathing");
 * - an answer phrase that is negated ("it hasn't spread") or hedged ("I think", "quizás") is never
 *   that answer: a negation that names the step's only other answer ("not amplified") is that
 *   answer, anything else is `unclear` and the widget asks with the buttons;
 * - two answers at once are a conflict; an age near the 12- or 18-month line, a number without its
 *   unit ("he was 2") or only how long ago ("a month ago") is asked as a band;
 * - clinical answers come back with `confirm`, for the visitor to check before the machine hears them.
 */
import type { Lexicon } from '../content/lexicon/types';
import type { AnswerValue, HelplineEvent, Locale } from './context';
import { isGlossaryTerm } from './context';
import { RISK_AGE_LINES, UNKNOWN, readAnswer } from './intake';
import { correctTypos, find, inside, readMessage, select, vocabularyOf, type Message, type Occurrence, type Phrases } from './phrase-match';
import { readAge } from './read-age';
import type { Step } from './step';
import { isTopic } from './topics';
import type { Understanding, UnclearReason } from './understanding';

export { normalize } from './phrase-match';
export type { Phrases } from './phrase-match';

/** The phrase lists are content (content/lexicon/types.ts says what each is); the reading is here. */
export type { Lexicon } from '../content/lexicon/types';

/** The parts of a step the matcher reads. */
export type MatchStep = Pick<Step, 'options'> & Partial<Pick<Step, 'explain' | 'field' | 'id'>>;

/** Steps outside the intake whose answers are clinical facts, echoed for the visitor to confirm. */
const CLINICAL_STEPS: readonly string[] = ['pickGroup', 'recurrence.firstGroup', 'recurrence.where'];

/**
 * A temperature that is a fever during treatment: 38 °C or 100.4 °F and up (St. Jude "Together",
 * Fever and Signs of Infection: https://together.stjude.org/en-us/diagnosis-treatment/side-effects/fever-and-signs-of-infection.html).
 * Read only right after a temperature word, so "temperature of 101" is urgent and "temperature
 * 37" is not; any fever word ("fever 39") is urgent by itself.
 */
const FEVER = { celsius: [38, 45], fahrenheit: [100.4, 113] } as const;

type Tag = { kind: 'event'; event: HelplineEvent; order: number } | { kind: 'answer'; value: AnswerValue } | { kind: 'term'; term: string };

interface Reading {
  message: Message;
  chosen: Occurrence<Tag>[];
  negations: ReadonlySet<string>;
  breaks: ReadonlySet<string>;
}

const sets = new WeakMap<Lexicon, { negations: Set<string>; kept: Set<string>; breaks: Set<string>; vocabulary: Set<string> }>();

function setsOf(lexicon: Lexicon) {
  let found = sets.get(lexicon);
  if (!found) {
    const negations = new Set(lexicon.negations);
    const kept = new Set([...lexicon.negations, ...lexicon.keep]);
    const { age } = lexicon;
    const lists = [
      lexicon.emergency,
      lexicon.crisis,
      lexicon.urgent,
      lexicon.temperature,
      lexicon.fear,
      lexicon.distress,
      lexicon.thanks,
      ...Object.values(lexicon.topics),
      lexicon.handoff,
      lexicon.restart,
      lexicon.back,
      lexicon.next,
      lexicon.learn,
      lexicon.recurrence,
      lexicon.trials,
      lexicon.questions,
      lexicon.explain,
      lexicon.hedges,
      ...Object.values(lexicon.terms),
      ...Object.values(lexicon.answers),
      age.months,
      age.years,
      age.weeks,
      age.days,
      age.half,
      age.roughly,
      Object.keys(age.numbers),
      age.newborn,
      age.ago.before,
      age.ago.after,
    ];
    found = { negations, kept, breaks: new Set(lexicon.clauseBreaks), vocabulary: vocabularyOf(lists, negations) };
    sets.set(lexicon, found);
  }
  return found;
}

/** A negation not part of a phrase ("not" in "not amplified" belongs to that phrase). */
const freeNegation = (r: Reading, i: number) => r.negations.has(r.message.words[i] as string) && !inside(i, r.chosen);

/**
 * Whether a phrase is denied, and how: by a free negation before it in the same clause ("it
 * hasn't spread", "no favorable"), or by one right after it ("amplified no", "amplified? no, as far
 * as I know"). A denial after it may belong to the next thought, so only one before it is read as
 * naming the other answer.
 */
function denial(r: Reading, o: Occurrence<unknown>): 'before' | 'after' | null {
  const { words, clause } = r.message;
  for (let i = o.start - 1; i >= 0 && clause[i] === clause[o.start]; i--) {
    if (freeNegation(r, i)) return 'before';
    if (r.breaks.has(words[i] as string) && !inside(i, r.chosen)) break;
  }
  const last = clause[o.end - 1];
  const rest = words.length > o.end && clause[o.end] === last;
  // The rest of its clause is one or two negations, or the next clause starts with one.
  if (rest) {
    const after = words.slice(o.end).filter((_, k) => clause[o.end + k] === last);
    return after.length <= 2 && after.every((_, k) => freeNegation(r, o.end + k)) ? 'after' : null;
  }
  return o.end < words.length && freeNegation(r, o.end) ? 'after' : null;
}

const isNegated = (r: Reading, o: Occurrence<unknown>) => denial(r, o) !== null;

const events = (words: readonly string[], phrases: Phrases, event: HelplineEvent, order: number) =>
  find<Tag>(words, phrases, { kind: 'event', event, order });

/** A temperature word followed closely by a fever number. */
function feverNumber(words: readonly string[], lexicon: Lexicon): Occurrence<Tag>[] {
  const found: Occurrence<Tag>[] = [];
  for (const o of find(words, lexicon.temperature, null)) {
    for (let i = o.end; i < Math.min(words.length, o.end + 3); i++) {
      const n = Number(words[i]);
      const fever = (n >= FEVER.celsius[0] && n <= FEVER.celsius[1]) || (n >= FEVER.fahrenheit[0] && n <= FEVER.fahrenheit[1]);
      if (/^\d/.test(words[i] as string) && fever) found.push({ ...o, end: i + 1, tag: { kind: 'event', event: { type: 'URGENT' }, order: 0 } });
    }
  }
  return found;
}

/** More of the other language's common words than of this one's (two at least): offer to switch. */
function otherLanguage(message: Message, lexicon: Lexicon): Locale | null {
  const count = (list: Phrases) => message.typed.filter((word) => list.includes(word)).length;
  const other = count(lexicon.language.other.words);
  return other >= 2 && other > count(lexicon.language.own) ? lexicon.language.other.locale : null;
}

const event = (e: HelplineEvent): Understanding => ({ kind: 'event', event: e });
const unclear = (reason: UnclearReason): Understanding => ({ kind: 'unclear', reason });

/** What the step's answer phrases in the message amount to. */
function resolveAnswers(r: Reading, answers: Occurrence<Tag>[], hedged: boolean, step: MatchStep): Understanding {
  if (hedged) return unclear('hedged');
  const values = (list: Occurrence<Tag>[]) => [...new Set(list.map((o) => (o.tag as { value: AnswerValue }).value))];
  const positive = values(answers.filter((o) => !isNegated(r, o)));
  const denied = values(answers.filter((o) => isNegated(r, o)));
  const confirm = step.field !== undefined || CLINICAL_STEPS.includes(step.id ?? '');
  const answer = (value: AnswerValue): Understanding => ({ kind: 'answer', value, confirm });
  const [only] = positive;
  if (positive.length > 1 || (only !== undefined && denied.includes(only))) return unclear('conflict');
  if (only !== undefined) return answer(only);
  // Denied only: the step's one other answer, when its buttons give exactly two facts ("not
  // amplified"; "not hyperdiploid" at ploidy, whose diploid and hypodiploid buttons are one fact).
  const offered = offeredValues(step).filter((value) => value !== UNKNOWN);
  const factOf = (value: AnswerValue) => (step.field ? readAnswer(step.field, value) : value);
  const facts = new Set(offered.map(factOf));
  const [deniedOnly] = denied;
  const before = answers.every((o) => denial(r, o) === 'before');
  if (before && denied.length === 1 && facts.size === 2 && deniedOnly !== UNKNOWN && offered.includes(deniedOnly as AnswerValue)) {
    return answer(offered.find((value) => factOf(value) !== factOf(deniedOnly as AnswerValue)) as AnswerValue);
  }
  return unclear('negated');
}

function offeredValues(step: MatchStep): AnswerValue[] {
  const values: AnswerValue[] = [];
  for (const option of step.options) {
    const value = option.event.value;
    if (option.event.type === 'ANSWER' && (typeof value === 'string' || typeof value === 'number') && !values.includes(value)) values.push(value);
  }
  return values;
}

/**
 * The recurrence questions (flows/machine.ts, recurrence.firstGroup and recurrence.where) are
 * asked because the cancer came back: there "it came back in his brain" is the place, so the words
 * for a recurrence never beat the step's answers (alone, they are the question asked again).
 */
const recurrenceAgain = (o: Occurrence<Tag>, step: MatchStep | undefined) =>
  o.tag.kind === 'event' && o.tag.event.type === 'RECURRENCE' && step?.id?.startsWith('recurrence.') === true && offeredValues(step).length > 0;

/** A typed age at the age question: the age, or the band asked with buttons when it is close to a line or unclear. */
function understandAge(words: readonly string[], lexicon: Lexicon): Understanding | null {
  const age = readAge(words, lexicon.age);
  if (age.kind === 'none') return null;
  if (age.kind === 'unsure') return unclear(age.noUnit ? 'noUnit' : 'nearBoundary');
  if (age.kind === 'ago') return unclear('timeAgo');
  const margin = age.rough ? 2 : 1;
  if (RISK_AGE_LINES.some((line) => Math.abs(age.months - line) < margin)) return unclear('nearBoundary');
  return { kind: 'answer', value: age.months, confirm: true };
}

/**
 * What a typed message means at this step. Without a step, only what works everywhere is read
 * (emergencies, crisis, fear, topics, commands, glossary words).
 */
export function understand(text: string, lexicon: Lexicon, step?: MatchStep): Understanding {
  const message = readMessage(text);
  if (message.words.length === 0) return { kind: 'none' };
  const { negations, kept, breaks, vocabulary } = setsOf(lexicon);
  correctTypos(message, vocabulary, kept);
  const { words } = message;
  const offers = (type: string) => step?.options.some((option) => option.event.type === type) ?? false;

  // Commands, topics and answers, in the order that breaks a tie between phrases of one length.
  const commands: [Phrases, HelplineEvent][] = [
    [lexicon.handoff, { type: 'HANDOFF' }],
    [lexicon.restart, { type: 'RESTART' }],
    [lexicon.back, { type: 'BACK' }],
    ...(offers('NEXT') ? ([[lexicon.next, { type: 'NEXT' }]] as [Phrases, HelplineEvent][]) : []),
  ];
  const topics: [Phrases, HelplineEvent][] = [
    [lexicon.recurrence, { type: 'RECURRENCE' }],
    [lexicon.trials, { type: 'TRIALS' }],
    [lexicon.questions, { type: 'QUESTIONS' }],
    [lexicon.learn, { type: 'LEARN' }],
    ...Object.entries(lexicon.topics)
      .filter(([topic]) => isTopic(topic))
      .map(([topic, phrases]): [Phrases, HelplineEvent] => [phrases, { type: 'TOPIC', topic }]),
    ...(step?.explain ? ([[lexicon.explain, { type: 'EXPLAIN' }]] as [Phrases, HelplineEvent][]) : []),
  ];
  const safety = [
    ...events(words, lexicon.emergency, { type: 'EMERGENCY' }, 0),
    ...events(words, lexicon.crisis, { type: 'CRISIS' }, 0),
    ...events(words, lexicon.urgent, { type: 'URGENT' }, 0),
    ...feverNumber(words, lexicon),
  ];
  const fear = events(words, lexicon.fear, { type: 'FEAR' }, 0);
  const distress = events(words, lexicon.distress, { type: 'DISTRESS' }, 0);
  const offered = step ? offeredValues(step) : [];
  const answers = offered.flatMap((value) => find<Tag>(words, [...(lexicon.answers[String(value)] ?? []), String(value)], { kind: 'answer', value }));
  const terms = Object.entries(lexicon.terms)
    .filter(([term]) => isGlossaryTerm(term))
    .flatMap(([term, phrases]) => find<Tag>(words, phrases, { kind: 'term', term }));
  const actions = [
    ...commands.flatMap(([phrases, e], i) => events(words, phrases, e, i)),
    ...topics.flatMap(([phrases, e], i) => events(words, phrases, e, 100 + i)),
  ];
  const r: Reading = {
    message,
    chosen: select([...safety, ...fear, ...distress, ...actions, ...answers, ...terms], words, negations),
    negations,
    breaks,
  };

  // Someone may be in danger: nothing else matters, and a negation elsewhere does not cancel it.
  const danger = (type: string) => safety.some((o) => o.tag.kind === 'event' && o.tag.event.type === type);
  if (danger('EMERGENCY')) return event({ type: 'EMERGENCY' });
  if (danger('CRISIS')) return event({ type: 'CRISIS' });
  // "no fever", "sin fiebre": an urgent sign denied in its own clause is not urgent.
  if (safety.some((o) => o.tag.kind === 'event' && o.tag.event.type === 'URGENT' && !isNegated(r, o))) return event({ type: 'URGENT' });

  // "thank you" typed in Spanish is thanks, not a wish for English: it is in both thanks lists.
  const language = otherLanguage(message, lexicon);
  if (language && !onlyThanks(words, lexicon)) return { kind: 'otherLanguage', locale: language };
  if (fear.length > 0) return event({ type: 'FEAR' });
  const live = (o: Occurrence<Tag>) => r.chosen.includes(o) && !isNegated(r, o);
  // "I can't stop crying": the parent's own distress, after the fear for their child; "I don't
  // feel alone" is not.
  if (distress.some(live)) return event({ type: 'DISTRESS' });

  const asking = find(words, lexicon.asking, null).length > 0;
  const topicAsked = actions.some((o) => o.tag.kind === 'event' && o.tag.event.type === 'TOPIC' && live(o));
  // A glossary word also listed as a topic ("clinical trial") is still that word when asked about.
  const beaten = (o: Occurrence<Tag>) => r.chosen.some((c) => c.start < o.end && o.start < c.end && c.size > o.size);
  const bestTerm = terms.filter((o) => !beaten(o)).sort((a, b) => b.size - a.size)[0];
  if (asking && bestTerm && !topicAsked && bestTerm.tag.kind === 'term') return event({ type: 'EXPLAIN_TERM', term: bestTerm.tag.term });

  if (step?.field === 'ageMonths') {
    const age = understandAge(words, lexicon);
    if (age) return age;
  }

  const hedged = find(words, lexicon.hedges, null).some((o) => !r.chosen.some((c) => c.start < o.end && o.start < c.end));
  const chosenAnswers = answers.filter((o) => r.chosen.includes(o));
  const answerSize = Math.max(0, ...chosenAnswers.map((o) => o.size));
  // The best action: the longest phrase; between equals, commands, then the answer, then topics.
  const bestAction = actions
    .filter(live)
    .sort((a, b) => b.size - a.size || (a.tag as { order: number }).order - (b.tag as { order: number }).order)[0];
  const actionWins = (o: Occurrence<Tag> | undefined) =>
    o !== undefined && !recurrenceAgain(o, step) && (o.size > answerSize || (o.size === answerSize && (o.tag as { order: number }).order < 100));
  if (bestAction && (chosenAnswers.length === 0 || actionWins(bestAction))) return event((bestAction.tag as { event: HelplineEvent }).event);
  if (step && chosenAnswers.length > 0) return resolveAnswers(r, chosenAnswers, hedged, step);
  if (bestTerm && bestTerm.tag.kind === 'term') return event({ type: 'EXPLAIN_TERM', term: bestTerm.tag.term });
  if (asking && step?.explain) return event({ type: 'EXPLAIN' });
  if (hedged && offered.length > 0) return unclear('hedged');
  return onlyThanks(words, lexicon) ? { kind: 'thanks' } : { kind: 'none' };
}

/** "ok thank you", "gracias": every word is part of a thanks; "is it ok to give Tylenol" is not. */
function onlyThanks(words: readonly string[], lexicon: Lexicon): boolean {
  const found = find(words, lexicon.thanks, null);
  return words.every((_, i) => found.some((o) => o.start <= i && i < o.end));
}
