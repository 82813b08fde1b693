import { readSavedCall, toSavedCall } from '../../widget/staff/saved-call';

/** A call saved by this release: welcome -> learn, with one explanation given. */
const saved = () =>
  JSON.parse(
    JSON.stringify(toSavedCall('en', [{ from: 'welcome', option: { label: 'opt.learn', event: { type: 'LEARN' } } }], ['audience.explain'], null)),
  ) as Record<string, unknown> & { moves: Record<string, unknown>[] };

describe('reading back a saved staff call', () => {
  it('restores a call this release saved', () => {
    expect(readSavedCall(saved())).toEqual(saved());
  });

  it.each<[string, (call: ReturnType<typeof saved>) => void]>([
    ['a move labelled "toString"', (c) => void (c.moves[0]!.label = 'toString')],
    ['a move labelled "__proto__"', (c) => void (c.moves[0]!.label = '__proto__')],
    ['a move from a step this release does not have', (c) => void (c.moves[0]!.from = 'constructor')],
    [
      'a move with an own "__proto__" member',
      (c) => void (c.moves[0] = JSON.parse('{"from":"welcome","label":"opt.learn","event":{"type":"LEARN"},"__proto__":{"x":1}}')),
    ],
    ['an event carrying an object', (c) => void (c.moves[0]!.event = { type: 'ANSWER', value: { toString: 1 } })],
    ['an event type that is not one', (c) => void (c.moves[0]!.event = { type: 'constructor' })],
    ['a field of a later release', (c) => void (c.notes = 'x')],
    ['moves that are not a list', (c) => void ((c as Record<string, unknown>).moves = { 0: c.moves[0] })],
    ['more moves than a call has', (c) => void (c.moves = Array(101).fill(c.moves[0]))],
    ['an explanation key of another shape', (c) => void (c.explained = ['toString'])],
  ])('drops a call with %s', (_, poison) => {
    const call = saved();
    poison(call);
    expect(() => readSavedCall(call)).not.toThrow();
    expect(readSavedCall(call)).toBeNull();
  });
});
