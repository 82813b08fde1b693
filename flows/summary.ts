/**
 * What a call (or a visitor's conversation) amounted to, as content keys: the answers given on
 * the current path, the risk group or what leaves it undetermined, the explanations given and
 * the questions to take to the care team (docs/product.md, "A call summary"). No words here: the widget
 * looks the keys up per locale. Pure: no DOM, no I/O.
 */
import { classifyRisk, RISK_FIELDS, type RiskFacts, type RiskField, type RiskGroup, type RiskResult, type RuleId } from './risk';

/** One choice made at a step, as the catalog names it (label = the option's ui key). */
export interface Answer {
  /** The step id the choice was made at, e.g. "intake.mycn". */
  step: string;
  /** The option's ui.* label key, e.g. "opt.mycn.amplified". */
  label: string;
  /** The ANSWER event's value, when the option sent one. */
  value?: unknown;
}

export interface CallRecord {
  /** Choices on the current path, oldest first (BACK removes the last one). */
  answers: readonly Answer[];
  /** items.* keys of explanations asked for with "what does this mean?" (e.g. intake.mycn.explain). */
  explained: readonly string[];
  /** Every step id reached on the current path, oldest first, the current one last. */
  visited: readonly string[];
  /** The machine's own facts, when its context carries them: they win over the answers. */
  facts?: RiskFacts;
}

/** The intake step that asks each risk fact (catalog). */
export const FIELD_STEPS: { readonly [F in RiskField]-?: string } = {
  inrgStage: 'intake.stage',
  ageMonths: 'intake.age',
  mycn: 'intake.mycn',
  resection: 'intake.resection',
  histology: 'intake.histology',
  ploidy: 'intake.ploidy',
  chr11q: 'intake.chr11q',
  chr1p: 'intake.chr1p',
  symptomatic: 'intake.symptoms',
};

/** Options that mean "the caller does not know" (catalog: opt.dontKnow, opt.notSure, resection not yet). */
export const UNKNOWN_LABELS: readonly string[] = ['opt.dontKnow', 'opt.notSure', 'opt.resection.notYet'];

/** The option label keys' last part, as classifyRisk spells the value (catalog -> docs/risk-table.md). */
const VALUE_BY_SUFFIX: Record<string, string | boolean> = {
  L1: 'L1',
  L2: 'L2',
  M: 'M',
  MS: 'MS',
  amplified: 'amplified',
  notAmplified: 'not-amplified',
  favorable: 'favorable',
  unfavorable: 'unfavorable',
  hyperdiploid: 'hyperdiploid',
  diploid: 'diploid',
  normal: 'normal',
  aberrant: 'aberrant',
  complete: 'complete',
  incomplete: 'incomplete',
  yes: true,
  no: false,
};

function factValue(field: RiskField, answer: Answer): unknown {
  if (UNKNOWN_LABELS.includes(answer.label) || answer.value === 'unknown') return 'unknown';
  // Age options carry months as their value (catalog: opt.age.under6m -> 3, ...).
  if (field === 'ageMonths') return typeof answer.value === 'number' ? answer.value : Number(answer.value);
  const suffix = answer.label.slice(answer.label.lastIndexOf('.') + 1);
  return suffix in VALUE_BY_SUFFIX ? VALUE_BY_SUFFIX[suffix] : answer.value;
}

/** The risk facts the intake answers give (the latest answer per step wins). */
export function factsFromAnswers(answers: readonly Answer[]): RiskFacts {
  const facts: Record<string, unknown> = {};
  for (const field of RISK_FIELDS) {
    const answer = [...answers].reverse().find((a) => a.step === FIELD_STEPS[field]);
    if (answer) facts[field] = factValue(field, answer);
  }
  return facts as RiskFacts;
}

