import { waitFor } from '@testing-library/preact';
import { vi } from 'vitest';
import { staff as enStaff } from '../../content/en/staff';
import { staff as esStaff } from '../../content/es/staff';
import { sideEffects } from '../../content/en/topics/side-effects';
import { fakeHost } from './fake-host';
import { controlView } from '../../widget/app/control-view';
import { staffMode } from '../../widget/staff/staff-mode';

/**
 * Staff mode's own words (the call guide's strings and the line to say at each step) are a
 * module of their own that only staff mode loads (test/bench/size-graph.mjs). Mounted the way the app mounts staff
 * mode, it loads them beside the visitor content, in the call's language, and a site's overrides
 * (data-content-url) reach them too.
 */
function mountStaff(contentUrl: string | null = null) {
  const { host, events, warn, view } = fakeHost({ mode: 'staff', open: true, contentUrl });
  const handle = controlView(host, staffMode);
  /** What the guide tells the specialist to say now. */
  const said = async (heading = 'Say to the caller') => (await view.findByRole('heading', { name: heading })).parentElement!.textContent;
  return { handle, view, said, events, warn };
}

/** The site's server answering data-content-url with this JSON. */
function serving(json: unknown) {
  const fetchFn = vi.fn(async () => new Response(JSON.stringify(json)));
  vi.stubGlobal('fetch', fetchFn);
  return fetchFn;
}

const item = { body: 'Hello from our helpline.', sources: ['editorial'], reviewed: '2026-11-01' };

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('staff mode’s own content', () => {
  it('loads the call guide’s strings and script lines with the language', async () => {
    const { said, view } = mountStaff();
    expect(await said()).toContain(enStaff.scripts['welcome.greeting']);
    expect(view.getByRole('heading', { name: 'Call guide' })).toBeTruthy();
  });

  it('shows a topic step’s words, which load on demand, not an empty line', async () => {
    const { view, said } = mountStaff();
    await said();
    (await view.findByRole('button', { name: /Side effects, support and more/ })).click();
    (await view.findByRole('button', { name: /Side effects during treatment/ })).click();
    // The family's menu: its buttons are named from the family's own chunk.
    (await view.findByRole('button', { name: new RegExp(sideEffects.ui['opt.topic.sideEffects.fever']!) })).click();
    // The subtopic's words, from the same chunk, are what the guide shows.
    const words = sideEffects.items['topic.sideEffects.fever']!.body.replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 30);
    await waitFor(() => expect(document.querySelector('helpline-widget')!.shadowRoot!.textContent!.replace(/\s+/g, ' ')).toContain(words));
  });

  it('switches language only once both contents of the new one are in', async () => {
    const { handle, said, view } = mountStaff();
    await said();
    handle.setLocale('es');
    expect(await said('Dígale a la persona')).toContain(esStaff.scripts['welcome.greeting']);
    expect(view.getByRole('heading', { name: 'Guía de llamada' })).toBeTruthy();
    expect(view.queryByRole('heading', { name: 'Say to the caller' })).toBeNull();
  });

  it('says an override’s script line, and shows its staff strings (data-content-url)', async () => {
    const fetchFn = serving({
      en: {
        ui: { 'staff.title': 'Helpline call guide' },
        items: { 'welcome.greeting': { ...item, script: 'Thanks for calling our helpline. Shall we start?' } },
      },
    });
    const { said, view, events } = mountStaff('https://example.org/overrides.json');
    await waitFor(async () => expect(await said()).toContain('Thanks for calling our helpline. Shall we start?'));
    expect(await said()).not.toContain(enStaff.scripts['welcome.greeting']);
    expect(view.getByRole('heading', { name: 'Helpline call guide' })).toBeTruthy();
    expect(fetchFn).toHaveBeenCalledOnce();
    expect(events.filter(([type]) => type === 'error')).toEqual([]);
  });

  it('reads an overridden item’s new text where the override gives no script line', async () => {
    serving({ en: { items: { 'welcome.disclaimer': { ...item, body: 'We are a guide, not a doctor.' } } } });
    const { said } = mountStaff('https://example.org/overrides.json');
    await waitFor(async () => expect(await said()).toContain('We are a guide, not a doctor.'));
    // The greeting keeps its built-in script line.
    expect(await said()).toContain(enStaff.scripts['welcome.greeting']);
  });

  it('keeps its own words on a bad override file, with one warning and an error event', async () => {
    serving({ en: { items: { 'welcome.greeting': { ...item, script: 'Say <b>this</b>.' } } } });
    const { said, events, warn } = mountStaff('https://example.org/overrides.json');
    await waitFor(() => expect(events.find(([type]) => type === 'error')?.[1]).toMatchObject({ code: 'content-invalid' }));
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toContain('$.en.items["welcome.greeting"].script');
    expect(await said()).toContain(enStaff.scripts['welcome.greeting']);
  });
});
