import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  classifyRisk,
  fieldsThatCanChange,
  describeRule,
  ageBand,
  RULES,
  RISK_FIELDS,
  RISK_FIELD_VALUES,
  type RiskFacts,
  type RiskField,
  type RiskGroup,
  type RuleId,
} from '../../flows/risk';
import { runs } from '../fixtures/property-runs';

// The reference: shared/clinical/risk-groups.md (NCI PDQ HP Table 3, COG 2021).

/** Every feature favorable, MYCN not amplified, tumor removed: stage and age still missing. */
const FAVORABLE = {
  mycn: 'not-amplified',
  resection: 'complete',
  histology: 'favorable',
  ploidy: 'hyperdiploid',
  chr11q: 'normal',
  chr1p: 'normal',
  symptomatic: false,
} as const satisfies RiskFacts;

/** Every feature unfavorable, MYCN not amplified. */
const UNFAVORABLE = {
  mycn: 'not-amplified',
  resection: 'incomplete',
  histology: 'unfavorable',
  ploidy: 'diploid',
  chr11q: 'aberrant',
  chr1p: 'aberrant',
  symptomatic: true,
} as const satisfies RiskFacts;

type Complete = Required<{ [F in RiskField]: Exclude<RiskFacts[F], 'unknown' | undefined> }>;

/**
 * An independent transcription of the table, as plain if/else over complete facts, to check the
 * data-driven one against. Rows in the order docs/risk-table.md lists them.
 */
function oracle(f: Complete): [RiskGroup, RuleId] {
  const age = f.ageMonths;
  const amplified = f.mycn === 'amplified';
  const sca = f.chr11q === 'aberrant' || f.chr1p === 'aberrant';
  if (f.inrgStage === 'M' && age >= 18) return ['high', 'H1'];
  if (f.inrgStage === 'M' && age < 18 && amplified) return ['high', 'H2'];
  if ((f.inrgStage === 'MS' || f.inrgStage === 'L2') && amplified) return ['high', 'H3'];
  if (f.inrgStage === 'L2' && f.histology === 'unfavorable' && age >= 18) return ['high', 'H4'];
  if ((f.inrgStage === 'M' || f.inrgStage === 'MS') && age >= 12 && age < 18 && (f.histology === 'unfavorable' || sca || f.ploidy === 'diploid')) {
    return ['high', 'H5'];
  }
  if (f.inrgStage === 'L1' && f.resection === 'incomplete' && amplified) return ['high', 'H6'];
  if (f.inrgStage === 'L1' && !amplified) return ['low', 'L1'];
  if (f.inrgStage === 'L1' && f.resection === 'complete' && amplified) return ['low', 'L2'];
  if (f.inrgStage === 'MS' && age < 12 && !f.symptomatic && f.histology === 'favorable' && !sca && f.ploidy === 'hyperdiploid') {
    return ['low', 'L3'];
  }
  return ['intermediate', 'intermediate'];
}

/** Ages that stand for each band, boundaries included. */
const AGES = [0, 11.99, 12, 17.99, 18, 240];
/** One age per band, for completing an unknown age. */
const BAND_AGES = [6, 15, 24];

const isValidCombination = (f: { inrgStage: string; ageMonths: number }): boolean => !(f.inrgStage === 'MS' && f.ageMonths >= 18);

/** Every value each field can take, with concrete ages. */
function valuesOf(field: RiskField, ages: readonly number[]): readonly unknown[] {
  return field === 'ageMonths' ? ages : RISK_FIELD_VALUES[field];
}

/** Every valid complete combination that agrees with the known fields of `facts`. */
function completionsOf(facts: RiskFacts, ages: readonly number[] = BAND_AGES): Complete[] {
  let out: Array<Record<string, unknown>> = [{}];
  for (const field of RISK_FIELDS) {
    const given = facts[field];
    const values = given === undefined || given === 'unknown' ? valuesOf(field, ages) : [given];
    out = out.flatMap((partial) => values.map((v) => ({ ...partial, [field]: v })));
  }
  return (out as Complete[]).filter(isValidCombination);
}

const ALL_COMPLETE = completionsOf({}, AGES);

