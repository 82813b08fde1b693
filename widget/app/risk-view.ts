import { ageBandOf, choiceLabel } from '../../flows/intake';
import { RISK_FIELDS, type RiskField, type RiskGroup } from '../../flows/risk';
import type { Step } from '../../flows/step';

/**
 * What the risk card shows (catalog, risk.*): for a group, the facts that led to it with the
 * visitor's answers; for "undetermined", the factors that would decide it. Kept as plain data in
 * the transcript, so the card still says what it said after the visitor goes back and changes an
 * answer.
 */
export interface RiskView {
  group: RiskGroup | 'undetermined';
  /** Facts that led to the group, with the answer given: [field, value]. */
  facts: [RiskField, string][];
  /** Unknown facts whose answer would change the group. */
  deciding: RiskField[];
  /** For "undetermined": the groups these answers still allow (absent in saves from before). */
  possible?: RiskGroup[];
  /**
   * What the result step says (its content keys, flows/machine.ts meta), drawn inside the card so
   * the result is one card: absent in saves from before, whose lines were drawn on their own.
   */
  say?: string[];
}

/**
 * The answer as the card names it: a typed age (any number of months) by its band, whose button
 * sends that band's months (flows/intake.ts, AGE_BANDS), so value.ageMonths.<months> names it.
 */
const shown = (field: RiskField, value: unknown) =>
  field === 'ageMonths' && typeof value === 'number' ? String(ageBandOf(value).months) : String(value);

/** From the step the machine describes (flows/step.ts: risk, answers.facts). */
export function readRisk(step: Step): RiskView | null {
  const result = step.risk;
  if (!result) return null;
  const facts = step.answers.facts;
  return {
    group: result.group,
    facts: result.matchedFacts.map((field) => [field, shown(field, facts[field])]),
    deciding: RISK_FIELDS.filter((field) => result.decidingFactors.includes(field)),
    possible: [...result.possibleGroups],
    say: [...step.say],
  };
}

/**
 * The answer in the visitor's own words: the label of the button that gives it (flows/intake.ts),
 * e.g. "Spread to far parts of the body (M)" rather than "stage M"; the value's name when no
 * button gives it.
 */
export function answerKey(field: RiskField, value: string): string {
  // Symptoms' buttons are a bare Yes / No: "has symptoms" says more.
  if (field === 'symptomatic') return valueKey(field, value);
  return choiceLabel(field, field === 'ageMonths' ? Number(value) : value) ?? valueKey(field, value);
}

/** UI keys (catalog): factor.<field> names a factor, value.<field>.<value> an answer. */
export const factorKey = (field: RiskField) => `factor.${field}`;
export const valueKey = (field: RiskField, value: string) => `value.${field}.${value}`;
