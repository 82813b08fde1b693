import { en } from '../../content/en';
import { currentStep, type HelplineEvent } from '../../flows';
import { recordOf } from '../../flows/record';
import { buildSummary, summaryText } from '../../widget/summary/build';
import { visitorRecord } from '../../widget/summary/visitor-summary';
import { words } from '../../widget/summary/words';
import { walker } from '../fixtures/walker';

const t = words(en, { phone: '1-800-227-2345', emergency: '911' });

/** Drives the real machine and keeps the lines it says, as the visitor's transcript would. */
function visit(events: HelplineEvent[]) {
  const actor = walker('en');
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
  return { step: currentStep(actor.getSnapshot()), session: actor.session, said };
}

describe('the visitor’s hand-off summary', () => {
  it('turns the moves back into the options the visitor chose, a typed age into its band', () => {
    const { session } = visit([
      { type: 'LEARN' },
      { type: 'ANSWER', value: 'parent' },
      { type: 'ANSWER', value: 'no' },
      { type: 'ANSWER', value: 'MS' },
      { type: 'ANSWER', value: 9 },
      { type: 'ANSWER', value: 'unknown' },
    ]);
    expect(recordOf(session, []).answers).toEqual([
      { step: 'audience', label: 'opt.audience.parent', value: 'parent' },
      { step: 'knowsGroup', label: 'opt.no', value: 'no' },
      { step: 'intake.stage', label: 'opt.stage.MS', value: 'MS' },
      { step: 'intake.age', label: 'opt.age.6to11m', value: 9 },
      { step: 'intake.mycn', label: 'opt.dontKnow', value: 'unknown' },
    ]);
  });

  it('tells the specialist what the visitor answered and was told, after a real conversation', () => {
    const { step, session, said } = visit([
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
    const text = summaryText(buildSummary(visitorRecord(session, said), t, 'visitor'));
    expect(text).toContain(
      'What to tell the specialist\n- Who is calling: I’m a parent or caregiver\n- Knows the risk group: No\n- Where the tumor is (stage): Spread to far parts of the body (M)\n- Age at diagnosis: 18 months or older',
    );
    expect(text).toContain('Estimate from the answers: High risk\n');
    // The estimate carried into treatment is not reported as a group the care team gave.
    expect(text).not.toContain('Risk group from the care team');
    expect(text).toContain('Where the tumor is (stage): what it means');
    expect(text).toContain('Treatment for high risk: overview');
    expect(text).toContain('Questions for your child’s care team');
  });

  it('drops an answer the visitor took back', () => {
    const { session, said } = visit([
      { type: 'LEARN' },
      { type: 'ANSWER', value: 'parent' },
      { type: 'ANSWER', value: 'no' },
      { type: 'ANSWER', value: 'M' },
      { type: 'BACK' },
      { type: 'HANDOFF' },
    ]);
    const text = summaryText(buildSummary(visitorRecord(session, said), t, 'visitor'));
    expect(text).not.toContain('Where the tumor is (stage)');
  });

  it('reads a conversation as it grows, and then another one, as it would read each afresh', () => {
    const { session, said } = visit([
      { type: 'LEARN' },
      { type: 'ANSWER', value: 'parent' },
      { type: 'ANSWER', value: 'no' },
      { type: 'EXPLAIN' },
      { type: 'HANDOFF' },
    ]);
    const afresh = (lines: typeof said) =>
      visitorRecord(
        session,
        lines.map((line) => ({ ...line })),
      );
    // The transcript as the widget keeps it: a new list on each turn, the lines said before kept as they are.
    const growing = said.map((_, index) => visitorRecord(session, said.slice(0, index + 1)));
    expect(growing).toEqual(said.map((_, index) => afresh(said.slice(0, index + 1))));
    expect(growing.at(-1)!.explained).toEqual(['intake.stage.explain']);
    const other = visit([{ type: 'HANDOFF' }]);
    expect(visitorRecord(other.session, other.said)).toEqual(
      visitorRecord(
        other.session,
        other.said.map((line) => ({ ...line })),
      ),
    );
    expect(visitorRecord(other.session, other.said).explained).toEqual([]);
  });
});
