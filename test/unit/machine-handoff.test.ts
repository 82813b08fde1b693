import { currentStep, type HelplineEvent } from '../../flows';
import { walker } from '../fixtures/walker';

/**
 * The hand-off offers the way back to the assistant (docs/product.md: outside chat hours it "offers the
 * phone and the assistant"), returning the visitor to where they were, answers intact.
 */
const start = (...events: HelplineEvent[]) => walker('en', ...events);
type Actor = ReturnType<typeof start>;
const at = (actor: Actor) => currentStep(actor.getSnapshot());
const answer = (value: string | number): HelplineEvent => ({ type: 'ANSWER', value });
const keepTalking = (actor: Actor) => {
  const option = at(actor).options.find((o) => o.label === 'opt.keepTalking');
  expect(option, `offered at ${at(actor).id}`).toBeDefined();
  actor.send(option!.event as HelplineEvent);
};

describe('the hand-off', () => {
  it('offers to keep talking with the assistant, then to start over', () => {
    expect(at(start({ type: 'HANDOFF' })).options.map((o) => o.label)).toEqual(['opt.keepTalking', 'opt.startOver']);
  });

  it('returns to the question the visitor left, with their answers as they were', () => {
    const actor = start({ type: 'LEARN' }, answer('parent'), answer('no'), answer('M'));
    expect(at(actor).id).toBe('intake.age');
    actor.send({ type: 'HANDOFF' });
    expect(at(actor).id).toBe('handoff');
    keepTalking(actor);
    expect(at(actor).id).toBe('intake.age');
    expect(at(actor).answers).toMatchObject({ audience: 'parent', facts: { inrgStage: 'M' } });
    actor.send(answer(24));
    expect(at(actor).id).toBe('risk.high');
  });

  it('straight from the welcome, leads back to the welcome rather than nowhere', () => {
    const actor = start({ type: 'HANDOFF' });
    expect(actor.session.moves).toHaveLength(1);
    keepTalking(actor);
    expect(at(actor).id).toBe('welcome');
  });

  it('leads back after a start over and a second hand-off too', () => {
    const actor = start({ type: 'RECURRENCE' }, { type: 'HANDOFF' }, { type: 'RESTART' }, { type: 'HANDOFF' });
    keepTalking(actor);
    expect(at(actor).id).toBe('welcome');
  });

  it('leads back to the emergency numbers when the visitor came from them', () => {
    const actor = start({ type: 'EMERGENCY' }, { type: 'HANDOFF' });
    keepTalking(actor);
    expect(at(actor).id).toBe('emergency');
  });
});
