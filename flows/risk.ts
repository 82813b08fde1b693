/**
 * Neuroblastoma risk group from the facts a visitor knows: the COG 2021 classifier as NCI PDQ
 * "Neuroblastoma Treatment (Health Professional Version)", Table 3 gives it, transcribed with its
 * reading rules in shared/clinical/risk-groups.md (the contract this module follows).
 *
 * The table is data (RULES); the evaluation below never names a stage or a feature. Unknown facts
 * are handled by trying every possible answer: a group is given only when every completion of the
 * unknown facts lands in the same group (docs/risk-table.md, "Unknowns").
 *
 * This is an estimate for explaining what the factors usually mean: the child's care team assigns
 * the risk group (docs/risk-table.md, last paragraph). Pure: no DOM, no I/O, never throws.
 */

export type RiskGroup = 'low' | 'intermediate' | 'high';
export type InrgStage = 'L1' | 'L2' | 'M' | 'MS';
export type MycnStatus = 'amplified' | 'not-amplified';
export type Histology = 'favorable' | 'unfavorable';
export type Ploidy = 'hyperdiploid' | 'diploid';
export type ChromosomeArmStatus = 'normal' | 'aberrant';
export type Resection = 'complete' | 'incomplete';

/** The classifyRisk input, exactly as docs/risk-table.md ("The function's contract") gives it. */
export interface RiskFacts {
  /** Age at diagnosis in months; may be fractional. */
  ageMonths?: number;
  inrgStage?: InrgStage | 'unknown';
  mycn?: MycnStatus | 'unknown';
  /** INPC histology. */
  histology?: Histology | 'unknown';
  /** DNA index > 1 (hyperdiploid) or = 1 (diploid). */
  ploidy?: Ploidy | 'unknown';
  chr11q?: ChromosomeArmStatus | 'unknown';
  chr1p?: ChromosomeArmStatus | 'unknown';
  symptomatic?: boolean | 'unknown';
  /** How much of the tumor surgery removed. */
  resection?: Resection | 'unknown';
}

export type RiskField = keyof RiskFacts;

export type RuleId = 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6' | 'L1' | 'L2' | 'L3' | 'intermediate';

/** Machine-readable reasons for an undetermined result; the UI words them per locale. */
export type RiskReason =
  /** Stage MS exists only under 18 months (docs/risk-table.md, "How to read it"). */
  | 'ms-requires-under-18-months'
  /** A value outside the documented domain (negative age, NaN, unknown stage name, ...). */
  | 'invalid-values'
  /** The input was not an object at all. */
  | 'facts-not-an-object'
  /** Unknown facts could still lead to different groups. */
  | 'unknown-facts-decide';

export interface RiskResult {
  // The contract fields (docs/risk-table.md):
  group: RiskGroup | 'undetermined';
  /** The rule that gave the group; only when determined. */
  rule?: RuleId;
  /** Groups some completion of the unknown (or invalid) facts leads to; low, intermediate, high order. */
  possibleGroups: RiskGroup[];
  /** Fields whose answer would change the group, in RISK_FIELDS order; [] when determined. */
  decidingFactors: RiskField[];
  /** Fields whose value is outside the domain, in RISK_FIELDS order. */
  invalid: RiskField[];
  // Additions beyond the contract:
  /**
   * Every rule some completion matched, in table order. Usually one; more when an unknown fact
   * does not change the group but does change which row says so (e.g. L1 with MYCN unknown and
   * complete resection is low by L1 or L2).
   */
  rules: RuleId[];
  /**
   * The known facts that led to a determined group ("which facts led to the group"): a smallest
   * set of the given facts that still determines it, in RISK_FIELDS order. [] when undetermined.
   */
  matchedFacts: RiskField[];
  /** Why the group is undetermined; [] when determined. */
  reasons: RiskReason[];
}