describe('classifyRisk: the COG 2021 table, row by row', () => {
  const rows: Array<[string, RiskFacts, RuleId]> = [
    ['gives high risk for stage M at 18 months or older (H1)', { ...FAVORABLE, inrgStage: 'M', ageMonths: 18 }, 'H1'],
    [
      'gives high risk for stage M at 18 months or older even with every favorable feature (H1)',
      { ...FAVORABLE, inrgStage: 'M', ageMonths: 60 },
      'H1',
    ],
    ['gives high risk for stage M under 18 months with MYCN amplified (H2)', { ...FAVORABLE, inrgStage: 'M', ageMonths: 6, mycn: 'amplified' }, 'H2'],
    ['gives high risk for stage MS with MYCN amplified (H3)', { ...FAVORABLE, inrgStage: 'MS', ageMonths: 15, mycn: 'amplified' }, 'H3'],
    ['gives high risk for stage L2 with MYCN amplified (H3)', { ...FAVORABLE, inrgStage: 'L2', ageMonths: 6, mycn: 'amplified' }, 'H3'],
    [
      'gives high risk for stage L2, unfavorable histology, 18 months or older (H4)',
      { ...FAVORABLE, inrgStage: 'L2', ageMonths: 30, histology: 'unfavorable' },
      'H4',
    ],
    [
      'gives high risk for stage M at 12-18 months with unfavorable histology (H5)',
      { ...FAVORABLE, inrgStage: 'M', ageMonths: 14, histology: 'unfavorable' },
      'H5',
    ],
    [
      'gives high risk for stage MS at 12-18 months with an 11q aberration (H5)',
      { ...FAVORABLE, inrgStage: 'MS', ageMonths: 14, chr11q: 'aberrant' },
      'H5',
    ],
    [
      'gives high risk for stage M at 12-18 months with a 1p aberration (H5)',
      { ...FAVORABLE, inrgStage: 'M', ageMonths: 14, chr1p: 'aberrant' },
      'H5',
    ],
    [
      'gives high risk for stage MS at 12-18 months with a diploid tumor (H5)',
      { ...FAVORABLE, inrgStage: 'MS', ageMonths: 14, ploidy: 'diploid' },
      'H5',
    ],
    [
      'gives high risk for stage L1, incompletely resected, MYCN amplified (H6)',
      { ...FAVORABLE, inrgStage: 'L1', ageMonths: 6, mycn: 'amplified', resection: 'incomplete' },
      'H6',
    ],
    ['gives low risk for stage L1 without MYCN amplification (L1)', { ...FAVORABLE, inrgStage: 'L1', ageMonths: 6 }, 'L1'],
    [
      'gives low risk for stage L1 without MYCN amplification whatever the other features (L1)',
      { ...UNFAVORABLE, inrgStage: 'L1', ageMonths: 100 },
      'L1',
    ],
    [
      'gives low risk for stage L1, completely resected, MYCN amplified (L2)',
      { ...FAVORABLE, inrgStage: 'L1', ageMonths: 30, mycn: 'amplified' },
      'L2',
    ],
    ['gives low risk for stage MS under 12 months with all favorable features (L3)', { ...FAVORABLE, inrgStage: 'MS', ageMonths: 3 }, 'L3'],
    [
      'gives high risk, not low, for stage MS under 12 months with all favorable features but MYCN amplified (H3 before L3)',
      { ...FAVORABLE, inrgStage: 'MS', ageMonths: 3, mycn: 'amplified' },
      'H3',
    ],
    [
      'gives intermediate risk for stage M under 12 months without MYCN amplification, even if unfavorable',
      { ...UNFAVORABLE, inrgStage: 'M', ageMonths: 6 },
      'intermediate',
    ],
    [
      'gives intermediate risk for stage M at 12-18 months with all favorable features',
      { ...FAVORABLE, inrgStage: 'M', ageMonths: 15 },
      'intermediate',
    ],
    [
      'gives intermediate risk for stage MS under 12 months with symptoms',
      { ...FAVORABLE, inrgStage: 'MS', ageMonths: 6, symptomatic: true },
      'intermediate',
    ],
    [
      'gives intermediate risk for stage MS under 12 months with a 1p aberration',
      { ...FAVORABLE, inrgStage: 'MS', ageMonths: 6, chr1p: 'aberrant' },
      'intermediate',
    ],
    [
      'gives intermediate risk for stage MS under 12 months with a diploid tumor',
      { ...FAVORABLE, inrgStage: 'MS', ageMonths: 6, ploidy: 'diploid' },
      'intermediate',
    ],
    [
      'gives intermediate risk for stage MS at 12-18 months with all favorable features',
      { ...FAVORABLE, inrgStage: 'MS', ageMonths: 15 },
      'intermediate',
    ],
    [
      'gives intermediate risk for stage L2 without MYCN amplification and favorable histology',
      { ...FAVORABLE, inrgStage: 'L2', ageMonths: 30 },
      'intermediate',
    ],
    [
      'gives intermediate risk for stage L2 under 18 months with unfavorable histology',
      { ...UNFAVORABLE, inrgStage: 'L2', ageMonths: 17 },
      'intermediate',
    ],
  ];

  it.each(rows)('%s', (_name, facts, rule) => {
    const result = classifyRisk(facts);
    const group = RULES.find((r) => r.id === rule)?.group;
    expect(result).toMatchObject({ group, rule, possibleGroups: [group], decidingFactors: [], invalid: [], reasons: [] });
  });

  it('agrees with an independent transcription of the table on every complete combination', () => {
    expect(ALL_COMPLETE.length).toBe(6 * 4 * 128 - 2 * 128); // MS at 18 and 240 months left out
    for (const facts of ALL_COMPLETE) {
      const [group, rule] = oracle(facts);
      const result = classifyRisk(facts);
      if (result.group !== group || result.rule !== rule) {
        expect({ facts, group: result.group, rule: result.rule }).toEqual({ facts, group, rule });
      }
    }
  });
});

