import { classifyRisk, currentStep, nextQuestion, readAnswer, type RiskFacts, type RiskField } from '../../flows';
import { RISK_FIELD_VALUES, type CompleteFacts } from '../../flows/risk';
import { walker } from '../fixtures/walker';

/** The age each age button sends (content catalog), one per band, plus the under-6-months one. */
const AGE_FOR_BAND = { 'under-12-months': 9, '12-to-18-months': 15, '18-months-or-older': 24 } as const;

/** Every complete, possible combination of the risk table's facts, with a real age in months. */
function everyCombination(): RiskFacts[] {
  const fields = Object.keys(RISK_FIELD_VALUES) as RiskField[];
  let rows: Record<string, unknown>[] = [{}];
  for (const field of fields) {
    rows = rows.flatMap((row) =>
      (RISK_FIELD_VALUES[field] as readonly unknown[]).map((value) => ({
        ...row,
        [field]: field === 'ageMonths' ? AGE_FOR_BAND[value as CompleteFacts['ageMonths']] : value,
      })),
    );
  }
  return (rows as RiskFacts[]).filter((facts) => !(facts.inrgStage === 'MS' && (facts.ageMonths ?? 0) >= 18));
}

/** The value the button for `field` sends when the true answer is `value`. */
const buttonValue = (field: RiskField, value: unknown) => (field === 'symptomatic' ? (value ? 'yes' : 'no') : (value as string | number));

/** Walks the intake by buttons, answering each question from `facts` until one it has no answer for. */
function walkIntake(facts: RiskFacts) {
  const actor = walker('en');
  for (const event of [{ type: 'LEARN' }, { type: 'ANSWER', value: 'parent' }, { type: 'ANSWER', value: 'no' }] as const) actor.send(event);
  const asked: RiskField[] = [];
  for (let step = currentStep(actor.getSnapshot()); step.field && facts[step.field] !== undefined; step = currentStep(actor.getSnapshot())) {
    asked.push(step.field);
    actor.send({ type: 'ANSWER', value: buttonValue(step.field, facts[step.field]) });
  }
  return { actor, asked };
}

