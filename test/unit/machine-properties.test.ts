import fc from 'fast-check';
import {
  GLOSSARY_TERMS,
  classifyRisk,
  readSession,
  send,
  startSession,
  stateOf,
  stepOf,
  toSavedSession,
  type HelplineEvent,
  type Session,
} from '../../flows';
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

/** Saves and restores as the widget does on a page reload: the moves, replayed. */
function reload(session: Session): Session {
  const again = readSession(JSON.parse(JSON.stringify(toSavedSession(session))));
  expect(again, 'a session saved by this release restores').not.toBeNull();
  expect(stateOf(again!).value).toEqual(stateOf(session).value);
  expect(stateOf(again!).context).toEqual(stateOf(session).context);
  return again!;
}

describe('the conversation under random use', () => {
  it('never throws, never gets stuck, keeps the helpline one step away, and survives reloads', () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 30 }), (moves) => {
        let session = startSession('en');
        for (const m of moves) {
          if ('reload' in m) session = reload(session);
          else {
            const options = stepOf(session).options;
            const event = 'send' in m ? m.send : options[m.pick % Math.max(options.length, 1)]?.event;
            if (event) session = send(session, event as HelplineEvent);
          }
          const snapshot = stateOf(session);
          expect(snapshot.status).toBe('active');
          const step = stepOf(session);
          // A way on from every step: its options, or back to where the visitor came from.
          expect(step.options.length > 0 || session.moves.length > 0, step.id).toBe(true);
          if (step.id !== 'handoff') expect(snapshot.can({ type: 'HANDOFF' }), step.id).toBe(true);
          expect(snapshot.can({ type: 'EMERGENCY' }) || step.id === 'emergency').toBe(true);
          // The estimate on show is always the one the answers give.
          if (snapshot.context.result) expect(snapshot.context.result).toEqual(classifyRisk(snapshot.context.facts));
        }
      }),
      { numRuns: runs(2000) },
    );
  }, 120_000);

  it('BACK undoes every move forward, answers included', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(9), { minLength: 1, maxLength: 15 }), (picks) => {
        let session = startSession('en');
        const visited = [{ id: stepOf(session).id, facts: stateOf(session).context.facts }];
        for (const pick of picks) {
          const before = stepOf(session);
          const option = before.options[pick % before.options.length];
          // Start over erases the way back by design; EXPLAIN and staying put are not moves; the
          // hand-off's "keep talking" is a BACK itself (docs/product.md), checked below.
          if (!option || option.event.type === 'RESTART' || option.event.type === 'BACK') continue;
          session = send(session, option.event as HelplineEvent);
          const after = stepOf(session);
          if (after.id !== before.id) visited.push({ id: after.id, facts: stateOf(session).context.facts });
        }
        for (let i = visited.length - 2; i >= 0; i--) {
          session = send(session, { type: 'BACK' });
          expect(stepOf(session).id).toBe(visited[i]!.id);
          expect(stateOf(session).context.facts).toEqual(visited[i]!.facts);
        }
        expect(session.moves).toEqual([]);
      }),
      { numRuns: runs(1000) },
    );
  }, 120_000);
});
