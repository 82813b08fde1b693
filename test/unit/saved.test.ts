import { en } from '../../content/en';
import { es } from '../../content/es';
import { CONTENT_KEY, MAX_CONTENT_KEY } from '../../content/types';
import { createConversation } from '../../widget/app/conversation';
import { loadSaved, MAX_LINES, MAX_TEXT, readSaved } from '../../widget/app/saved';
import { openStore, type Store } from '../../widget/app/storage';

/** A store in memory, as storage "none" gives, that also counts how often it was cleared. */
function memoryStore(): Store & { cleared: number } {
  let value: unknown = null;
  return {
    cleared: 0,
    load: () => value,
    save(next) {
      value = JSON.parse(JSON.stringify(next));
    },
    clear() {
      value = null;
      this.cleared++;
    },
    watch: () => () => {},
  };
}

/** A real save from this release, reaching a risk card, with a typed line and a draft. */
function realSave() {
  const store = openStore('none', globalThis as unknown as Window);
  const conversation = createConversation({ locale: 'en', store });
  conversation.send({ type: 'LEARN' }, { label: 'opt.learn' });
  conversation.send({ type: 'ANSWER', value: 'parent' }, { label: 'opt.parent' });
  conversation.send({ type: 'ANSWER', value: 'no' }, { text: 'no we have not' });
  conversation.send({ type: 'ANSWER', value: 'M' }, { label: 'value.inrgStage.M' });
  conversation.send({ type: 'ANSWER', value: 20 }, { label: 'opt.age.over18' });
  conversation.setDraft('what is MYCN');
  return JSON.parse(JSON.stringify(store.load())) as { transcript: Record<string, unknown>[]; moves: Record<string, unknown>[] } & Record<
    string,
    unknown
  >;
}
type Save = ReturnType<typeof realSave>;

const line = (save: Save, by: string, kind?: string) =>
  save.transcript.find((entry) => entry.by === by && (kind === undefined || entry.kind === kind))!;

