import fc from 'fast-check';
import { createActor } from 'xstate';
import { GLOSSARY_TERMS, classifyRisk, currentStep, helplineMachine, restoreConversation, saveConversation, type HelplineEvent } from '../../flows';
import { runs } from '../fixtures/property-runs';

/** A visitor's move: one of the options on screen (by position), or any event at all. */
type Move = { pick: number } | { send: HelplineEvent } | { reload: true };

const anyValue = fc.oneof(
  fc.constantFrom('yes', 'no', 'unknown', 'L1', 'MS', 'amplified', 'high', 'cns', 'parent', 'infantMS'),
  fc.string(),
  fc.double(),
  fc.integer({ min: -5, max: 40 }),
);

const anyEvent: fc.Arbitrary<HelplineEvent> = fc.oneof(
  fc.constantFrom<HelplineEvent>(
    { type: 'LEARN' },
    { type: 'RECURRENCE' },
    { type: 'TRIALS' },
    { type: 'QUESTIONS' },
    { type: 'HANDOFF' },
    { type: 'EMERGENCY' },
    { type: 'RESTART' },
    { type: 'BACK' },
    { type: 'NEXT' },
    { type: 'EXPLAIN' },
    { type: 'SET_LOCALE', locale: 'es' },
    { type: 'SET_LOCALE', locale: 'en' },
  ),
  fc.record({ type: fc.constant('ANSWER' as const), value: anyValue }),
  fc.record({ type: fc.constant('EXPLAIN_TERM' as const), term: fc.oneof(fc.constantFrom(...GLOSSARY_TERMS), fc.string()) }),
);

// Mostly the options on screen, so random walks get deep into the intake and recurrence.
const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 6, arbitrary: fc.nat(9).map((pick) => ({ pick })) },
  { weight: 3, arbitrary: anyEvent.map((send) => ({ send })) },
  { weight: 1, arbitrary: fc.constant({ reload: true as const }) },
);

const start = () => createActor(helplineMachine, { input: { locale: 'en' } }).start();
type Actor = ReturnType<typeof start>;

/** Saves and restores as the widget does on a page reload. */
function reload(actor: Actor): Actor {
  const saved = saveConversation(actor.getPersistedSnapshot(), []);
  const restored = restoreConversation(saved);
  expect(restored, 'a snapshot the machine wrote restores').not.toBeNull();
  const again = createActor(helplineMachine, { input: { locale: 'en' }, snapshot: restored!.snapshot as never }).start();
  expect(again.getSnapshot().value).toEqual(actor.getSnapshot().value);
  expect(again.getSnapshot().context).toEqual(JSON.parse(JSON.stringify(actor.getSnapshot().context)));
  actor.stop();
  return again;
}

describe('the conversation under random use', () => {
  it('never throws, never gets stuck, keeps the helpline one step away, and survives reloads', () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 30 }), (moves) => {
        let actor = start();
        for (const m of moves) {
          if ('reload' in m) actor = reload(actor);
          else {
            const options = currentStep(actor.getSnapshot()).options;
            const event = 'send' in m ? m.send : options[m.pick % Math.max(options.length, 1)]?.event;
            if (event) actor.send(event as HelplineEvent);
          }
          const snapshot = actor.getSnapshot();
          expect(snapshot.status).toBe('active');
          const step = currentStep(snapshot);
          // A way on from every step: its options, or back to where the visitor came from.
          expect(step.options.length > 0 || snapshot.can({ type: 'BACK' }), step.id).toBe(true);
          if (step.id !== 'handoff') expect(snapshot.can({ type: 'HANDOFF' }), step.id).toBe(true);
          expect(snapshot.can({ type: 'EMERGENCY' }) || step.id === 'emergency').toBe(true);
          // The estimate on show is always the one the answers give.
          if (snapshot.context.result) expect(snapshot.context.result).toEqual(classifyRisk(snapshot.context.facts));
        }
        actor.stop();
      }),
      { numRuns: runs(2000) },
    );
  }, 120_000);

  it('BACK undoes every move forward, answers included', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(9), { minLength: 1, maxLength: 15 }), (picks) => {
        const actor = start();
        const visited = [{ id: currentStep(actor.getSnapshot()).id, facts: actor.getSnapshot().context.facts }];
        for (const pick of picks) {
          const before = currentStep(actor.getSnapshot());
          const option = before.options[pick % before.options.length];
          // Start over erases the way back by design; EXPLAIN and staying put are not moves; the
          // hand-off's "keep talking" is a BACK itself (docs/product.md), checked below.
          if (!option || option.event.type === 'RESTART' || option.event.type === 'BACK') continue;
          actor.send(option.event as HelplineEvent);
          const after = currentStep(actor.getSnapshot());
          if (after.id !== before.id) visited.push({ id: after.id, facts: actor.getSnapshot().context.facts });
        }
        for (let i = visited.length - 2; i >= 0; i--) {
          actor.send({ type: 'BACK' });
          expect(currentStep(actor.getSnapshot()).id).toBe(visited[i]!.id);
          expect(actor.getSnapshot().context.facts).toEqual(visited[i]!.facts);
        }
        expect(actor.getSnapshot().context.trail).toEqual([]);
      }),
      { numRuns: runs(1000) },
    );
  }, 120_000);
});