/**
 * The order an intake asks in: the intake asks the first field here that can still change the
 * answer (fieldsThatCanChange). Stage comes before age (a draft had age first): no group can be
 * given without the stage, while age never matters for stage L1 and matters for L2 only through
 * H4. So stage-first never asks more questions than age-first and skips the age question for
 * every L1 tumor: over all 1,408 valid combinations, weighted equally, 3.08 questions on average
 * instead of 3.35 (test/unit/risk.test.ts, "intake order"). Age stays before MYCN although
 * MYCN-second averages 2.80 under equal weighting: that weighting has MYCN amplified half the
 * time and every answer known, and it asks one question more than age-first for stage M at 18
 * months or older without MYCN amplification (64 combinations, settled by stage and age: H1).
 * And a family nearly always knows the child's age, often not the lab results. Then resection
 * (only L1 with MYCN amplified reads it), the biology H4, H5 and L3 read, and symptoms, which
 * only L3 reads.
 */
export const RISK_FIELDS = [
  'inrgStage',
  'ageMonths',
  'mycn',
  'resection',
  'histology',
  'ploidy',
  'chr11q',
  'chr1p',
  'symptomatic',
] as const satisfies readonly RiskField[];

/**
 * Age matters only at 12 and 18 months (docs/risk-table.md): "< 12 months" is age < 12, "12-18
 * months" is 12 <= age < 18, ">= 18 months" includes 18.
 */
export type AgeBand = 'under-12-months' | '12-to-18-months' | '18-months-or-older';

export function ageBand(ageMonths: number): AgeBand {
  if (ageMonths < 12) return 'under-12-months';
  if (ageMonths < 18) return '12-to-18-months';
  return '18-months-or-older';
}

/** Facts with every field known; age reduced to its band. What the table rows read. */
export interface CompleteFacts {
  ageMonths: AgeBand;
  inrgStage: InrgStage;
  mycn: MycnStatus;
  resection: Resection;
  histology: Histology;
  ploidy: Ploidy;
  chr11q: ChromosomeArmStatus;
  chr1p: ChromosomeArmStatus;
  symptomatic: boolean;
}

/** Every value a known field can take (age as bands); the domain unknowns are completed over. */
export const RISK_FIELD_VALUES: { readonly [F in RiskField]-?: readonly CompleteFacts[F][] } = {
  ageMonths: ['under-12-months', '12-to-18-months', '18-months-or-older'],
  inrgStage: ['L1', 'L2', 'M', 'MS'],
  mycn: ['amplified', 'not-amplified'],
  histology: ['favorable', 'unfavorable'],
  ploidy: ['hyperdiploid', 'diploid'],
  chr11q: ['normal', 'aberrant'],
  chr1p: ['normal', 'aberrant'],
  symptomatic: [true, false],
  resection: ['complete', 'incomplete'],
};

/** One test on one field: the field has one of these values. */
export type FieldTest = { [F in RiskField]-?: { readonly field: F; readonly is: readonly CompleteFacts[F][] } }[RiskField];

/** A row's condition: one field test, or "at least one of" several. */
export type Condition = FieldTest | { readonly anyOf: readonly FieldTest[] };

export interface Rule {
  readonly id: RuleId;
  readonly group: RiskGroup;
  /** The row as PDQ Table 3 words it. */
  readonly source: string;
  /** Every condition must hold; no conditions means the row always matches. */
  readonly when: readonly Condition[];
}

function is<F extends RiskField>(field: F, ...values: CompleteFacts[F][]): FieldTest {
  return { field, is: values } as FieldTest;
}

function anyOf(...tests: FieldTest[]): Condition {
  return { anyOf: tests };
}

const UNDER_18: AgeBand[] = ['under-12-months', '12-to-18-months'];

/**
 * PDQ Table 3 (COG 2021), row by row (docs/risk-table.md, "The table"). Rows are tried in this order
 * and the first match wins: high, then low, then intermediate ("all other groups not meeting the
 * definition of high-risk or low-risk disease"). The only overlap between a high and a low row
 * is H3/L3 (stage MS under 12 months, all favorable features, but MYCN amplified): L3 does not
 * say "MYCN not amplified", and H3 makes MYCN-amplified MS high, so high wins.
 */