describe('classifyRisk: age boundaries at 12 and 18 months', () => {
  it('counts 11.99 months as under 12 and 12 months as 12-18', () => {
    expect(ageBand(11.99)).toBe('under-12-months');
    expect(ageBand(12)).toBe('12-to-18-months');
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'MS', ageMonths: 11.99 }).rule).toBe('L3');
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'MS', ageMonths: 12 }).rule).toBe('intermediate');
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'M', ageMonths: 11.99, chr11q: 'aberrant' }).group).toBe('intermediate');
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'M', ageMonths: 12, chr11q: 'aberrant' }).rule).toBe('H5');
  });

  it('counts 17.99 months as under 18 and 18 months as 18 or older', () => {
    expect(ageBand(17.99)).toBe('12-to-18-months');
    expect(ageBand(18)).toBe('18-months-or-older');
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'M', ageMonths: 17.99 }).group).toBe('intermediate');
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'M', ageMonths: 18 }).rule).toBe('H1');
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'L2', ageMonths: 17.99, histology: 'unfavorable' }).group).toBe('intermediate');
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'L2', ageMonths: 18, histology: 'unfavorable' }).rule).toBe('H4');
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'M', ageMonths: 17.99, mycn: 'amplified' }).rule).toBe('H2');
  });

  it('accepts age 0 (diagnosed at birth)', () => {
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'MS', ageMonths: 0 }).rule).toBe('L3');
  });
});