export type GroupFinding =
  /**
   * The caller said which group the care team gave (pickGroup). A group chosen at an undetermined
   * result is only what the caller chose to read about: it stays an answer at risk.undetermined.
   */
  | { kind: 'told'; label: string }
  /** The intake's estimate: the table rule and the facts that led to it. */
  | { kind: 'estimate'; group: RiskGroup; rule: RuleId; facts: RiskField[] }
  | { kind: 'undetermined'; possible: RiskGroup[]; deciding: RiskField[]; invalid: RiskField[]; reasons: RiskResult['reasons'] };

export interface CallSummary {
  answers: readonly Answer[];
  /** Who the caller is (the audience answer's value), for the summary's words (you / your child). */
  audience?: string;
  group: GroupFinding | null;
  /** The risk result the intake answers give (null before any intake answer). */
  risk: RiskResult | null;
  /** items.* keys explained: "what does this mean?" answers and the treatment steps reached. */
  explained: string[];
  /** summary.ask.* keys, specific ones (the facts that would settle the group) first. */
  questions: string[];
}

/**
 * Steps whose text is an explanation worth listing in a summary (catalog). The glossary step is
 * not: it says nothing without its word, so the word's own key (glossary.<term>) is listed.
 */
const EXPLAINING = /^(treatment\.|trials$|recurrence\.(?!firstGroup$|where$)|questions$)/;

const GROUP_LABELS = /^opt\.group\./;

export function summarizeCall(record: CallRecord): CallSummary {
  const facts = record.facts ?? factsFromAnswers(record.answers);
  const intakeAnswered = record.answers.some((a) => a.step.startsWith('intake.')) || Object.keys(record.facts ?? {}).length > 0;
  const risk = intakeAnswered ? classifyRisk(facts) : null;

  let group: GroupFinding | null = null;
  const told = [...record.answers].reverse().find((a) => GROUP_LABELS.test(a.label) && a.step === 'pickGroup');
  if (told) group = { kind: 'told', label: told.label };
  else if (risk && risk.group !== 'undetermined' && risk.rule)
    group = { kind: 'estimate', group: risk.group, rule: risk.rule, facts: risk.matchedFacts };
  else if (risk && record.visited.some((id) => id.startsWith('risk.')))
    group = { kind: 'undetermined', possible: risk.possibleGroups, deciding: risk.decidingFactors, invalid: risk.invalid, reasons: risk.reasons };

  const explained: string[] = [];
  const add = (key: string) => {
    if (!explained.includes(key)) explained.push(key);
  };
  // Why we asked who is calling is not something to tell the specialist.
  record.explained.filter((key) => key !== 'audience.explain').forEach(add);
  record.visited.filter((id) => EXPLAINING.test(id)).forEach(add);

  const questions: string[] = [];
  if (group?.kind === 'undetermined') {
    for (const field of [...group.invalid, ...group.deciding]) questions.push(`summary.ask.${field}`);
  }
  questions.push(...(isRecurrence(record) ? recurrenceQuestions(record.answers) : ['summary.ask.group', 'summary.ask.plan']), 'summary.ask.trials');
  const audience = latest(record.answers, 'audience')?.value;
  return {
    answers: record.answers,
    ...(typeof audience === 'string' && { audience }),
    group,
    risk,
    explained,
    questions: [...new Set(questions)],
  };
}

const latest = (answers: readonly Answer[], step: string) => [...answers].reverse().find((a) => a.step === step);

/** A call about cancer that came back: a recurrence question was answered or reached. */
function isRecurrence(record: CallRecord): boolean {
  return record.answers.some((a) => a.step.startsWith('recurrence.')) || record.visited.some((id) => id.startsWith('recurrence.'));
}

/** After a recurrence the group at diagnosis is history: ask what is not known, then what comes next. */
function recurrenceQuestions(answers: readonly Answer[]): string[] {
  const unknown = (step: string) => {
    const answer = latest(answers, step);
    return !answer || answer.value === 'unknown' || UNKNOWN_LABELS.includes(answer.label);
  };
  return [
    ...(unknown('recurrence.firstGroup') ? ['summary.ask.firstGroup'] : []),
    ...(unknown('recurrence.where') ? ['summary.ask.where'] : []),
    'summary.ask.recurrence',
  ];
}
