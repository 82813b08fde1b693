/**
 * The intake: which question comes next, and what an answer means as a risk fact. Issue 3:
 * "after each answer, skip the questions whose answer cannot change the group", and an
 * "I don't know" is remembered so the same question is not asked again.
 */
import type { AnswerValue } from './context';
import { RISK_FIELD_VALUES, classifyRisk, type RiskFacts, type RiskField } from './risk';

/** The intake step (intake.<name>) that asks each field. */
export const INTAKE_STEPS = {
  inrgStage: 'stage',
  ageMonths: 'age',
  mycn: 'mycn',
  resection: 'resection',
  histology: 'histology',
  ploidy: 'ploidy',
  chr11q: 'chr11q',
  chr1p: 'chr1p',
  symptomatic: 'symptoms',
} as const satisfies { [F in RiskField]-?: string };

export type IntakeStep = (typeof INTAKE_STEPS)[RiskField];

export const UNKNOWN = 'unknown';

/**
 * The next field to ask: the first one (RISK_FIELDS order, see risk.ts) whose answer can still
 * change the group and that has not been asked. Null when there is nothing left worth asking,
 * including when an answer is invalid (stage MS at 18 months or older): the result then says why,
 * and BACK lets the visitor correct it.
 */
export function nextQuestion(facts: RiskFacts, asked: readonly RiskField[]): RiskField | null {
  // The machine's router asks "is the next question X?" once per field with the same memory:
  // remembering the last answer keeps that to one classification.
  const key = JSON.stringify([facts, asked]);
  if (key !== last.key) last = { key, next: computeNext(facts, asked) };
  return last.next;
}

let last: { key: string; next: RiskField | null } = { key: '', next: null };

function computeNext(facts: RiskFacts, asked: readonly RiskField[]): RiskField | null {
  const result = classifyRisk(facts);
  if (result.invalid.length > 0) return null;
  // decidingFactors is fieldsThatCanChange(facts) (risk.ts), without classifying twice.
  return result.decidingFactors.find((field) => !asked.includes(field)) ?? null;
}

/**
 * What an answer means for a field, or undefined when it is not an answer to that question.
 * Age is a number of months (a button sends its band's representative age, typed text the age
 * given); symptoms are answered yes or no.
 */
export function readAnswer<F extends RiskField>(field: F, value: AnswerValue): RiskFacts[F] | undefined;
export function readAnswer(field: RiskField, value: AnswerValue): RiskFacts[RiskField] | undefined {
  if (value === UNKNOWN) return UNKNOWN;
  if (field === 'ageMonths') return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
  if (field === 'symptomatic') return value === 'yes' ? true : value === 'no' ? false : undefined;
  return (RISK_FIELD_VALUES[field] as readonly unknown[]).includes(value) ? (value as RiskFacts[RiskField]) : undefined;
}
