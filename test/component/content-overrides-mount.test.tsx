import { fireEvent, waitFor, within } from '@testing-library/preact';
import { vi } from 'vitest';
import { controlView } from '../../widget/app/control-view';
import { visitorMode } from '../../widget/app/visitor-mode';
import { fakeHost } from './fake-host';

/** The widget with data-content-url set, and the site's server answering `answer`. */
function mountWithOverrides(answer: () => Promise<Response>) {
  const fetchFn = vi.fn(answer);
  vi.stubGlobal('fetch', fetchFn);
  const { host, events, warn, view: panel } = fakeHost({ open: true, contentUrl: 'https://example.org/overrides.json' });
  const app = controlView(host, visitorMode);
  app.open();
  return { fetchFn, events, warn, panel, log: () => panel.findByRole('log') };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('data-content-url in the mounted widget', () => {
  it('replaces the built-in text with a valid override', async () => {
    const body = JSON.stringify({
      en: { items: { 'welcome.greeting': { body: 'Hi from our team.', sources: ['editorial'], reviewed: '2026-11-01' } } },
    });
    const { fetchFn, events, log } = mountWithOverrides(async () => new Response(body));
    // The override code, DOMPurify and the rest of the language the file is checked against are
    // imported on first use: seconds in jsdom on a busy machine.
    await waitFor(async () => expect((await log()).textContent).toContain('Hi from our team.'), { timeout: 10_000 });
    expect(fetchFn).toHaveBeenCalledOnce();
    expect(events.filter(([type]) => type === 'error')).toEqual([]);
  });

  it('replaces texts of the rest of the language too, checked against it, and keeps them once it has loaded', async () => {
    // The rest (content/en/rest.ts) loads apart from the core: its keys are the override file's too.
    const body = JSON.stringify({
      en: {
        ui: { 'opt.learn': 'Learn about the treatment options', 'opt.notSure': 'Not sure yet' },
        items: { 'knowsGroup.ask': { body: 'Did the care team name a risk group?', sources: ['acs-risk'], reviewed: '2026-11-01' } },
      },
    });
    const { events, panel } = mountWithOverrides(async () => new Response(body));
    const replies = () => panel.findByRole('group', { name: /Choose an answer$/ });
    const learn = await within(await replies()).findByRole('button', { name: 'Learn about the treatment options' }, { timeout: 10_000 });
    fireEvent.click(learn);
    fireEvent.click(await within(await replies()).findByRole('button', { name: 'I’m a parent or caregiver' }));
    await waitFor(async () => expect((await panel.findByRole('log')).textContent).toContain('Did the care team name a risk group?'));
    expect(await within(await replies()).findByRole('button', { name: 'Not sure yet' })).toBeTruthy();
    expect(events.filter(([type]) => type === 'error')).toEqual([]);
  });

  it('keeps the built-in text on a bad file, with one warning and an error event', async () => {
    const bad = JSON.stringify({
      en: { items: { 'welcome.greeting': { body: '<img src=x onerror=alert(1)>', sources: ['editorial'], reviewed: '2026-11-01' } } },
    });
    const { events, warn, log } = mountWithOverrides(async () => new Response(bad));
    await waitFor(() => expect(events.some(([type]) => type === 'error')).toBe(true));
    expect(events.find(([type]) => type === 'error')![1]).toMatchObject({ code: 'content-invalid' });
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toContain('$.en.items["welcome.greeting"].body');
    expect((await log()).textContent).toContain('I can help you learn about neuroblastoma treatment');
  });

  it('keeps the built-in text when the server cannot be reached', async () => {
    const { events, log } = mountWithOverrides(() => Promise.reject(new TypeError('Failed to fetch')));
    await waitFor(() => expect(events.find(([type]) => type === 'error')?.[1]).toMatchObject({ code: 'content-fetch' }));
    expect((await log()).textContent).toContain('I can help you learn about neuroblastoma treatment');
  });
});
