import { vi } from 'vitest';
import type { HelplineApi } from '../../widget/embed/boot';
import { createEmitter } from '../../widget/embed/create-emitter';
import type { StartApp } from '../../widget/embed/host';
import { bootScriptTag } from '../../widget/embed/script-tag';
import { startApp } from '../../widget/embed/start-app';

type Win = Window & { HelplineWidget?: unknown };

function script(data: Record<string, string> = {}) {
  const s = document.createElement('script');
  s.src = 'https://cdn.example.org/helpline-widget.js';
  Object.assign(s.dataset, data);
  return s;
}

/** Boots as the script tag does (widget/embed/index.ts) and returns the page's global. */
function embed(data: Record<string, string> = {}, loadApp: (url: string) => Promise<{ startApp: StartApp }> = async () => ({ startApp })) {
  const tag = script(data);
  bootScriptTag({ url: tag.src, tag }, loadApp);
  return (window as Win).HelplineWidget as HelplineApi | undefined;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  (window as Win).HelplineWidget && ((window as Win).HelplineWidget as HelplineApi).destroy?.();
  delete (window as Win).HelplineWidget;
  document.body.replaceChildren();
});

describe('the script-tag loader', () => {
  it('adds one <helpline-widget> with an open shadow root and a named launcher', () => {
    embed();
    const hosts = document.querySelectorAll('helpline-widget');
    expect(hosts).toHaveLength(1);
    const launcher = hosts[0]!.shadowRoot!.querySelector('button')!;
    expect(launcher.getAttribute('aria-label')).toMatch(/Chat with our guide/);
  });

  it('gives one widget when the script is included twice', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    embed();
    embed();
    expect(document.querySelectorAll('helpline-widget')).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('included twice'));
    warn.mockRestore();
  });

  it('replays calls the page queued before the script loaded', async () => {
    const events: string[] = [];
    (window as Win).HelplineWidget = {
      q: [
        ['on', ['open', () => events.push('open')]],
        ['open', []],
      ],
    };
    embed();
    await vi.waitFor(() => expect(events).toEqual(['open']));
    const root = document.querySelector('helpline-widget')!.shadowRoot!;
    await vi.waitFor(() => expect(root.querySelector('[role="dialog"]')?.hasAttribute('hidden')).toBe(false));
  });

  it('opens from the launcher and returns focus to it on close', async () => {
    const api = embed()!;
    const root = document.querySelector('helpline-widget')!.shadowRoot!;
    const launcher = root.querySelector('button')!;
    launcher.click();
    await flush();
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    api.close();
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(root.activeElement).toBe(launcher);
  });

  it('emits events to handlers and as helpline:<type> DOM events', async () => {
    const api = embed()!;
    const seen: string[] = [];
    api.on('open', () => seen.push('handler'));
    document.querySelector('helpline-widget')!.addEventListener('helpline:open', () => seen.push('dom'));
    api.open();
    await flush();
    expect(seen).toEqual(['handler', 'dom']);
  });

  it('tells the app when the page took an event over with preventDefault (a site’s own chat)', () => {
    const element = document.createElement('helpline-widget');
    const emitter = createEmitter(element, () => {});
    expect(emitter.emit('handoff', { channel: 'chat', shared: false })).toBe(true);
    element.addEventListener('helpline:handoff', (event) => event.preventDefault());
    expect(emitter.emit('handoff', { channel: 'chat', shared: false })).toBe(false);
  });

  it('shows the helpline number when the conversation cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const api = embed({}, () => Promise.reject(new Error('offline')))!;
    const errors: unknown[] = [];
    api.on('error', (e) => errors.push(e));
    api.open();
    await flush();
    const link = document.querySelector('helpline-widget')!.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('tel:18002272345');
    expect(errors).toEqual([expect.objectContaining({ code: 'load-failed' })]);
    warn.mockRestore();
  });

  it('leaves nothing behind when destroyed, and can start again', () => {
    const api = embed()!;
    api.destroy();
    expect(document.querySelector('helpline-widget')).toBeNull();
    expect((window as Win).HelplineWidget).toBeUndefined();
    expect(embed()).toBeDefined();
  });

  it('without Shadow DOM says so once and still puts the phone number on the page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const attachShadow = Element.prototype.attachShadow;
    // A hostile or old page: the platform feature is missing.
    delete (Element.prototype as Partial<Element>).attachShadow;
    let warnings: unknown[][];
    try {
      expect(embed()).toBeUndefined();
    } finally {
      Element.prototype.attachShadow = attachShadow;
      warnings = warn.mock.calls.map((call) => [...call]);
      warn.mockRestore();
    }
    const links = [...document.body.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['tel:18002272345']);
    expect(links[0]!.textContent).toMatch(/1-800-227-2345/);
    expect((window as Win).HelplineWidget).toBeUndefined();
    expect(warnings).toEqual([[expect.stringMatching(/^\[helpline-widget\] the widget cannot be drawn here .*showing the phone number\.$/)]]);
  });

  it('ignores queued calls to methods the API does not have, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    (window as Win).HelplineWidget = {
      q: [
        ['explode', []],
        ['toString', []],
      ],
    };
    expect(embed()).toBeDefined();
    expect(warn.mock.calls.map((c) => c[0])).toEqual([expect.stringContaining('"explode"'), expect.stringContaining('"toString"')]);
    warn.mockRestore();
  });

  it('fetches the app when the browser is idle, mounts it in a later idle moment, and at once on intent', async () => {
    const idle: (() => void)[] = [];
    // jsdom has no requestIdleCallback: this one runs each callback when the test says so.
    const win = window as unknown as { requestIdleCallback?: (callback: () => void) => number };
    win.requestIdleCallback = (callback) => idle.push(callback);
    try {
      const mounted = vi.fn(startApp);
      const load = vi.fn(async () => ({ startApp: mounted }));
      embed({}, load);
      expect(load).not.toHaveBeenCalled();
      idle.shift()!();
      await flush();
      expect(load).toHaveBeenCalledOnce();
      expect(load).toHaveBeenCalledWith('https://cdn.example.org/helpline-app.js');
      expect(mounted).not.toHaveBeenCalled();
      const launcher = document.querySelector('helpline-widget')!.shadowRoot!.querySelector('button')!;
      launcher.dispatchEvent(new Event('pointerenter'));
      await flush();
      expect(mounted).toHaveBeenCalledOnce();
      idle.shift()!();
      await flush();
      expect(mounted).toHaveBeenCalledOnce();
      expect(load).toHaveBeenCalledOnce();
    } finally {
      delete win.requestIdleCallback;
    }
  });

  it.each<[string, Record<string, string>, { saveData?: boolean; effectiveType?: string } | undefined]>([
    ['data-preload="intent"', { preload: 'intent' }, undefined],
    ['the browser asks to save data', {}, { saveData: true, effectiveType: '4g' }],
    ['a 2G connection', {}, { saveData: false, effectiveType: 'slow-2g' }],
  ])('with %s, fetches nothing until the visitor shows intent', async (_, data, connection) => {
    const idle: (() => void)[] = [];
    const win = window as unknown as { requestIdleCallback?: (callback: () => void) => number };
    win.requestIdleCallback = (callback) => idle.push(callback);
    if (connection) Object.defineProperty(navigator, 'connection', { value: connection, configurable: true });
    try {
      const load = vi.fn(async () => ({ startApp }));
      embed(data, load);
      expect(idle).toEqual([]);
      const launcher = document.querySelector('helpline-widget')!.shadowRoot!.querySelector('button')!;
      launcher.dispatchEvent(new Event('focus'));
      await flush();
      expect(load).toHaveBeenCalledOnce();
    } finally {
      delete win.requestIdleCallback;
      delete (navigator as { connection?: unknown }).connection;
    }
  });

  it('tells the visitor the conversation is coming while its code loads after a tap', async () => {
    let arrive!: (m: { startApp: StartApp }) => void;
    embed({ preload: 'intent' }, () => new Promise((resolve) => (arrive = resolve)));
    const launcher = document.querySelector('helpline-widget')!.shadowRoot!.querySelector('button')!;
    launcher.click();
    expect(launcher.getAttribute('aria-busy')).toBe('true');
    arrive({ startApp });
    await vi.waitFor(() => expect(launcher.getAttribute('aria-expanded')).toBe('true'));
    expect(launcher.hasAttribute('aria-busy')).toBe(false);
  });

  it('does not mount an app that arrives after destroy()', async () => {
    const mounted = vi.fn(startApp);
    let arrive!: (m: { startApp: StartApp }) => void;
    const api = embed({}, () => new Promise((resolve) => (arrive = resolve)))!;
    api.open();
    api.destroy();
    arrive({ startApp: mounted });
    await flush();
    expect(mounted).not.toHaveBeenCalled();
  });

  it('keeps the language when setLocale gets one it does not know', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const api = embed()!;
    api.setLocale('fr');
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('setLocale("fr") is not one of en, es')));
    warn.mockRestore();
  });

  it('draws no launcher in staff mode and opens the guide at once', async () => {
    // The staff guide itself is tested with the app (docs/product.md); here, what the loader does with it.
    const open = vi.fn();
    const app = { open, close() {}, toggle() {}, reset() {}, setLocale() {}, destroy() {} };
    embed({ mode: 'staff' }, async () => ({ startApp: (_, ready) => ready(app) }));
    expect(document.querySelector('helpline-widget')!.shadowRoot!.querySelector('.launcher')).toBeNull();
    await flush();
    expect(open).toHaveBeenCalledOnce();
  });

  it('holds calls made while the staff guide’s file loads, and runs them in order once it is here', async () => {
    const calls: string[] = [];
    const app = {
      open: () => calls.push('open'),
      close() {},
      toggle() {},
      reset: () => calls.push('reset'),
      setLocale: (l: string) => calls.push(l),
      destroy() {},
    };
    let arrive!: () => void;
    const api = embed({ mode: 'staff' }, async () => ({
      startApp: (_, ready) => new Promise<void>((resolve) => (arrive = () => resolve(ready(app)))),
    }))!;
    api.setLocale('es');
    api.reset();
    await flush();
    expect(calls).toEqual([]);
    arrive();
    await vi.waitFor(() => expect(calls).toEqual(['open', 'es', 'reset']));
  });

  it('takes down a staff guide whose file arrives after destroy()', async () => {
    const destroyed = vi.fn();
    const app = { open() {}, close() {}, toggle() {}, reset() {}, setLocale() {}, destroy: destroyed };
    let arrive!: () => void;
    const api = embed({ mode: 'staff' }, async () => ({
      startApp: (_, ready) => new Promise<void>((resolve) => (arrive = () => resolve(ready(app)))),
    }))!;
    await flush();
    api.destroy();
    arrive();
    await vi.waitFor(() => expect(destroyed).toHaveBeenCalledOnce());
  });

  // The visitor's view only: a test's import() of the staff guide's file is no module namespace and never settles here.
  it('hands the view to the API on a page whose Object.prototype has a `then`', async () => {
    const opened = vi.fn();
    // A page's Object.prototype.then makes any object a promise resolves with a promise of its own that never settles.
    Object.defineProperty(Object.prototype, 'then', { value() {}, configurable: true, writable: true });
    try {
      // The app's file arrives as a module namespace, whose prototype is null.
      const namespace = Object.assign(Object.create(null) as object, {
        startApp: ((host, ready) => startApp(host, (app) => ready({ ...app, open: () => (app.open(), opened()) }))) satisfies StartApp,
      });
      const api = embed({ storage: 'none' }, () => Promise.resolve(namespace))!;
      api.open();
      // Polled by hand: vi.waitFor does not settle under the page's `then` either.
      for (let i = 0; i < 80 && opened.mock.calls.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(opened).toHaveBeenCalledOnce();
    } finally {
      delete (Object.prototype as { then?: unknown }).then;
    }
  });
});
