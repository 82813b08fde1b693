import { fireEvent, screen, within } from '@testing-library/preact';
import { createConversation } from '../../widget/app/conversation';
import { saveWhenIdle } from '../../widget/app/save-when-idle';
import { openStore, STORAGE_KEY } from '../../widget/app/storage';
import { renderPanel } from './panel-harness';

/** A Storage whose every method throws, as in a sandboxed frame or with site data blocked. */
function throwingWindow(error: string): Window {
  const fail = () => {
    throw new DOMException('denied', error);
  };
  const storage = { getItem: fail, setItem: fail, removeItem: fail } as unknown as Storage;
  return { sessionStorage: storage, localStorage: storage } as unknown as Window;
}

/** A real save from this release, to break in one place. */
function saved(): string {
  const store = openStore('none', window);
  createConversation({ locale: 'en', store }).send({ type: 'HANDOFF' });
  return JSON.stringify(store.load());
}

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('keeping the conversation between page loads', () => {
  it('continues where the visitor was after a reload (session storage by default)', () => {
    const first = createConversation({ locale: 'en', store: openStore('session', window) });
    first.send({ type: 'HANDOFF' }, { label: 'opt.talkToPerson' });
    first.setDraft('what is MYCN');
    first.stop();
    const again = createConversation({ locale: 'en', store: openStore('session', window) });
    expect(again.restored).toBe(true);
    expect(again.getState().step.id).toBe('handoff');
    expect(again.getState().transcript).toEqual(first.getState().transcript);
    expect(again.getState().draft).toBe('what is MYCN');
  });

  it('uses local storage only when asked to, and nothing with storage none', () => {
    createConversation({ locale: 'en', store: openStore('local', window) }).send({ type: 'HANDOFF' });
    expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull();
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    localStorage.clear();
    createConversation({ locale: 'en', store: openStore('none', window) }).send({ type: 'HANDOFF' });
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('restores into the panel without a flash of the welcome step', () => {
    const first = createConversation({ locale: 'en', store: openStore('session', window) });
    first.send({ type: 'HANDOFF' }, { label: 'opt.talkToPerson' });
    renderPanel({ conversation: { store: openStore('session', window) } });
    // The first render already shows the restored conversation, with no effect to wait for.
    expect(screen.getByRole('log').textContent).toContain('Talk to a person');
  });

  it('erases what was kept when the visitor starts over', () => {
    renderPanel({ conversation: { store: openStore('session', window) } });
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
    expect(sessionStorage.getItem(STORAGE_KEY)).toContain('handoff');
    const header = screen.getByRole('heading', { name: 'Helpline guide' }).parentElement!;
    fireEvent.click(within(header).getByRole('button', { name: 'Start over' }));
    expect(sessionStorage.getItem(STORAGE_KEY) ?? '').not.toContain('handoff');
    const again = createConversation({ locale: 'en', store: openStore('session', window) });
    expect(again.getState().step.id).toBe('welcome');
  });

  it.each(['SecurityError', 'QuotaExceededError'])('falls back to memory silently when storage throws %s', (name) => {
    const store = openStore('session', throwingWindow(name));
    const conversation = createConversation({ locale: 'en', store });
    expect(() => conversation.send({ type: 'HANDOFF' })).not.toThrow();
    expect(conversation.getState().step.id).toBe('handoff');
    expect(store.load()).toMatchObject({ moves: [{ from: 'welcome', event: { type: 'HANDOFF' } }] });
  });

  it('falls back to memory when storage is full, without leaving an older copy behind', () => {
    const store = openStore('session', window);
    store.save({ old: true });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      store.save({ newer: true });
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(store.load()).toEqual({ newer: true });
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it.each([
    ['not JSON', '{"conversation":'],
    ['from another release', saved().replace('"v":2', '"v":1')],
    ['with a move made at a step that does not exist', saved().replace('"from":"welcome"', '"from":"nowhere"')],
    ['with a move today’s steps do not take', saved().replace('"HANDOFF"', '"HANDSHAKE"')],
    ['with a broken transcript', saved().replace('"by":"bot"', '"by":"x"')],
  ])('starts fresh when the kept data is %s', (_what, text) => {
    sessionStorage.setItem(STORAGE_KEY, text);
    const conversation = createConversation({ locale: 'en', store: openStore('session', window) });
    expect(conversation.restored).toBe(false);
    expect(conversation.getState().step.id).toBe('welcome');
    expect(conversation.getState().transcript.length).toBeGreaterThan(0);
  });
});

describe('saving when the browser is idle, as the widget does', () => {
  /** The conversation as the widget creates it (visitor-mode.tsx): saved once the turn is drawn and the page idle. */
  const idleConversation = () =>
    createConversation({ locale: 'en', store: openStore('session', window), saveLater: (write) => saveWhenIdle(window, write) });
  const kept = () => sessionStorage.getItem(STORAGE_KEY) ?? '';
  const idle = () => new Promise((resolve) => setTimeout(resolve, 10));

  it('saves a turn after it, once for turns taken meanwhile', async () => {
    const conversation = idleConversation();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    try {
      conversation.send({ type: 'HANDOFF' }, { label: 'opt.talkToPerson' });
      conversation.send({ type: 'BACK' }, { label: 'opt.back' });
      conversation.send({ type: 'HANDOFF' }, { label: 'opt.talkToPerson' });
      expect(kept()).not.toContain('handoff');
      await idle();
      expect(setItem).toHaveBeenCalledTimes(1);
    } finally {
      setItem.mockRestore();
    }
    const again = createConversation({ locale: 'en', store: openStore('session', window) });
    expect(again.getState().transcript).toEqual(conversation.getState().transcript);
    conversation.stop();
  });

  it.each(['pagehide', 'visibilitychange'])('loses nothing when the page is left or hidden (%s) before it is idle', (event) => {
    const conversation = idleConversation();
    conversation.send({ type: 'HANDOFF' }, { label: 'opt.talkToPerson' });
    window.dispatchEvent(new Event(event));
    expect(kept()).toContain('handoff');
    conversation.stop();
  });

  it('saves what was waiting when the widget is taken down', () => {
    const conversation = idleConversation();
    conversation.send({ type: 'HANDOFF' }, { label: 'opt.talkToPerson' });
    expect(kept()).not.toContain('handoff');
    conversation.stop();
    expect(createConversation({ locale: 'en', store: openStore('session', window) }).getState().step.id).toBe(conversation.getState().step.id);
    expect(kept()).toContain('handoff');
  });

  it('saves unsent text at once, with the turn that was waiting, and writes nothing late over another tab', async () => {
    const conversation = idleConversation();
    conversation.send({ type: 'HANDOFF' }, { label: 'opt.talkToPerson' });
    conversation.setDraft('what is MYCN');
    expect(kept()).toContain('what is MYCN');
    expect(kept()).toContain('handoff');
    // Another tab saves its own step now: nothing of this tab's may land over it afterwards.
    sessionStorage.setItem(STORAGE_KEY, 'the other tab');
    await idle();
    expect(kept()).toBe('the other tab');
    conversation.stop();
  });

  it('writes nothing once taken down: an answer that comes in late never lands over a widget started again', async () => {
    const conversation = idleConversation();
    conversation.show('what is MYCN');
    conversation.stop();
    const saved = kept();
    expect(saved).toContain('what is MYCN');
    // The matcher arrives after the widget was taken down, and another widget has saved since.
    sessionStorage.setItem(STORAGE_KEY, 'the widget started again');
    conversation.ask('what is MYCN', true);
    conversation.send({ type: 'HANDOFF' }, { label: 'opt.talkToPerson' });
    await idle();
    expect(kept()).toBe('the widget started again');
  });

  it('still erases at once when the visitor starts over', async () => {
    const conversation = idleConversation();
    conversation.send({ type: 'HANDOFF' }, { label: 'opt.talkToPerson' });
    await idle();
    expect(kept()).toContain('handoff');
    conversation.startOver();
    expect(kept()).not.toContain('handoff');
    conversation.stop();
  });
});