describe('the intake', () => {
  it('asks the stage first: no group can be given without it', () => {
    expect(nextQuestion({}, [])).toBe('inrgStage');
  });

  it('skips the questions that cannot change the answer', () => {
    // Stage M at 30 months is high risk whatever else is true (H1).
    expect(nextQuestion({ inrgStage: 'M', ageMonths: 30 }, ['inrgStage', 'ageMonths'])).toBeNull();
    // L1: age never matters, MYCN does.
    expect(nextQuestion({ inrgStage: 'L1' }, ['inrgStage'])).toBe('mycn');
  });

  it('does not ask again a question answered "I don\'t know"', () => {
    expect(nextQuestion({ inrgStage: 'L1', mycn: 'unknown' }, ['inrgStage', 'mycn'])).toBe('resection');
    expect(nextQuestion({ inrgStage: 'L1', mycn: 'unknown', resection: 'unknown' }, ['inrgStage', 'mycn', 'resection'])).toBeNull();
  });

  it('stops asking when the answers contradict each other (stage MS at 18 months or older)', () => {
    expect(nextQuestion({ inrgStage: 'MS', ageMonths: 24 }, ['inrgStage', 'ageMonths'])).toBeNull();
  });

  it('reads button and typed answers as risk facts', () => {
    expect(readAnswer('ageMonths', 15)).toBe(15);
    expect(readAnswer('ageMonths', -1)).toBeUndefined();
    expect(readAnswer('ageMonths', 'L1')).toBeUndefined();
    expect(readAnswer('symptomatic', 'yes')).toBe(true);
    expect(readAnswer('symptomatic', 'no')).toBe(false);
    expect(readAnswer('mycn', 'not-amplified')).toBe('not-amplified');
    expect(readAnswer('mycn', 'maybe')).toBeUndefined();
    expect(readAnswer('chr1p', 'unknown')).toBe('unknown');
  });

  it('reaches the group of every combination in the risk table by buttons, asking only what matters', () => {
    const combinations = everyCombination();
    expect(combinations).toHaveLength(1408);
    let questions = 0;
    for (const facts of combinations) {
      const expected = classifyRisk(facts);
      const { actor, asked } = walkIntake(facts);
      questions += asked.length;
      const snapshot = actor.getSnapshot();
      const step = currentStep(snapshot);
      expect(step.id, JSON.stringify(facts)).toBe(`risk.${expected.group}`);
      expect(step.risk?.group).toBe(expected.group);
      // Never asked twice, and never asked something the table did not need to settle it.
      expect(new Set(asked).size).toBe(asked.length);
      const known = Object.fromEntries(asked.map((field) => [field, facts[field]]));
      expect(classifyRisk(known).group).toBe(expected.group);
      actor.send({ type: 'NEXT' });
      const treatment = currentStep(actor.getSnapshot()).id;
      const infantMS = expected.group === 'low' && facts.inrgStage === 'MS';
      expect(treatment).toBe(infantMS ? 'treatment.infantMS' : expected.group === 'high' ? 'treatment.high.overview' : `treatment.${expected.group}`);
    }
    // risk.ts measured 3.08 questions on average for this order; the machine asks exactly that.
    expect(questions / combinations.length).toBeCloseTo(3.08, 2);
  }, 60_000);

  it('offers to stop asking after two "I don’t know" answers, and then shows the result with what to ask', () => {
    const { actor } = walkIntake({ inrgStage: 'M' });
    const labels = () => currentStep(actor.getSnapshot()).options.map((option) => option.label);
    expect(labels()).not.toContain('opt.stopAsking');
    // Not offered, so not taken: NEXT (typed "next") leaves the question where it is.
    const first = currentStep(actor.getSnapshot()).id;
    actor.send({ type: 'NEXT' });
    expect(currentStep(actor.getSnapshot()).id).toBe(first);
    actor.send({ type: 'ANSWER', value: 'unknown' });
    expect(labels()).not.toContain('opt.stopAsking');
    actor.send({ type: 'ANSWER', value: 'unknown' });
    const step = currentStep(actor.getSnapshot());
    expect(step.id).toMatch(/^intake\./);
    expect(labels()).toContain('opt.stopAsking');
    actor.send(step.options.find((option) => option.label === 'opt.stopAsking')!.event as { type: 'NEXT' });
    const result = currentStep(actor.getSnapshot());
    expect(result.id).toBe('risk.undetermined');
    expect(result.risk?.decidingFactors.length).toBeGreaterThan(0);
  });

  it('gives an undetermined estimate with its deciding factors when the visitor does not know', () => {
    const { actor } = walkIntake({ inrgStage: 'L1', mycn: 'amplified', resection: 'unknown' });
    const step = currentStep(actor.getSnapshot());
    expect(step.id).toBe('risk.undetermined');
    expect(step.risk?.decidingFactors).toEqual(['resection']);
    // Only the groups still possible are offered (L2 low vs H6 high).
    expect(step.options.map((option) => option.label)).toEqual(['opt.read.low', 'opt.read.high', 'opt.talkToPerson']);
    actor.send({ type: 'ANSWER', value: 'intermediate' });
    expect(currentStep(actor.getSnapshot()).id).toBe('risk.undetermined');
    actor.send({ type: 'ANSWER', value: 'high' });
    expect(currentStep(actor.getSnapshot()).id).toBe('treatment.high.overview');
  });

  it('asks to check the stage or the age when the answers cannot go together, instead of giving a group', () => {
    const { actor, asked } = walkIntake({ inrgStage: 'MS', ageMonths: 24 });
    expect(asked).toEqual(['inrgStage', 'ageMonths']);
    const step = currentStep(actor.getSnapshot());
    expect(step.id).toBe('intake.checkStageAge');
    expect(step.risk?.reasons).toContain('ms-requires-under-18-months');
  });

  it('explains a question without leaving it', () => {
    const { actor } = walkIntake({});
    const step = currentStep(actor.getSnapshot());
    expect(step.id).toBe('intake.stage');
    expect(step.explain).toBe('intake.stage.explain');
    expect(step.options.map((option) => option.label)).toEqual(expect.arrayContaining(['opt.dontKnow', 'opt.whatMeans']));
    actor.send({ type: 'EXPLAIN' });
    expect(currentStep(actor.getSnapshot()).id).toBe('intake.stage');
  });

  it('ignores an answer that does not fit the question', () => {
    const { actor } = walkIntake({});
    actor.send({ type: 'ANSWER', value: 'amplified' });
    expect(currentStep(actor.getSnapshot()).id).toBe('intake.stage');
    expect(actor.getSnapshot().context.facts).toEqual({});
  });
});
