import { startSession, send, stepOf } from '../../flows';
import { readSavedCall, toSavedCall } from '../../widget/staff/saved-call';

/** A call saved by this release: welcome -> learn, with one explanation given and on show. */
const saved = () =>
  JSON.parse(JSON.stringify(toSavedCall(send(startSession('en'), { type: 'LEARN' }), ['audience.explain'], 'audience.explain'))) as Record<
    string,
    unknown
  > & { moves: Record<string, unknown>[]; explained: unknown[] };

describe('reading back a saved staff call', () => {
  it('restores a call this release saved: the session replayed and the explanations given', () => {
    const call = readSavedCall(saved());
    expect(call && stepOf(call.session).id).toBe('audience');
    expect(call).toMatchObject({ explained: ['audience.explain'], explaining: 'audience.explain' });
  });

  it.each<[string, (call: ReturnType<typeof saved>) => void]>([
    ['a move from a step this release does not have', (c) => void (c.moves[0]!.from = 'constructor')],
    ['a move today’s steps do not take', (c) => void (c.moves[0]!.event = { type: 'NEXT' })],
    ['an event carrying an object', (c) => void (c.moves[0]!.event = { type: 'ANSWER', value: { toString: 1 } })],
    ['a field of a later release', (c) => void (c.notes = 'x')],
    ['an explanation key of another shape', (c) => void (c.explained = ['toString'])],
    ['an explanation on show that was never given', (c) => void (c.explained = [])],
  ])('drops a call with %s', (_, poison) => {
    const call = saved();
    poison(call);
    expect(() => readSavedCall(call)).not.toThrow();
    expect(readSavedCall(call)).toBeNull();
  });
});
