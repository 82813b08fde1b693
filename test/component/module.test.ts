import { vi, type MockInstance } from 'vitest';
import { bootScriptTag } from '../../widget/embed/script-tag';
import { startApp } from '../../widget/embed/start-app';
import { classifyRisk, createHelplineWidget, type HelplineApi, type HelplineWidgetOptions } from '../../widget/module';

const mounted: HelplineApi[] = [];
function create(options?: HelplineWidgetOptions) {
  const api = createHelplineWidget(options);
  if (api) mounted.push(api);
  return api;
}
const shadow = (host: Element | null | undefined) => host!.shadowRoot!;
const dialogIn = (root: ShadowRoot) => root.querySelector('[role="dialog"]');

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  for (const api of mounted.splice(0)) api.destroy();
  warn.mockRestore();
  document.body.replaceChildren();
  sessionStorage.clear();
});

describe('createHelplineWidget, the npm module', () => {
  it('mounts one <helpline-widget> into the given element, without the script-tag global', () => {
    const target = document.body.appendChild(document.createElement('section'));
    const api = create({ target })!;
    const hosts = document.querySelectorAll('helpline-widget');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.parentElement).toBe(target);
    expect(hosts[0]!.hasAttribute('data-inline')).toBe(true);
    expect(shadow(hosts[0]).querySelector('button')!.getAttribute('aria-label')).toMatch(/Chat with our guide/);
    expect(api.version).toMatch(/^\d+\.\d+\.\d+/);
    expect('HelplineWidget' in window).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('floats on <body> by default and takes a CSS selector as target too', () => {
    create();
    document.body.append(Object.assign(document.createElement('div'), { id: 'help' }));
    create({ target: '#help' });
    const [floating, inline] = document.querySelectorAll('helpline-widget');
    expect(floating!.parentElement).toBe(document.body);
    expect(floating!.hasAttribute('data-inline')).toBe(false);
    expect(inline!.parentElement!.id).toBe('help');
  });

  it('opens the conversation, reports events to handlers and as DOM events, and closes', async () => {
    const api = create({ open: false })!;
    const host = document.querySelector('helpline-widget')!;
    const seen: string[] = [];
    api.on('open', () => seen.push('open'));
    api.on('close', () => seen.push('close'));
    host.addEventListener('helpline:open', () => seen.push('dom:open'));
    api.open();
    await vi.waitFor(() => expect(dialogIn(shadow(host))?.hasAttribute('hidden')).toBe(false));
    api.close();
    expect(dialogIn(shadow(host))!.hasAttribute('hidden')).toBe(true);
    expect(seen).toEqual(['open', 'dom:open', 'close']);
  });

  it('opens at once with open: true, in the language asked for', async () => {
    create({ open: true, locale: 'es' });
    const root = shadow(document.querySelector('helpline-widget'));
    await vi.waitFor(() => expect(dialogIn(root)?.hasAttribute('hidden')).toBe(false));
    expect(root.querySelector('button')!.getAttribute('aria-label')).toMatch(/guía/i);
  });

  it('warns once per bad option, naming the option, and uses its default', () => {
    create({
      locale: 'fr' as 'en',
      position: 'middle' as 'left',
      open: 'yes' as unknown as boolean,
      phone: 'call us',
      chatUrl: 'http://chat.example.org',
      target: '#nowhere',
      colour: 'red',
    } as HelplineWidgetOptions);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages).toEqual([
      '[helpline-widget] locale: "fr" is not one of en, es, auto; using "en".',
      '[helpline-widget] position: "middle" is not one of right, left; using "right".',
      '[helpline-widget] open: "yes" is not one of false, true; using "false".',
      '[helpline-widget] phone: "call us" is not a phone number; using "1-800-227-2345".',
      '[helpline-widget] chatUrl: "http://chat.example.org" is not an https: address; ignoring it.',
      '[helpline-widget] target: "#nowhere" matches no element; showing the floating widget.',
      '[helpline-widget] ignoring the unknown option "colour".',
    ]);
    const host = document.querySelector('helpline-widget')!;
    expect(host.parentElement).toBe(document.body);
    expect(host.getAttribute('data-position')).toBe('right');
    expect(shadow(host).querySelector('button')!.getAttribute('aria-label')).toMatch(/Chat with our guide/);
  });

  it('offers the configured helpline number when the conversation is open', async () => {
    const api = create({ phone: '1-888-555-0100', storage: 'none' })!;
    api.open();
    const root = shadow(document.querySelector('helpline-widget'));
    await vi.waitFor(() => expect(root.querySelector('a[href="tel:18885550100"]')).not.toBeNull());
    expect(warn).not.toHaveBeenCalled();
  });

  it('lets an app mount several widgets, each with its own API', async () => {
    const a = create({ storage: 'none' })!;
    create({ storage: 'none', position: 'left' });
    const [first, second] = document.querySelectorAll('helpline-widget');
    a.open();
    await vi.waitFor(() => expect(dialogIn(shadow(first))?.hasAttribute('hidden')).toBe(false));
    expect(dialogIn(shadow(second))).toBeNull();
    a.destroy();
    expect(document.querySelectorAll('helpline-widget')).toHaveLength(1);
    expect(document.querySelector('helpline-widget')).toBe(second);
  });

  it('lives beside a <script>-tag widget without taking its global or tripping "included twice"', () => {
    const script = Object.assign(document.createElement('script'), { src: 'https://cdn.example.org/helpline-widget.js' });
    bootScriptTag({ url: script.src, tag: script }, async () => ({ startApp }));
    const page = (window as { HelplineWidget?: HelplineApi }).HelplineWidget!;
    mounted.push(page);
    const api = create({ storage: 'none' })!;
    expect(document.querySelectorAll('helpline-widget')).toHaveLength(2);
    expect((window as { HelplineWidget?: unknown }).HelplineWidget).toBe(page);
    api.destroy();
    expect((window as { HelplineWidget?: unknown }).HelplineWidget).toBe(page);
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves nothing behind when destroyed, and can be created again', () => {
    const api = create()!;
    api.destroy();
    expect(document.querySelector('helpline-widget')).toBeNull();
    expect(create()).toBeDefined();
    expect(document.querySelectorAll('helpline-widget')).toHaveLength(1);
  });

  it('opens the app’s own chat vendor from the chatProvider option, with chatFields as an object', async () => {
    const calls: unknown[][] = [];
    (window as { LiveChatWidget?: unknown }).LiveChatWidget = { call: (...args: unknown[]) => calls.push(args) };
    const api = create({
      chatUrl: 'https://chat.example.org/start',
      chatHours: 'Mon-Sun 00:00-24:00 UTC',
      chatProvider: 'livechat',
      chatFields: { summary: 'family_note' },
      storage: 'none',
    })!;
    api.open();
    const root = shadow(document.querySelector('helpline-widget'));
    const person = await vi.waitFor(() => {
      const button = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Talk to a person');
      if (!button) throw new Error('no "Talk to a person" yet');
      return button;
    });
    person.click();
    const chat = await vi.waitFor(() => {
      const link = [...root.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent === 'Chat now');
      if (!link) throw new Error('no Chat now yet');
      return link;
    });
    chat.click();
    // Nothing to share yet: the chat opens with nothing from the widget.
    await vi.waitFor(() => expect(calls).toEqual([['maximize']]));
    expect(warn).not.toHaveBeenCalled();
    delete (window as { LiveChatWidget?: unknown }).LiveChatWidget;
  });

  it('re-exports the pure risk classifier', () => {
    expect(classifyRisk({ ageMonths: 30, inrgStage: 'M', mycn: 'amplified' }).group).toBe('high');
  });
});