describe('classifyRisk: unknown facts', () => {
  it('gives high risk for stage M at 30 months with everything else unknown (H1)', () => {
    expect(classifyRisk({ inrgStage: 'M', ageMonths: 30 })).toEqual({
      group: 'high',
      rule: 'H1',
      possibleGroups: ['high'],
      decidingFactors: [],
      invalid: [],
      rules: ['H1'],
      matchedFacts: ['inrgStage', 'ageMonths'],
      reasons: [],
    });
  });

  it('is undetermined for stage L1, MYCN amplified, resection unknown, and names the resection (L2 vs H6)', () => {
    expect(classifyRisk({ inrgStage: 'L1', mycn: 'amplified' })).toEqual({
      group: 'undetermined',
      possibleGroups: ['low', 'high'],
      decidingFactors: ['resection'],
      invalid: [],
      rules: [],
      matchedFacts: [],
      reasons: ['unknown-facts-decide'],
    });
  });

  it("treats the value 'unknown' exactly like an absent field", () => {
    const absent = classifyRisk({ inrgStage: 'L1', mycn: 'amplified' });
    const unknown = classifyRisk({
      inrgStage: 'L1',
      mycn: 'amplified',
      resection: 'unknown',
      histology: 'unknown',
      ploidy: 'unknown',
      chr11q: 'unknown',
      chr1p: 'unknown',
      symptomatic: 'unknown',
    });
    expect(unknown).toEqual(absent);
  });

  it('gives low risk for stage L1 without MYCN amplification when age and everything else are unknown (L1)', () => {
    expect(classifyRisk({ inrgStage: 'L1', mycn: 'not-amplified' })).toMatchObject({
      group: 'low',
      rule: 'L1',
      matchedFacts: ['inrgStage', 'mycn'],
    });
  });

  it('gives low risk for stage L1, complete resection, MYCN unknown, and lists both rows that say so', () => {
    expect(classifyRisk({ inrgStage: 'L1', resection: 'complete' })).toMatchObject({
      group: 'low',
      rule: 'L1',
      rules: ['L1', 'L2'],
      matchedFacts: ['inrgStage', 'resection'],
    });
  });

  it('gives high risk for stage M with MYCN amplified whatever the age (H1 or H2)', () => {
    expect(classifyRisk({ inrgStage: 'M', mycn: 'amplified' })).toMatchObject({
      group: 'high',
      rule: 'H1',
      rules: ['H1', 'H2'],
      matchedFacts: ['inrgStage', 'mycn'],
    });
  });

  it('only completes an unknown age with ages stage MS allows (under 18 months)', () => {
    const facts: RiskFacts = { ...FAVORABLE, inrgStage: 'MS' };
    expect(classifyRisk(facts)).toMatchObject({
      group: 'undetermined',
      possibleGroups: ['low', 'intermediate'], // L3 under 12 months, intermediate at 12-18; never 18+
      decidingFactors: ['ageMonths'],
      invalid: [],
    });
  });

  it('does not complete an unknown stage with MS at 18 months or older', () => {
    // At 30 months, with every feature favorable and MYCN not amplified: L1 low, L2/M not low.
    const result = classifyRisk({ ...FAVORABLE, ageMonths: 30 });
    expect(result.possibleGroups).toEqual(['low', 'intermediate', 'high']);
    expect(result.decidingFactors).toEqual(['inrgStage']);
  });

  it('needs both 11q and 1p known to be normal for "no segmental aberrations" (L3)', () => {
    const { chr1p: _unknown, ...facts } = { ...FAVORABLE, inrgStage: 'MS' as const, ageMonths: 6 };
    expect(classifyRisk(facts)).toMatchObject({
      group: 'undetermined',
      possibleGroups: ['low', 'intermediate'],
      decidingFactors: ['chr1p'],
    });
  });

  it('names the symptoms as deciding only where L3 reads them', () => {
    const { symptomatic: _s, ...facts } = { ...FAVORABLE, inrgStage: 'MS' as const, ageMonths: 6 };
    expect(classifyRisk(facts).decidingFactors).toEqual(['symptomatic']);
    const { symptomatic: _t, ...older } = { ...FAVORABLE, inrgStage: 'MS' as const, ageMonths: 15 };
    expect(classifyRisk(older)).toMatchObject({ group: 'intermediate', decidingFactors: [] });
  });

  it('is undetermined with all three groups possible when nothing is known', () => {
    const result = classifyRisk({});
    expect(result.group).toBe('undetermined');
    expect(result.possibleGroups).toEqual(['low', 'intermediate', 'high']);
    expect(result.decidingFactors).toEqual([...RISK_FIELDS]);
    expect(result.rule).toBeUndefined();
  });
});

describe('classifyRisk: which facts led to the group', () => {
  it('names only the facts the group rests on, not every fact given', () => {
    expect(classifyRisk({ ...UNFAVORABLE, inrgStage: 'M', ageMonths: 40, mycn: 'amplified' }).matchedFacts).toEqual(['inrgStage', 'ageMonths']);
    // Under 18 months this is H2, but stage M with MYCN amplified is high at any age (H1 or H2).
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'M', ageMonths: 6, mycn: 'amplified' })).toMatchObject({
      rule: 'H2',
      matchedFacts: ['inrgStage', 'mycn'],
    });
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'M', ageMonths: 15, histology: 'unfavorable' }).matchedFacts).toEqual([
      'inrgStage',
      'ageMonths',
      'histology',
    ]);
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'L2', ageMonths: 30 }).matchedFacts).toEqual(['inrgStage', 'mycn', 'histology']);
  });

  it('names every favorable feature for L3', () => {
    expect(classifyRisk({ ...FAVORABLE, inrgStage: 'MS', ageMonths: 3 }).matchedFacts).toEqual([
      'inrgStage',
      'ageMonths',
      'mycn',
      'histology',
      'ploidy',
      'chr11q',
      'chr1p',
      'symptomatic',
    ]);
  });

  it('gives a set of facts that on its own determines the same group', () => {
    for (const facts of ALL_COMPLETE.filter((_, i) => i % 7 === 0)) {
      const result = classifyRisk(facts);
      const only = Object.fromEntries(result.matchedFacts.map((f) => [f, facts[f]])) as RiskFacts;
      expect(classifyRisk(only).group).toBe(result.group);
      for (const dropped of result.matchedFacts) {
        const fewer = Object.fromEntries(result.matchedFacts.filter((f) => f !== dropped).map((f) => [f, facts[f]]));
        expect(classifyRisk(fewer as RiskFacts).group).toBe('undetermined');
      }
    }
  });
});

