import { fireEvent, render, screen, within } from '@testing-library/preact';
import { vi } from 'vitest';
import { en } from '../../content/en';
import { staff as enStaff } from '../../content/en/staff';
import { readAppConfig } from '../../widget/embed/config';
import { fakeHost } from './fake-host';
import { openStore } from '../../widget/app/storage';
import { createCall } from '../../widget/staff/call';
import { controlView } from '../../widget/app/control-view';
import { staffMode } from '../../widget/staff/staff-mode';
import { CALL_KEY } from '../../widget/staff/saved-call';
import { StaffView } from '../../widget/staff/staff-view';

/**
 * Staff mode "stores nothing unless data-storage asks" (docs/product.md). When the page asks, the call
 * survives a reload, and start over (Esc, reset()) erases it.
 */
const vars = { phone: '1-800-227-2345', emergency: '911' };
const press = (key: string) => fireEvent.keyDown(document, { key });
const options = () => within(screen.getByRole('group', { name: 'Caller’s answer' }));
const session = () => openStore('session', window, CALL_KEY);

/** The call a specialist makes: treatment, parent, group unknown, stage M, "what does age mean?". */
function firstCall() {
  const call = createCall('en', { store: session() });
  const { unmount } = render(<StaffView call={call} content={en} staff={enStaff} vars={vars} />);
  press('1'); // Learn about treatment
  press('1'); // I'm a parent or caregiver
  press('2'); // No
  fireEvent.click(options().getByRole('button', { name: 'Spread to far parts of the body (M)' }));
  fireEvent.click(options().getByRole('button', { name: 'What does this mean?' }));
  expect(call.getState().step.id).toBe('intake.age');
  return { call, unmount };
}

/** Mounts staff mode the way the app does, with the data-* values a page wrote. */
function mountWith(data: Record<string, string>) {
  const { host } = fakeHost({ mode: 'staff', open: true, phone: vars.phone, ...readAppConfig(data, document, 'https://example.org/', vi.fn()) });
  const { element, root } = host;
  const handle = controlView(host, staffMode);
  return { root, handle, remove: () => (handle.destroy(), element.remove()) };
}

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('staff mode storage', () => {
  it('tells a data-storage the page wrote from the default', () => {
    const read = (data: Record<string, string>) => readAppConfig(data, document, 'https://example.org/', vi.fn());
    expect(read({})).toMatchObject({ storage: 'session', storageAsked: false });
    expect(read({ storage: 'Session' })).toMatchObject({ storage: 'session', storageAsked: true });
    expect(read({ storage: 'local' })).toMatchObject({ storage: 'local', storageAsked: true });
    expect(read({ storage: 'cookies' })).toMatchObject({ storage: 'session', storageAsked: false });
  });

  it('continues the call after a reload, answers, explanations and the way back included', () => {
    const first = firstCall();
    first.unmount();
    first.call.stop();
    expect(sessionStorage.getItem(CALL_KEY)).toContain('intake.stage');

    const again = createCall('en', { store: session() });
    render(<StaffView call={again} content={en} staff={enStaff} vars={vars} />);
    expect(again.getState().step.id).toBe('intake.age');
    expect(again.getState().explaining).toBe('intake.age.explain');
    expect(screen.getByRole('heading', { name: 'Explanation given' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Answers' }).textContent).toContain('Spread to far parts of the body (M)');
    press('Backspace');
    expect(again.getState().step.id).toBe('intake.stage');
  });

  it('keeps the language the call was in', () => {
    const call = createCall('en', { store: session() });
    call.choose(call.getState().step.options[0]!);
    call.setLocale('es');
    expect(createCall('en', { store: session() }).getState()).toMatchObject({ locale: 'es', step: { id: 'audience' } });
  });

  it('erases the call when the specialist starts over with Esc', () => {
    firstCall();
    press('Escape');
    // It asks first; nothing is erased until the specialist confirms.
    expect(sessionStorage.getItem(CALL_KEY)).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Erase and start over' }));
    expect(sessionStorage.getItem(CALL_KEY)).toBeNull();
    expect(createCall('en', { store: session() }).getState().step.id).toBe('welcome');
  });

  it('starts fresh, without an error, when a saved move is no longer offered', () => {
    firstCall().call.stop();
    const saved = JSON.parse(sessionStorage.getItem(CALL_KEY)!) as { moves: { label: string }[] };
    saved.moves[3]!.label = 'opt.stage.retired';
    sessionStorage.setItem(CALL_KEY, JSON.stringify(saved));
    const call = createCall('en', { store: session() });
    expect(call.getState()).toMatchObject({ step: { id: 'welcome' }, explaining: null, record: { answers: [], explained: [] } });
    expect(sessionStorage.getItem(CALL_KEY)).toBeNull();
  });

  it.each([
    ['not JSON', '{"v":1,'],
    ['another version', JSON.stringify({ v: 0, locale: 'en', moves: [], explained: [], explaining: null })],
    [
      'a made-up event',
      JSON.stringify({
        v: 1,
        locale: 'en',
        moves: [{ from: 'welcome', label: 'opt.learn', event: { type: 'RESTART' } }],
        explained: [],
        explaining: null,
      }),
    ],
    [
      'a move from the wrong step',
      JSON.stringify({
        v: 1,
        locale: 'en',
        moves: [{ from: 'audience', label: 'opt.learn', event: { type: 'LEARN' } }],
        explained: [],
        explaining: null,
      }),
    ],
    ['an unknown language', JSON.stringify({ v: 1, locale: 'fr', moves: [], explained: [], explaining: null })],
    ['markup as an explanation', JSON.stringify({ v: 1, locale: 'en', moves: [], explained: ['<img src=x onerror=alert(1)>'], explaining: null })],
    ['moves that are not a list', JSON.stringify({ v: 1, locale: 'en', moves: 'welcome', explained: [], explaining: null })],
  ])('starts fresh from %s', (_, text) => {
    sessionStorage.setItem(CALL_KEY, text);
    const call = createCall('en', { store: session() });
    expect(call.getState()).toMatchObject({ step: { id: 'welcome' }, locale: 'en', record: { answers: [], explained: [] } });
    expect(sessionStorage.getItem(CALL_KEY)).toBeNull();
  });

  it('stores the call when the page writes data-storage, and reset() erases it', async () => {
    const first = mountWith({ storage: 'session' });
    await within(first.root as unknown as HTMLElement).findByRole('heading', { name: 'Say to the caller' });
    press('1');
    press('1');
    expect(sessionStorage.getItem(CALL_KEY)).toContain('audience');
    first.remove();

    const second = mountWith({ storage: 'session' });
    const view = within(second.root as unknown as HTMLElement);
    await view.findByRole('group', { name: 'Caller’s answer' });
    expect(view.getByRole('list', { name: 'Answers' }).textContent).toContain('I’m a parent or caregiver');
    second.handle.reset();
    expect(sessionStorage.getItem(CALL_KEY)).toBeNull();
    second.remove();
  });

  it('stores nothing anywhere without data-storage, or with data-storage="none"', async () => {
    for (const data of [{}, { storage: 'none' }] as Record<string, string>[]) {
      const mounted = mountWith(data);
      await within(mounted.root as unknown as HTMLElement).findByRole('heading', { name: 'Say to the caller' });
      press('1');
      press('1');
      expect([Object.keys(sessionStorage), Object.keys(localStorage)]).toEqual([[], []]);
      mounted.remove();
    }
  });
});