export const RULES: readonly Rule[] = [
  {
    id: 'H1',
    group: 'high',
    source: 'Stage M, aged >= 18 months, regardless of other features.',
    when: [is('inrgStage', 'M'), is('ageMonths', '18-months-or-older')],
  },
  {
    id: 'H2',
    group: 'high',
    source: 'Stage M, aged < 18 months, MYCN amplified.',
    when: [is('inrgStage', 'M'), is('ageMonths', ...UNDER_18), is('mycn', 'amplified')],
  },
  {
    id: 'H3',
    group: 'high',
    source: 'Stage MS or L2, MYCN amplified.',
    when: [is('inrgStage', 'MS', 'L2'), is('mycn', 'amplified')],
  },
  {
    id: 'H4',
    group: 'high',
    source: 'Stage L2, unfavorable histology, aged >= 18 months.',
    when: [is('inrgStage', 'L2'), is('histology', 'unfavorable'), is('ageMonths', '18-months-or-older')],
  },
  {
    id: 'H5',
    group: 'high',
    source:
      'Stage M or MS, aged 12-18 months, with at least one unfavorable feature: unfavorable histology; ' +
      'segmental chromosomal aberrations (SCA); diploid tumor.',
    // SCA means an 11q aberration OR a 1p aberration (docs/risk-table.md, "How to read it").
    when: [
      is('inrgStage', 'M', 'MS'),
      is('ageMonths', '12-to-18-months'),
      anyOf(is('histology', 'unfavorable'), is('chr11q', 'aberrant'), is('chr1p', 'aberrant'), is('ploidy', 'diploid')),
    ],
  },
  {
    id: 'H6',
    group: 'high',
    source: 'Stage L1, incompletely resected, MYCN amplified.',
    when: [is('inrgStage', 'L1'), is('resection', 'incomplete'), is('mycn', 'amplified')],
  },
  {
    id: 'L1',
    group: 'low',
    source: 'Stage L1, MYCN not amplified, regardless of other features.',
    when: [is('inrgStage', 'L1'), is('mycn', 'not-amplified')],
  },
  {
    id: 'L2',
    group: 'low',
    source: 'Stage L1, completely resected, MYCN amplified.',
    when: [is('inrgStage', 'L1'), is('resection', 'complete'), is('mycn', 'amplified')],
  },
  {
    id: 'L3',
    group: 'low',
    source:
      'Stage MS, aged < 12 months, with all favorable features: no symptoms; favorable histology; ' +
      'no segmental chromosomal aberrations; hyperdiploid tumor.',
    // "No SCA" needs both 11q and 1p known to be normal (docs/risk-table.md).
    when: [
      is('inrgStage', 'MS'),
      is('ageMonths', 'under-12-months'),
      is('symptomatic', false),
      is('histology', 'favorable'),
      is('chr11q', 'normal'),
      is('chr1p', 'normal'),
      is('ploidy', 'hyperdiploid'),
    ],
  },
  {
    id: 'intermediate',
    group: 'intermediate',
    source: 'All other groups not meeting the definition of high-risk or low-risk disease.',
    when: [],
  },
];

/**
 * Combinations that cannot happen: stage MS exists only under 18 months (docs/risk-table.md; the
 * INRG stage definition says so). Unknowns are never completed into one of these.
 */
export function isPossible(facts: CompleteFacts): boolean {
  return !(facts.inrgStage === 'MS' && facts.ageMonths === '18-months-or-older');
}

/** A rule as plain data for display or logs: { id, group, conditions: ['inrgStage is M', ...] }. */
export function describeRule(rule: Rule): { id: RuleId; group: RiskGroup; conditions: string[] } {
  const test = (t: FieldTest): string => `${t.field} is ${t.is.map(String).join(' or ')}`;
  const conditions = rule.when.map((c) => ('anyOf' in c ? `any of: ${c.anyOf.map(test).join('; ')}` : test(c)));
  return { id: rule.id, group: rule.group, conditions };
}

// ---------------------------------------------------------------------------------------------
// Evaluation: knows nothing about the table's content.

function passes(test: FieldTest, facts: CompleteFacts): boolean {
  return (test.is as readonly unknown[]).includes(facts[test.field]);
}

function matches(rule: Rule, facts: CompleteFacts): boolean {
  return rule.when.every((c) => ('anyOf' in c ? c.anyOf.some((t) => passes(t, facts)) : passes(c, facts)));
}

