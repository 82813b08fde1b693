import { configure, fireEvent, waitFor, within } from '@testing-library/preact';
import { vi } from 'vitest';
import { STEP_IDS } from '../../flows/machine';
import { STAGES } from '../../flows/stage';
import { ANALYTICS_EVENTS } from '../../widget/app/analytics';
import { queuedAnalytics } from '../../widget/app/queued-analytics';
import type { AppHandle, LoaderHost, WidgetEvents } from '../../widget/embed/host';
import { startApp } from '../../widget/embed/start-app';

/**
 * Opt-in analytics (data-analytics, widget/app/analytics.ts) and the public `step` event's detail
 * (data-events, widget/embed/public-emit.ts), through the app's real entry: a whole visit with
 * answers, a risk result, typed text, an emergency, urgent symptoms and a crisis, then a hand-off.
 * What reaches the page's dataLayer is only the allow-list; nothing said or chosen does.
 */
// Queries inside the shadow root: a failing one says what it looked for (the library's own message
// would print the DOM, which it cannot do for a ShadowRoot).
// The conversation's content is a dynamic import: on a busy machine it takes more than a second.
configure({ getElementError: (message) => new Error(message ?? 'not found'), asyncUtilTimeout: 5_000 });

type Win = Window & { dataLayer?: Record<string, unknown>[]; plausible?: unknown };

function embed(data: Record<string, string>) {
  const element = document.createElement('helpline-widget');
  const root = element.attachShadow({ mode: 'open' });
  const launcher = document.createElement('button');
  root.append(launcher);
  document.body.append(element);
  const steps: WidgetEvents['step'][] = [];
  const host: LoaderHost = {
    element,
    root,
    launcher,
    warn: vi.fn(),
    emit: (type, detail) => {
      if (type === 'step') steps.push(detail as WidgetEvents['step']);
      return true;
    },
    config: { locale: 'en', mode: 'visitor', position: 'right', target: null, open: false, phone: '1-800-227-2345' },
    data: { storage: 'none', ...data } as DOMStringMap,
    base: 'http://localhost/',
  };
  let app!: AppHandle;
  void startApp(host, (handle) => (app = handle));
  return { app, steps, view: within(root as unknown as HTMLElement) };
}

/** A visit that says and chooses everything analytics must never send. */
const TYPED = ['my child has a fever', 'I want to die'];
const SEE = 'See what treatment involves';
async function visit(view: ReturnType<typeof embed>['view'], app: ReturnType<typeof embed>['app']) {
  app.open();
  const click = async (name: string | RegExp) => fireEvent.click((await view.findAllByRole('button', { name }))[0]!);
  await click('Learn about treatment');
  await click(/parent/i);
  await click('No');
  // The intake asks what can still change the group; "I don't know" to each until a result.
  const result = () => view.queryByRole('button', { name: SEE }) ?? view.queryByRole('button', { name: 'Read about high-risk treatment' });
  for (let i = 0; i < 12 && !result(); i++) await click('I don’t know');
  // The estimate's "see treatment", or after an undetermined one the group to read about.
  fireEvent.click(result()!);
  await click('This is an emergency');
  // The emergency card's helpline link: a tap at an emergency is never sent.
  fireEvent.click(view.getAllByRole('link', { name: /1-800-227-2345/ })[0]!);
  for (const typed of TYPED) {
    const box = view.getByRole('textbox', { name: 'Type a question' });
    fireEvent.input(box, { target: { value: typed } });
    fireEvent.submit(box.closest('form')!);
    await waitFor(() => expect(view.getAllByText(typed).length).toBeGreaterThan(0));
  }
  await click('Talk to a person');
  fireEvent.click(view.getAllByRole('link', { name: /1-800-227-2345/ }).at(-1)!);
  app.close();
}

afterEach(() => {
  document.body.replaceChildren();
  delete (window as Win).dataLayer;
  delete (window as Win).plausible;
});

const ALLOWED_KEYS = new Set(['event', 'helpline_language', 'helpline_stage', 'helpline_channel']);
/** Step ids that name a clinical fact or a safety answer, the answers' values, the groups, the numbers. */
const FORBIDDEN = [
  ...STEP_IDS.filter((id) => id.includes('.') || /^(emergency|urgent|crisis|fear|distress|pickGroup|knowsGroup|audience)$/.test(id)),
  ...TYPED,
  'parent',
  'amplified',
  'unknown',
  'low',
  'intermediate',
  'high',
  'infantMS',
  'smallAdrenal',
  'emergency',
  'urgent',
  'crisis',
  'fever',
  '911',
  '988',
  '1-800-227-2345',
];