describe('classifyRisk: invalid values', () => {
  const bad: Array<[string, Record<string, unknown>, RiskField]> = [
    ['a negative age', { ageMonths: -1 }, 'ageMonths'],
    ['an age that is NaN', { ageMonths: Number.NaN }, 'ageMonths'],
    ['an infinite age', { ageMonths: Number.POSITIVE_INFINITY }, 'ageMonths'],
    ['an age given as text', { ageMonths: '30' }, 'ageMonths'],
    ['an unknown stage name', { inrgStage: 'stage 4' }, 'inrgStage'],
    ['a stage in the wrong case', { inrgStage: 'm' }, 'inrgStage'],
    ['the old INSS stage 4S', { inrgStage: '4S' }, 'inrgStage'],
    ['MYCN as a boolean', { mycn: true }, 'mycn'],
    ['symptoms as text', { symptomatic: 'yes' }, 'symptomatic'],
    ['null histology', { histology: null }, 'histology'],
    ['an object for ploidy', { ploidy: {} }, 'ploidy'],
    ['a number for 11q', { chr11q: 1 }, 'chr11q'],
    ['an array for 1p', { chr1p: ['normal'] }, 'chr1p'],
    ['a misspelled resection', { resection: 'completed' }, 'resection'],
  ];

  it.each(bad)('is undetermined and names the field for %s', (_name, values, field) => {
    const result = classifyRisk({ inrgStage: 'M', ageMonths: 30, ...values } as RiskFacts);
    expect(result.group).toBe('undetermined');
    expect(result.invalid).toEqual([field]);
    expect(result.reasons).toContain('invalid-values');
    expect(result.rule).toBeUndefined();
  });

  it('treats an invalid value as unknown when listing what is still possible', () => {
    const result = classifyRisk({ inrgStage: 'M', ageMonths: Number.NaN });
    expect(result.possibleGroups).toEqual(['intermediate', 'high']);
    expect(result.decidingFactors).toContain('ageMonths');
  });

  it('names several invalid fields in intake order', () => {
    const result = classifyRisk({ symptomatic: 'no', ageMonths: -3, inrgStage: 'X' } as unknown as RiskFacts);
    expect(result.invalid).toEqual(['inrgStage', 'ageMonths', 'symptomatic']);
  });

  it('does not throw on input that is not an object', () => {
    for (const input of [null, undefined, 42, 'M', true, Symbol('x'), () => 1]) {
      const result = classifyRisk(input as unknown as RiskFacts);
      expect(result.group).toBe('undetermined');
      expect(result.reasons).toContain('facts-not-an-object');
    }
  });

  it('does not throw when reading a field throws', () => {
    const facts = Object.defineProperty({ inrgStage: 'M' }, 'ageMonths', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(classifyRisk(facts as RiskFacts)).toMatchObject({ group: 'undetermined', invalid: ['ageMonths'] });
  });
});

describe('classifyRisk: stage MS at 18 months or older', () => {
  it('is undetermined, says why, and names both answers', () => {
    const result = classifyRisk({ ...FAVORABLE, inrgStage: 'MS', ageMonths: 18 });
    expect(result.group).toBe('undetermined');
    expect(result.reasons).toContain('ms-requires-under-18-months');
    expect(result.invalid).toEqual(['inrgStage', 'ageMonths']);
  });

  it('accepts stage MS at 17.99 months', () => {
    const result = classifyRisk({ ...FAVORABLE, inrgStage: 'MS', ageMonths: 17.99 });
    expect(result).toMatchObject({ group: 'intermediate', invalid: [], reasons: [] });
  });
});

describe('the table as data', () => {
  it('lists the rows in the order of the source, high before low before intermediate', () => {
    expect(RULES.map((r) => r.id)).toEqual(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L1', 'L2', 'L3', 'intermediate']);
    expect(RULES.map((r) => r.group)).toEqual([...Array(6).fill('high'), 'low', 'low', 'low', 'intermediate']);
    expect(RULES.at(-1)?.when).toEqual([]);
  });

  it('describes each row as plain conditions', () => {
    const h1 = RULES.find((r) => r.id === 'H1');
    const h5 = RULES.find((r) => r.id === 'H5');
    expect(h1 && describeRule(h1)).toEqual({
      id: 'H1',
      group: 'high',
      conditions: ['inrgStage is M', 'ageMonths is 18-months-or-older'],
    });
    expect(h5 && describeRule(h5).conditions[2]).toBe('any of: histology is unfavorable; chr11q is aberrant; chr1p is aberrant; ploidy is diploid');
  });

  it('asks about every field of RiskFacts exactly once', () => {
    const fields: Record<RiskField, true> = {
      ageMonths: true,
      inrgStage: true,
      mycn: true,
      histology: true,
      ploidy: true,
      chr11q: true,
      chr1p: true,
      symptomatic: true,
      resection: true,
    };
    expect([...RISK_FIELDS].sort()).toEqual(Object.keys(fields).sort());
  });
});

describe('fieldsThatCanChange: the intake asks only what can still change the answer', () => {
  it('is empty once the group is determined', () => {
    expect(fieldsThatCanChange({ inrgStage: 'M', ageMonths: 30 })).toEqual([]);
    expect(fieldsThatCanChange({ inrgStage: 'L1', mycn: 'not-amplified' })).toEqual([]);
  });

  it('skips age for stage L1', () => {
    expect(fieldsThatCanChange({ inrgStage: 'L1' })).toEqual(['mycn', 'resection']);
  });

  it('asks resection only for stage L1 with MYCN amplified', () => {
    expect(fieldsThatCanChange({ inrgStage: 'L1', mycn: 'amplified' })).toEqual(['resection']);
    expect(fieldsThatCanChange({ inrgStage: 'M', ageMonths: 15 })).not.toContain('resection');
  });

  it('lists fields in intake order, stage first', () => {
    const fields = fieldsThatCanChange({});
    expect(fields[0]).toBe('inrgStage');
    expect(fields).toEqual(RISK_FIELDS.filter((f) => fields.includes(f)));
  });

  it('intake order: asking stage first never asks more questions than asking age first', () => {
    const ageFirst: RiskField[] = ['ageMonths', ...RISK_FIELDS.filter((f) => f !== 'ageMonths')];
    /** Questions an intake asks, answering from `truth`, asking the first field that can change. */
    const questions = (order: readonly RiskField[], truth: Complete): number => {
      const facts: Record<string, unknown> = {};
      for (let asked = 0; ; asked++) {
        const open = fieldsThatCanChange(facts as RiskFacts);
        const next = order.find((f) => open.includes(f));
        if (next === undefined) return asked;
        facts[next] = truth[next];
      }
    };
    let total = 0;
    let totalAgeFirst = 0;
    for (const truth of completionsOf({})) {
      const n = questions(RISK_FIELDS, truth);
      const m = questions(ageFirst, truth);
      expect(n).toBeLessThanOrEqual(m);
      if (truth.inrgStage === 'L1') expect(n).toBe(m - 1);
      total += n;
      totalAgeFirst += m;
    }
    const count = completionsOf({}).length;
    expect((total / count).toFixed(2)).toBe('3.08'); // the figures quoted at RISK_FIELDS
    expect((totalAgeFirst / count).toFixed(2)).toBe('3.35');
  }, 30_000);
});

// ---------------------------------------------------------------------------------------------
// Properties

const validValue = (field: RiskField): fc.Arbitrary<unknown> =>
  field === 'ageMonths'
    ? fc.oneof(fc.constantFrom(0, 11.99, 12, 17.99, 18, 'unknown'), fc.double({ min: 0, max: 300, noNaN: true }))
    : fc.constantFrom(...RISK_FIELD_VALUES[field], 'unknown');

const record = (value: (field: RiskField) => fc.Arbitrary<unknown>): fc.Arbitrary<RiskFacts> =>
  fc.record(Object.fromEntries(RISK_FIELDS.map((f) => [f, value(f)])) as Record<RiskField, fc.Arbitrary<unknown>>, {
    requiredKeys: [],
  }) as fc.Arbitrary<RiskFacts>;

/** Valid facts, any subset known; stage MS at 18 months or older excluded. */
const validFacts = record(validValue).filter((f) => !(f.inrgStage === 'MS' && typeof f.ageMonths === 'number' && f.ageMonths >= 18));

/** Any mix of valid values, 'unknown' and arbitrary junk. */
const anyFacts = record((f) => fc.oneof(validValue(f), fc.anything()));

const groupsOf = (facts: RiskFacts): Set<RiskGroup> => new Set(completionsOf(facts).map((c) => oracle(c)[0]));

describe('classifyRisk: properties', () => {
  it('never throws, on anything at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), anyFacts), (input) => {
        const result = classifyRisk(input as RiskFacts);
        expect(['low', 'intermediate', 'high', 'undetermined']).toContain(result.group);
      }),
      { numRuns: runs(500) },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyFacts, (facts) => {
        expect(classifyRisk(facts)).toEqual(classifyRisk(facts));
      }),
    );
  });

  it('gives a group only when valid, with one possible group, no deciding fields and a rule of that group', () => {
    fc.assert(
      fc.property(anyFacts, (facts) => {
        const r = classifyRisk(facts);
        const determined = r.group !== 'undetermined';
        expect(determined).toBe(r.invalid.length === 0 && r.possibleGroups.length === 1);
        if (determined) {
          expect(r.possibleGroups).toEqual([r.group]);
          expect(r.decidingFactors).toEqual([]);
          expect(RULES.find((rule) => rule.id === r.rule)?.group).toBe(r.group);
        } else {
          expect(r.rule).toBeUndefined();
          expect(r.reasons.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('is sound: a determined group is the group of every completion of the unknown facts', () => {
    fc.assert(
      fc.property(validFacts, (facts) => {
        const r = classifyRisk(facts);
        const groups = groupsOf(facts);
        expect(r.possibleGroups).toEqual((['low', 'intermediate', 'high'] as const).filter((g) => groups.has(g)));
        if (r.group !== 'undetermined') expect([...groups]).toEqual([r.group]);
        else expect(groups.size).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: runs(300) },
    );
  });

  it('names exactly the unknown fields that, changed alone, change the group', () => {
    fc.assert(
      fc.property(validFacts, (facts) => {
        const cases = completionsOf(facts);
        const unknown = RISK_FIELDS.filter((f) => facts[f] === undefined || facts[f] === 'unknown');
        const deciding = unknown.filter((field) => {
          const seen = new Map<string, RiskGroup>();
          return cases.some((c) => {
            const key = JSON.stringify(RISK_FIELDS.filter((f) => f !== field).map((f) => c[f]));
            const group = oracle(c)[0];
            const before = seen.get(key);
            seen.set(key, before ?? group);
            return before !== undefined && before !== group;
          });
        });
        expect(classifyRisk(facts).decidingFactors).toEqual(deciding);
      }),
      { numRuns: runs(200) },
    );
  });

  it('fieldsThatCanChange is empty exactly when the group is determined', () => {
    fc.assert(
      fc.property(validFacts, (facts) => {
        const determined = classifyRisk(facts).group !== 'undetermined';
        expect(fieldsThatCanChange(facts).length === 0).toBe(determined);
      }),
      { numRuns: runs(300) },
    );
  });

  it('keeps a determined group when an unknown fact is answered', () => {
    fc.assert(
      fc.property(validFacts, fc.nat(), (facts, pick) => {
        const r = classifyRisk(facts);
        fc.pre(r.group !== 'undetermined');
        const unknown = RISK_FIELDS.filter((f) => facts[f] === undefined || facts[f] === 'unknown');
        fc.pre(unknown.length > 0);
        const extended = completionsOf(facts)[pick % completionsOf(facts).length];
        expect(classifyRisk(extended as RiskFacts).group).toBe(r.group);
      }),
      { numRuns: runs(200) },
    );
  });
});