describe('reading back a save', () => {
  it('restores a save this release wrote, risk card and draft included', () => {
    const save = realSave();
    // One object, the session's saved form plus the transcript and the draft: no JSON inside JSON.
    expect(Object.keys(save).sort()).toEqual(['draft', 'locale', 'moves', 'transcript', 'v']);
    expect(line(save, 'card', 'risk')).toBeDefined();
    const saved = readSaved(save);
    expect(saved?.transcript).toEqual(save.transcript);
    expect(saved?.draft).toBe('what is MYCN');
    expect(saved?.nextId).toBe((save.transcript.at(-1)!.id as number) + 1);
  });

  // A line keyed like an Object.prototype member, or a card a later release might write: each
  // drops the whole save (module comment in widget/app/saved.ts).
  it.each<[string, (save: Save) => void]>([
    ['a bot line keyed "__proto__"', (s) => void (line(s, 'bot').key = '__proto__')],
    ['a bot line keyed "toString"', (s) => void (line(s, 'bot').key = 'toString')],
    ['a bot line keyed "constructor"', (s) => void (line(s, 'bot').key = 'constructor')],
    ['a visitor line labelled "toString"', (s) => void (line(s, 'user').label = 'toString')],
    [
      'a line with an own "__proto__" member',
      (s) => void s.transcript.push(JSON.parse('{"id":999,"by":"bot","key":"welcome.greeting","step":"welcome","__proto__":{"x":1}}')),
    ],
    ['a bot line at a step this release does not have', (s) => void (line(s, 'bot').step = 'intake.weight')],
    ['a bot line with a key far too long', (s) => void (line(s, 'bot').key = `a.${'b'.repeat(MAX_CONTENT_KEY)}`)],
    ['a bot line with an extra field', (s) => void (line(s, 'bot').html = '<b>hi</b>')],
    ['a visitor line with neither label nor text', (s) => void delete line(s, 'user').label],
    ['a typed line that is not text', (s) => void s.transcript.push({ id: 999, by: 'user', text: { toString: 1 } })],
    ['a typed line longer than anything typed', (s) => void s.transcript.push({ id: 999, by: 'user', text: 'x'.repeat(MAX_TEXT + 1) })],
    ['a line with a negative id', (s) => void (line(s, 'bot').id = -1)],
    ['lines out of order', (s) => void s.transcript.reverse()],
    [
      'more lines than a conversation reaches',
      (s) => void (s.transcript = Array.from({ length: MAX_LINES + 1 }, (_, i) => ({ id: i + 1, by: 'user', text: 'x' }))),
    ],
    ['a card of a kind this release does not draw', (s) => void (line(s, 'card', 'risk').kind = 'chart')],
    ['a risk card whose facts are an object', (s) => void ((line(s, 'card', 'risk').risk as Record<string, unknown>).facts = { inrgStage: 'M' })],
    ['a risk card with a group we do not have', (s) => void ((line(s, 'card', 'risk').risk as Record<string, unknown>).group = 'very-high')],
    [
      'a risk card with a fact value that is not a word',
      (s) => void ((line(s, 'card', 'risk').risk as Record<string, unknown>).facts = [['inrgStage', 'L1 <b>']]),
    ],
    [
      'a risk card with a fact that is not a pair',
      (s) => void ((line(s, 'card', 'risk').risk as Record<string, unknown>).facts = [['inrgStage', 'L1', 'x']]),
    ],
    ['a risk card naming a factor we do not have', (s) => void ((line(s, 'card', 'risk').risk as Record<string, unknown>).deciding = ['weight'])],
    ['a risk card with a field of a later release', (s) => void ((line(s, 'card', 'risk').risk as Record<string, unknown>).chart = [1, 2])],
    ['a risk card missing its reasons', (s) => void delete (line(s, 'card', 'risk').risk as Record<string, unknown>).facts],
    ['a wrapper with a field of a later release', (s) => void ((s as Record<string, unknown>).tabs = 2)],
    ['a transcript that is not a list', (s) => void ((s as Record<string, unknown>).transcript = { 0: s.transcript[0] })],
    ['a move this release does not take there', (s) => void (s.moves[1]!.event = { type: 'ANSWER', value: 'grandparent' })],
  ])('drops the whole save for %s', (_, poison) => {
    const save = realSave();
    expect(readSaved(save)).not.toBeNull();
    poison(save);
    expect(() => readSaved(save)).not.toThrow();
    expect(readSaved(save)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['not text', { toString: 'x' }],
    ['longer than anything typed', 'x'.repeat(MAX_TEXT + 1)],
  ])('drops only the draft when it is %s, keeping the conversation', (_, draft) => {
    const save = { ...realSave(), draft };
    const saved = readSaved(save);
    expect(saved?.transcript.length).toBeGreaterThan(0);
    expect(saved?.draft).toBe('');
  });

  it('erases a save that fails, so the next visit does not meet it again', () => {
    const store = memoryStore();
    const save = realSave();
    line(save, 'bot').key = 'toString';
    store.save(save);
    expect(loadSaved(store)).toBeNull();
    expect(store.cleared).toBe(1);
    expect(store.load()).toBeNull();
  });

  it('restarts the conversation at the welcome step from a poisoned save', () => {
    const store = memoryStore();
    const save = realSave();
    line(save, 'bot').key = '__proto__';
    store.save(save);
    const conversation = createConversation({ locale: 'en', store });
    expect(conversation.restored).toBe(false);
    expect(conversation.getState().step.id).toBe('welcome');
  });

  it('holds every built-in content key to the shape a saved key is checked against', () => {
    const keys = [en, es].flatMap((content) => [...Object.keys(content.ui), ...Object.keys(content.items)]);
    expect(keys.filter((key) => !(CONTENT_KEY.test(key) && key.length <= MAX_CONTENT_KEY))).toEqual([]);
  });
});

describe('a save made at a crisis or with an answer waiting for Yes', () => {
  it('comes back with its call buttons after a reload during a crisis or an emergency', () => {
    for (const event of [{ type: 'CRISIS' }, { type: 'EMERGENCY' }, { type: 'URGENT' }] as const) {
      const store = memoryStore();
      const first = createConversation({ locale: 'en', store });
      first.ask('x');
      first.send(event, { text: 'typed' });
      const cards = first.getState().transcript.filter((entry) => entry.by === 'card');
      expect(cards.map((card) => card.by === 'card' && card.kind)).toContain('calls');
      const clearedBefore = store.cleared;
      const again = createConversation({ locale: 'en', store });
      expect(again.restored).toBe(true);
      expect(again.getState().transcript).toEqual(first.getState().transcript);
      expect(store.cleared).toBe(clearedBefore);
    }
  });

  it('comes back with the typed answer still waiting for "Is that right?"', () => {
    const store = memoryStore();
    const matchText = () => ({ kind: 'answer', value: 'M', confirm: true }) as const;
    const first = createConversation({ locale: 'en', store, matchText });
    first.send({ type: 'LEARN' }, { label: 'opt.learn' });
    first.send({ type: 'ANSWER', value: 'parent' }, { label: 'opt.audience.parent' });
    first.send({ type: 'ANSWER', value: 'no' }, { label: 'opt.no' });
    first.ask('it spread everywhere');
    const last = first.getState().transcript.at(-1);
    expect(last).toMatchObject({ by: 'card', kind: 'confirm', value: 'M' });
    const again = createConversation({ locale: 'en', store, matchText });
    expect(again.restored).toBe(true);
    expect(again.getState().transcript.at(-1)).toEqual(last);
  });
});