/** The first row that matches; the last row always matches. */
function ruleFor(facts: CompleteFacts): Rule {
  return RULES.find((r) => matches(r, facts)) ?? (RULES[RULES.length - 1] as Rule);
}

type Known = Partial<CompleteFacts>;

/** A complete, possible combination of facts, the row it lands on, and its values' positions. */
interface Case {
  readonly facts: CompleteFacts;
  readonly rule: Rule;
  /** For each field in RISK_FIELDS order, the index of its value in RISK_FIELD_VALUES. */
  readonly codes: readonly number[];
}

/** Larger than any field's number of values (stages: 4), so codes never collide. */
const RADIX = 4;

let caseByCode: ReadonlyMap<number, Case> | undefined;

/**
 * All possible complete combinations (3 age bands x 4 stages x 2^7, less MS at 18 months or
 * older: 1,408), each classified once, keyed by the mixed-radix number of its value positions.
 * Completing unknowns is then a walk over the unknown fields only, so classifyRisk stays well
 * under a millisecond.
 */
function allCases(): ReadonlyMap<number, Case> {
  if (caseByCode) return caseByCode;
  const out = new Map<number, Case>();
  const current: Record<string, unknown> = {};
  const codes: number[] = [];
  const walk = (i: number, code: number): void => {
    const field = RISK_FIELDS[i];
    if (field === undefined) {
      const facts = { ...current } as unknown as CompleteFacts;
      if (isPossible(facts)) out.set(code, { facts, rule: ruleFor(facts), codes: [...codes] });
      return;
    }
    RISK_FIELD_VALUES[field].forEach((value, index) => {
      current[field] = value;
      codes[i] = index;
      walk(i + 1, code * RADIX + index);
    });
  };
  walk(0, 0);
  caseByCode = out;
  return out;
}

/** Every possible completion of the unknown fields of `known`. */
function completions(known: Known): Case[] {
  const cases = allCases();
  const out: Case[] = [];
  const walk = (i: number, code: number): void => {
    const field = RISK_FIELDS[i];
    if (field === undefined) {
      const found = cases.get(code); // absent for impossible combinations
      if (found) out.push(found);
      return;
    }
    const values = RISK_FIELD_VALUES[field] as readonly unknown[];
    const given = known[field];
    if (given !== undefined) walk(i + 1, code * RADIX + values.indexOf(given));
    else for (let v = 0; v < values.length; v++) walk(i + 1, code * RADIX + v);
  };
  walk(0, 0);
  return out;
}

const GROUP_ORDER: readonly RiskGroup[] = ['low', 'intermediate', 'high'];

function groupsOf(cases: readonly Case[]): RiskGroup[] {
  const seen = new Set(cases.map((c) => c.rule.group));
  return GROUP_ORDER.filter((g) => seen.has(g));
}

/**
 * A field decides when two possible completions that differ only in that field land in
 * different groups: its answer can change the result. This is exactly the set of fields the
 * group depends on, and it is never empty when two groups are possible (any two completions are
 * linked by one-field changes that stay possible; some change along the way switches group).
 */
function decidingFields(known: Known, cases: readonly Case[]): RiskField[] {
  return RISK_FIELDS.filter((field, position) => {
    if (known[field] !== undefined) return false;
    // Completions agreeing on every other field share a key (mixed-radix number of the codes).
    const seen = new Map<number, RiskGroup>();
    for (const { codes, rule } of cases) {
      let key = 0;
      codes.forEach((code, i) => {
        key = key * RADIX + (i === position ? 0 : code);
      });
      const group = seen.get(key);
      if (group === undefined) seen.set(key, rule.group);
      else if (group !== rule.group) return true;
    }
    return false;
  });
}

const UNKNOWN = 'unknown';

/** Reads one field; undefined means unknown, null means outside the domain. */
function readField(input: object, field: RiskField): CompleteFacts[RiskField] | undefined | null {
  let value: unknown;
  try {
    value = (input as Record<string, unknown>)[field];
  } catch {
    return null; // a throwing getter or proxy: not a value we can use
  }
  if (value === undefined || value === UNKNOWN) return undefined;
  if (field === 'ageMonths') {
    // Age at diagnosis: a finite number of months, zero or more.
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? ageBand(value) : null;
  }
  return (RISK_FIELD_VALUES[field] as readonly unknown[]).includes(value) ? (value as CompleteFacts[RiskField]) : null;
}

