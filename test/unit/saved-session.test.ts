import fc from 'fast-check';
import { MAX_MOVES, SAVE_VERSION, readSession, send, stateOf, stepOf, toSavedSession, type HelplineEvent } from '../../flows';
import { runs } from '../fixtures/property-runs';
import { walker } from '../fixtures/walker';

const answer = (value: string | number): HelplineEvent => ({ type: 'ANSWER', value });

const MID_INTAKE = [{ type: 'LEARN' }, answer('parent'), answer('no'), answer('L1'), answer('amplified')] as const;

/** A conversation halfway through the intake, saved in Spanish, as the JSON a store would hold. */
function savedMidIntake() {
  return JSON.parse(JSON.stringify(toSavedSession(walker('es', ...MID_INTAKE).session))) as {
    v: number;
    locale: string;
    moves: { from: string; event: Record<string, unknown> }[];
    [field: string]: unknown;
  };
}

describe('saving and restoring a session', () => {
  it('keeps only the version, the language and the moves', () => {
    const saved = savedMidIntake();
    expect(Object.keys(saved).sort()).toEqual(['locale', 'moves', 'v']);
    expect(saved.v).toBe(SAVE_VERSION);
    expect(saved.moves.map((m) => m.from)).toEqual(['welcome', 'audience', 'knowsGroup', 'intake.stage', 'intake.mycn']);
  });

  it('restores the step, the answers, the language and the way back', () => {
    const walked = walker('es', ...MID_INTAKE);
    let again = readSession(savedMidIntake())!;
    expect(stepOf(again).id).toBe('intake.resection');
    expect(stateOf(again).context).toEqual(stateOf(walked.session).context);
    expect(again.locale).toBe('es');
    again = send(again, answer('complete'));
    expect(stepOf(again)).toMatchObject({ id: 'risk.low', risk: { rule: 'L2' } });
    again = send(send(again, { type: 'BACK' }), { type: 'BACK' });
    expect(stepOf(again).id).toBe('intake.mycn');
    expect(stateOf(again).context.facts).toEqual({ inrgStage: 'L1' });
  });

  it.each<[string, unknown]>([
    ['nothing stored', null],
    ['an empty string', ''],
    ['a number', 42],
    ['a list', []],
  ])('starts fresh, without an error, from %s', (_, stored) => {
    expect(readSession(stored)).toBeNull();
  });

  type Saved = ReturnType<typeof savedMidIntake>;
  it.each<[string, (saved: Saved) => void]>([
    ['another version', (s) => void (s.v = 1)],
    ['an unknown language', (s) => void (s.locale = 'fr')],
    ['a field of a later release', (s) => void (s.notes = 'x')],
    ['moves that are not a list', (s) => void ((s as Record<string, unknown>).moves = { 0: s.moves[0] })],
    ['more moves than a conversation makes', (s) => void (s.moves = Array(MAX_MOVES + 1).fill(s.moves[0]))],
    ['a move from a step it was not made at', (s) => void (s.moves[1]!.from = 'welcome')],
    ['a move from a step this release does not have', (s) => void (s.moves[0]!.from = 'constructor')],
    ['an answer the step does not take', (s) => void (s.moves[3]!.event = { type: 'ANSWER', value: 'L9' })],
    ['an event carrying an object', (s) => void (s.moves[0]!.event = { type: 'ANSWER', value: { toString: 1 } })],
    ['an event type that is not one', (s) => void (s.moves[0]!.event = { type: 'constructor' })],
    ['going back, which is no move', (s) => void s.moves.push({ from: 'intake.resection', event: { type: 'BACK' } })],
    ['a move that changes nothing', (s) => void s.moves.push({ from: 'intake.resection', event: { type: 'EXPLAIN' } })],
    [
      'a move with an own "__proto__" member',
      (s) => void (s.moves[0] = JSON.parse('{"from":"welcome","event":{"type":"LEARN"},"__proto__":{"x":1}}')),
    ],
  ])('starts fresh from a save with %s', (_, tamper) => {
    const saved = savedMidIntake();
    expect(readSession(saved)).not.toBeNull();
    tamper(saved);
    expect(() => readSession(saved)).not.toThrow();
    expect(readSession(saved)).toBeNull();
  });

  it('never holds the estimate: it is worked out again from the answers replayed', () => {
    expect(JSON.stringify(savedMidIntake())).not.toContain('undetermined');
    expect(stepOf(readSession(savedMidIntake())!).risk).toMatchObject({ group: 'undetermined', decidingFactors: ['resection'] });
  });

  it('never throws on anything stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue(), fc.anything()), (stored) => {
        expect(readSession(stored)).toBeNull();
        expect(readSession({ v: SAVE_VERSION, locale: 'en', moves: [stored] })).toBeNull();
      }),
      { numRuns: runs(2000) },
    );
  });
});
