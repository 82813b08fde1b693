/**
 * The intake: which question comes next, and what an answer means as a risk fact. Issue 3:
 * "after each answer, skip the questions whose answer cannot change the group", and an
 * "I don't know" is remembered so the same question is not asked again.
 */
import type { AnswerValue } from './context';
import { RISK_FIELD_VALUES, ageBand, classifyRisk, type RiskFacts, type RiskField } from './risk';

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

/** One answer button of an intake question: its label (ui.* key) and the value it sends. */
export interface IntakeChoice {
  label: string;
  value: AnswerValue;
}

/**
 * The age buttons. Each band names its label, the age it starts at, and the age in months its
 * button sends (inside the band; the content's value.ageMonths.<months> key names the band too).
 * The risk table reads only < 12, 12-17 and >= 18 months (risk.ts, ageBand); under 6 months is
 * its own button for the small adrenal tumor explanation.
 */
export const AGE_BANDS = [
  { label: 'opt.age.under6m', from: 0, months: 3 },
  { label: 'opt.age.6to11m', from: 6, months: 9 },
  { label: 'opt.age.12to17m', from: 12, months: 15 },
  { label: 'opt.age.18mPlus', from: 18, months: 24 },
] as const;

export type AgeBandChoice = (typeof AGE_BANDS)[number];

/** The band an age in months falls in: what the risk card, the summary and the staff view show for a typed age. */
export function ageBandOf(months: number): AgeBandChoice {
  let band: AgeBandChoice = AGE_BANDS[0];
  for (const candidate of AGE_BANDS) if (months >= candidate.from) band = candidate;
  return band;
}

/** The ages where the risk group can change (the band starts where risk.ts's ageBand changes): 12 and 18. */
export const RISK_AGE_LINES: readonly number[] = AGE_BANDS.map((band) => band.from).filter(
  (from) => from > 0 && ageBand(from) !== ageBand(from - 1e-6),
);

/**
 * "Fewer chromosomes than usual" (hypodiploid, a DNA index below 1) is its own button, so a parent
 * reading "hypodiploid" on a report finds it. The risk table has two ploidy values: favorable is a
 * DNA index above 1 (hyperdiploid), and everything else is the unfavorable one, which the table
 * calls diploid (docs/risk-table.md, H5 and L3: "diploid tumor"; /work/shared/clinical/risk-groups.md
 * reads `diploid` as DNA index = 1 and names no third value). COG 2021 (Irwin MS et al., J Clin Oncol
 * 2021;39:3229-3241) counts only hyperdiploidy as favorable, so a hypodiploid tumor is read as the
 * table's diploid, the unfavorable value (readAnswer).
 */
export const HYPODIPLOID = 'hypodiploid';

const choice = (label: string, value: AnswerValue): IntakeChoice => ({ label, value });

/**
 * After this many "I don't know" answers, each intake question also offers to stop and see the
 * result: a parent without the test reports should not have to say "I don't know" to every
 * question before learning what to ask the care team.
 */
export const OFFER_STOP_AFTER = 2;

/** How many intake questions were answered "I don't know". */
export const unsureCount = (facts: Partial<RiskFacts>): number => Object.values(facts).filter((value) => value === UNKNOWN).length;

/** Answer buttons of each intake question, before "I don't know" and "what does this mean?". */
export const INTAKE_CHOICES: { readonly [F in RiskField]-?: readonly IntakeChoice[] } = {
  ageMonths: AGE_BANDS.map((band) => choice(band.label, band.months)),
  inrgStage: [choice('opt.stage.L1', 'L1'), choice('opt.stage.L2', 'L2'), choice('opt.stage.M', 'M'), choice('opt.stage.MS', 'MS')],
  mycn: [choice('opt.mycn.amplified', 'amplified'), choice('opt.mycn.notAmplified', 'not-amplified')],
  histology: [choice('opt.histology.favorable', 'favorable'), choice('opt.histology.unfavorable', 'unfavorable')],
  ploidy: [choice('opt.ploidy.hyperdiploid', 'hyperdiploid'), choice('opt.ploidy.diploid', 'diploid'), choice('opt.ploidy.hypodiploid', HYPODIPLOID)],
  chr11q: [choice('opt.chr.normal', 'normal'), choice('opt.chr.aberrant', 'aberrant')],
  chr1p: [choice('opt.chr.normal', 'normal'), choice('opt.chr.aberrant', 'aberrant')],
  symptomatic: [choice('opt.yes', 'yes'), choice('opt.no', 'no')],
  resection: [
    choice('opt.resection.complete', 'complete'),
    choice('opt.resection.incomplete', 'incomplete'),
    choice('opt.resection.notYet', UNKNOWN),
  ],
};

/**
 * The label of the button that gives this remembered fact (a typed age: its band's), or null.
 * Symptoms are remembered as true or false.
 */
export function choiceLabel(field: RiskField, value: unknown): string | null {
  if (field === 'ageMonths') return typeof value === 'number' && Number.isFinite(value) ? ageBandOf(value).label : null;
  const sent = field === 'symptomatic' && typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
  return INTAKE_CHOICES[field].find((c) => c.value === sent)?.label ?? null;
}

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
  if (field === 'ploidy' && value === HYPODIPLOID) return 'diploid';
  if (field === 'symptomatic') return value === 'yes' ? true : value === 'no' ? false : undefined;
  return (RISK_FIELD_VALUES[field] as readonly unknown[]).includes(value) ? (value as RiskFacts[RiskField]) : undefined;
}