describe('analytics (data-analytics)', { timeout: 30_000 }, () => {
  it('sends only the allow-listed coarse events to the dataLayer, never what was said, chosen or typed', { timeout: 30_000 }, async () => {
    const { app, view } = embed({ analytics: 'datalayer' });
    await visit(view, app);
    const layer = (window as Win).dataLayer!;
    await waitFor(() => expect(layer.some((e) => e.event === 'helpline_close')).toBe(true));
    const events = layer.map((e) => e.event);
    expect(events.filter((e) => !Object.values(ANALYTICS_EVENTS).includes(e as never))).toEqual([]);
    expect(layer.flatMap((e) => Object.keys(e)).filter((k) => !ALLOWED_KEYS.has(k))).toEqual([]);
    const stages = layer.filter((e) => e.event === 'helpline_stage').map((e) => e.helpline_stage);
    expect(stages).toEqual(['intake', 'result', 'treatment', 'handoff']);
    expect(stages.every((s) => (STAGES as readonly unknown[]).includes(s))).toBe(true);
    // One hand-off tap sent: the one at the hand-off, not the emergency card's.
    expect(layer.filter((e) => e.event === 'helpline_handoff')).toEqual([
      { event: 'helpline_handoff', helpline_channel: 'phone', helpline_language: 'en' },
    ]);
    expect(events[0]).toBe('helpline_open');
    const values = layer.flatMap((e) => Object.values(e).map(String));
    for (const forbidden of FORBIDDEN) {
      expect(
        values.filter((v) => v === forbidden || (forbidden.length > 4 && v.includes(forbidden))),
        forbidden,
      ).toEqual([]);
    }
  });

  it('sends an event that waited for the tracker in the language shown when it happened', async () => {
    const root = document.body.appendChild(document.createElement('helpline-widget')).attachShadow({ mode: 'open' });
    const panel = root.appendChild(document.createElement('div'));
    panel.className = 'panel';
    panel.lang = 'en';
    let arrive = () => {};
    const file = new Promise<typeof import('../../widget/app/analytics')>((resolve) => {
      arrive = () => void import('../../widget/app/analytics').then(resolve);
    });
    const track = queuedAnalytics({ root, warn: vi.fn() }, 'datalayer', () => file);
    track('open', undefined);
    // The visitor switches language while the tracker's file is still on its way.
    panel.lang = 'es';
    track('close', undefined);
    arrive();
    const layer = () => (window as Win).dataLayer ?? [];
    await waitFor(() => expect(layer()).toHaveLength(2));
    expect(layer().map((e) => [e.event, e.helpline_language])).toEqual([
      ['helpline_open', 'en'],
      ['helpline_close', 'es'],
    ]);
  });

  it('queues the same events for Plausible, with the language shown', async () => {
    const { app, view } = embed({ analytics: 'plausible' });
    app.open();
    fireEvent.click(await view.findByRole('button', { name: 'Español' }));
    fireEvent.click(await view.findByRole('button', { name: 'Conocer el tratamiento' }));
    const queue = () => ((window as Win).plausible as { q?: unknown[][] } | undefined)?.q ?? [];
    await waitFor(() => expect(queue()).toContainEqual(['helpline_stage', { props: { stage: 'intake', language: 'es' } }]));
    expect(queue()[0]).toEqual(['helpline_open', { props: { language: 'en' } }]);
  });

  it('sends nothing and loads nothing by default', async () => {
    const { app, view } = embed({});
    app.open();
    fireEvent.click(await view.findByRole('button', { name: 'Learn about treatment' }));
    await view.findByRole('button', { name: /parent/i });
    expect((window as Win).dataLayer).toBeUndefined();
    expect((window as Win).plausible).toBeUndefined();
  });
});

describe('the public step event (data-events)', () => {
  it('carries the stage only by default, and no step at all for the safety answers', async () => {
    const { app, steps, view } = embed({});
    app.open();
    fireEvent.click(await view.findByRole('button', { name: 'Learn about treatment' }));
    fireEvent.click(await view.findByRole('button', { name: /parent/i }));
    fireEvent.click((await view.findAllByRole('button', { name: 'This is an emergency' }))[0]!);
    await view.findAllByRole('link', { name: /911/ });
    expect(steps).toEqual([
      { state: 'intake', stage: 'intake' },
      { state: 'intake', stage: 'intake' },
    ]);
  });

  it('carries the exact step where the site asks for it with data-events="detailed"', async () => {
    const { app, steps, view } = embed({ events: 'detailed' });
    app.open();
    fireEvent.click(await view.findByRole('button', { name: 'Learn about treatment' }));
    await view.findByRole('button', { name: /parent/i });
    fireEvent.click((await view.findAllByRole('button', { name: 'This is an emergency' }))[0]!);
    await waitFor(() => expect(steps).toEqual([{ state: 'audience', stage: 'intake' }, { state: 'emergency' }]));
  });
});
