import { act, screen } from '@testing-library/preact';
import { createConversation } from '../../widget/app/conversation';
import { openStore, STORAGE_KEY } from '../../widget/app/storage';
import { renderPanel } from './panel-harness';

/**
 * Two tabs on data-storage="local". A tab's own writes never reach its own storage listener, so
 * the other tab is played by a second conversation writing the same key, and the browser's
 * `storage` event is what this tab would get from it.
 */
function otherTabSaved() {
  window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: localStorage.getItem(STORAGE_KEY), storageArea: localStorage }));
}

afterEach(() => localStorage.clear());

describe('two tabs sharing local storage', () => {
  it('follows the conversation the other tab saved when this tab is idle', () => {
    const { conversation: here } = renderPanel({ conversation: { store: openStore('local', window) } });
    const there = createConversation({ locale: 'en', store: openStore('local', window) });
    there.send({ type: 'HANDOFF' }, { label: 'opt.talkToPerson' });
    act(otherTabSaved);
    expect(here.getState().step.id).toBe('handoff');
    expect(here.getState().transcript).toEqual(there.getState().transcript);
    expect(screen.getByRole('log').textContent).toContain('24 hours a day, 7 days a week');
    // And carries on from there: this tab's next step is saved on top of the other's.
    here.send({ type: 'BACK' }, { label: 'opt.back' });
    expect(here.getState().step.id).toBe('welcome');
    expect(localStorage.getItem(STORAGE_KEY)).toContain('opt.talkToPerson');
  });

  it('keeps its own conversation while the visitor has unsent text here', () => {
    const here = createConversation({ locale: 'en', store: openStore('local', window) });
    here.setDraft('my son is 14 months old');
    const there = createConversation({ locale: 'en', store: openStore('local', window) });
    there.send({ type: 'HANDOFF' });
    otherTabSaved();
    expect(here.getState().step.id).toBe('welcome');
    expect(here.getState().draft).toBe('my son is 14 months old');
  });

  it('keeps its own language when it follows a tab in another language', () => {
    const here = createConversation({ locale: 'en', store: openStore('local', window) });
    const there = createConversation({ locale: 'es', store: openStore('local', window) });
    there.send({ type: 'HANDOFF' });
    otherTabSaved();
    expect(here.getState().step.id).toBe('handoff');
    expect(here.getState().locale).toBe('en');
  });

  it.each<[string, string | null]>([
    ['removed the save (start over, before its fresh save)', null],
    ['wrote something that is not a save', '{"conversation":"x"}'],
    ['wrote text that is not JSON', '{'],
  ])('ignores another tab that %s', (_, newValue) => {
    const here = createConversation({ locale: 'en', store: openStore('local', window) });
    here.send({ type: 'HANDOFF' });
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue, storageArea: localStorage }));
    expect(here.getState().step.id).toBe('handoff');
  });

  it('stops following once stopped', () => {
    const here = createConversation({ locale: 'en', store: openStore('local', window) });
    here.stop();
    createConversation({ locale: 'en', store: openStore('local', window) }).send({ type: 'HANDOFF' });
    otherTabSaved();
    expect(here.getState().step.id).toBe('welcome');
  });
});