function readFacts(input: unknown): { known: Known; invalid: RiskField[]; reasons: RiskReason[] } {
  const known: Record<string, unknown> = {};
  const invalid: RiskField[] = [];
  const reasons: RiskReason[] = [];
  if (typeof input !== 'object' || input === null) {
    reasons.push('facts-not-an-object');
    return { known: {}, invalid, reasons };
  }
  for (const field of RISK_FIELDS) {
    const value = readField(input, field);
    if (value === null) invalid.push(field);
    else if (value !== undefined) known[field] = value;
  }
  if (invalid.length > 0) reasons.push('invalid-values');
  // MS at 18 months or older is not a valid combination (docs/risk-table.md): both answers are named,
  // since either one may be the mistake.
  if (known.inrgStage === 'MS' && known.ageMonths === '18-months-or-older') {
    delete known.inrgStage;
    delete known.ageMonths;
    for (const f of ['inrgStage', 'ageMonths'] as const) if (!invalid.includes(f)) invalid.push(f);
    invalid.sort((a, b) => RISK_FIELDS.indexOf(a) - RISK_FIELDS.indexOf(b));
    reasons.unshift('ms-requires-under-18-months');
  }
  return { known: known as Known, invalid, reasons };
}

function isDetermined(known: Known): boolean {
  return groupsOf(completions(known)).length === 1;
}

/**
 * The smallest set of the given facts that still determines the group: drop facts one at a
 * time, latest in RISK_FIELDS order first (so stage, age and MYCN are the ones kept when
 * several sets would do), keeping a fact only if the group is no longer determined without it.
 */
function minimalFacts(known: Known): RiskField[] {
  const kept: Record<string, unknown> = { ...known };
  for (const field of [...RISK_FIELDS].reverse()) {
    if (kept[field] === undefined) continue;
    const trial = { ...kept };
    delete trial[field];
    if (isDetermined(trial as Known)) delete kept[field];
  }
  return RISK_FIELDS.filter((f) => kept[f] !== undefined);
}

/**
 * The COG 2021 risk group for these facts (docs/risk-table.md). Never throws: invalid values give
 * 'undetermined' and are named in `invalid`; they are treated as unknown when listing the
 * possible groups and the deciding fields, so the intake can ask them again.
 */
export function classifyRisk(facts: RiskFacts): RiskResult {
  const { known, invalid, reasons } = readFacts(facts);
  const cases = completions(known);
  const possibleGroups = groupsOf(cases);
  const decidingFactors = decidingFields(known, cases);
  const group = possibleGroups[0];

  if (invalid.length > 0 || reasons.length > 0 || possibleGroups.length !== 1 || group === undefined) {
    if (invalid.length === 0 && !reasons.includes('facts-not-an-object')) reasons.push('unknown-facts-decide');
    return { group: 'undetermined', possibleGroups, decidingFactors, invalid, rules: [], matchedFacts: [], reasons };
  }

  // One group. When every completion lands on the same row, that row is the rule; otherwise the
  // first of them in table order (all of them are in `rules`).
  const seen = new Set(cases.map((c) => c.rule.id));
  const rules = RULES.map((r) => r.id).filter((id) => seen.has(id));
  return {
    group,
    rule: rules[0] as RuleId,
    possibleGroups,
    decidingFactors: [],
    invalid: [],
    rules,
    matchedFacts: minimalFacts(known),
    reasons: [],
  };
}

/**
 * Unknown (or invalid) fields whose answer could still change the result, in RISK_FIELDS order:
 * the intake asks only these (docs/product.md, "only the questions that can still change the answer
 * are asked"). [] when the group is determined. A field the visitor already answered "I don't
 * know" is still listed, since its answer still matters; the intake skips fields it has asked.
 */
export function fieldsThatCanChange(facts: RiskFacts): RiskField[] {
  return classifyRisk(facts).decidingFactors;
}
