import { createActor } from 'xstate';
import { en } from '../../content/en';
import { currentStep, helplineMachine, type HelplineEvent } from '../../flows';
import { answersFromMemory } from '../../flows/summary';
import { buildSummary, summaryText } from '../../widget/summary/build';
import { visitorRecord } from '../../widget/summary/visitor-summary';
import { words } from '../../widget/summary/words';

const t = words(en, { phone: '1-800-227-2345', emergency: '911' });

/** Drives the real machine and keeps the lines it says, as the visitor's transcript would. */
function visit(events: HelplineEvent[]) {
  const actor = createActor(helplineMachine, { input: { locale: 'en' } }).start();
  const said: { by: string; key: string; step: string }[] = [];
  const say = () => {
    const step = currentStep(actor.getSnapshot());
    for (const key of step.say) said.push({ by: 'bot', key, step: step.id });
  };
  say();
  for (const event of events) {
    const before = currentStep(actor.getSnapshot());
    actor.send(event);
    const after = currentStep(actor.getSnapshot());
    if (event.type === 'EXPLAIN' && after.explain) said.push({ by: 'bot', key: after.explain, step: after.id });
    else if (after.id !== before.id) say();
  }
  return { step: currentStep(actor.getSnapshot()), said };
}

describe('the visitor’s hand-off summary', () => {
  it('turns what the machine remembers back into the options the visitor chose', () => {
    expect(
      answersFromMemory({ audience: 'parent', facts: { inrgStage: 'MS', ageMonths: 9, mycn: 'unknown', symptomatic: false, resection: 'unknown' } }),
    ).toEqual([
      { step: 'audience', label: 'opt.audience.parent', value: 'parent' },
      { step: 'intake.stage', label: 'opt.stage.MS', value: 'MS' },
      { step: 'intake.age', label: 'opt.age.6to11m', value: 9 },
      { step: 'intake.mycn', label: 'opt.dontKnow', value: 'unknown' },
      { step: 'intake.resection', label: 'opt.resection.notYet', value: 'unknown' },
      { step: 'intake.symptoms', label: 'opt.no', value: false },
    ]);
  });

  it('tells the specialist what the visitor answered and was told, after a real conversation', () => {
    const { step, said } = visit([
      { type: 'LEARN' },
      { type: 'ANSWER', value: 'parent' },
      { type: 'ANSWER', value: 'no' },
      { type: 'EXPLAIN' },
      { type: 'ANSWER', value: 'M' },
      { type: 'ANSWER', value: 24 },
      { type: 'NEXT' },
      { type: 'HANDOFF' },
    ]);
    expect(step.id).toBe('handoff');
    const text = summaryText(buildSummary(visitorRecord(step, said), t, 'visitor'));
    expect(text).toContain(
      'What to tell the specialist\n- Who is calling: I’m a parent or caregiver\n- Where the tumor is (stage): Spread to far parts of the body (M)\n- Age at diagnosis: 18 months or older',
    );
    expect(text).toContain('Estimate from the answers: High risk\n');
    // The estimate carried into treatment is not reported as a group the care team gave.
    expect(text).not.toContain('Risk group from the care team');
    expect(text).toContain('Where the tumor is (stage): what it means');
    expect(text).toContain('Treatment for high risk: overview');
    expect(text).toContain('Questions for your child’s care team');
  });

  it('drops an answer the visitor took back', () => {
    const { step, said } = visit([
      { type: 'LEARN' },
      { type: 'ANSWER', value: 'parent' },
      { type: 'ANSWER', value: 'no' },
      { type: 'ANSWER', value: 'M' },
      { type: 'BACK' },
      { type: 'HANDOFF' },
    ]);
    const text = summaryText(buildSummary(visitorRecord(step, said), t, 'visitor'));
    expect(text).not.toContain('Where the tumor is (stage)');
  });

  it('reads a conversation as it grows, and then another one, as it would read each afresh', () => {
    const { step, said } = visit([
      { type: 'LEARN' },
      { type: 'ANSWER', value: 'parent' },
      { type: 'ANSWER', value: 'no' },
      { type: 'EXPLAIN' },
      { type: 'HANDOFF' },
    ]);
    const afresh = (lines: typeof said) =>
      visitorRecord(
        step,
        lines.map((line) => ({ ...line })),
      );
    // The transcript as the widget keeps it: a new list on each turn, the lines said before kept as they are.
    const growing = said.map((_, index) => visitorRecord(step, said.slice(0, index + 1)));
    expect(growing).toEqual(said.map((_, index) => afresh(said.slice(0, index + 1))));
    expect(growing.at(-1)!.explained).toEqual(['intake.stage.explain']);
    const other = visit([{ type: 'HANDOFF' }]);
    expect(visitorRecord(other.step, other.said)).toEqual(
      visitorRecord(
        other.step,
        other.said.map((line) => ({ ...line })),
      ),
    );
    expect(visitorRecord(other.step, other.said).explained).toEqual([]);
  });
});
