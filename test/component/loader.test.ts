import { vi } from 'vitest';
import { mount } from '../../widget/app/mount';
import { boot, type HelplineApi } from '../../widget/embed/loader';

type Win = Window & { HelplineWidget?: unknown };

function script(data: Record<string, string> = {}) {
  const s = document.createElement('script');
  s.src = 'https://cdn.example.org/helpline-widget.js';
  Object.assign(s.dataset, data);
  return s;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  (window as Win).HelplineWidget && ((window as Win).HelplineWidget as HelplineApi).destroy?.();
  delete (window as Win).HelplineWidget;
  document.body.replaceChildren();
});

describe('the script-tag loader', () => {
  it('adds one <helpline-widget> with an open shadow root and a named launcher', () => {
    boot(window, script(), async () => ({ mount }));
    const hosts = document.querySelectorAll('helpline-widget');
    expect(hosts).toHaveLength(1);
    const launcher = hosts[0]!.shadowRoot!.querySelector('button')!;
    expect(launcher.getAttribute('aria-label')).toMatch(/Chat with our guide/);
  });

  it('gives one widget when the script is included twice', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    boot(window, script(), async () => ({ mount }));
    boot(window, script(), async () => ({ mount }));
    expect(document.querySelectorAll('helpline-widget')).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('more than once'));
    warn.mockRestore();
  });

  it('replays calls the page queued before the script loaded', async () => {
    const events: string[] = [];
    (window as Win).HelplineWidget = { q: [['on', ['open', () => events.push('open')]], ['open', []]] };
    boot(window, script(), async () => ({ mount }));
    await flush();
    expect(events).toEqual(['open']);
    const root = document.querySelector('helpline-widget')!.shadowRoot!;
    expect(root.querySelector('[role="dialog"]')!.hasAttribute('hidden')).toBe(false);
  });

  it('opens from the launcher and returns focus to it on close', async () => {
    const api = boot(window, script(), async () => ({ mount }))!;
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
    const api = boot(window, script(), async () => ({ mount }))!;
    const seen: string[] = [];
    api.on('open', () => seen.push('handler'));
    document.querySelector('helpline-widget')!.addEventListener('helpline:open', () => seen.push('dom'));
    api.open();
    await flush();
    expect(seen).toEqual(['handler', 'dom']);
  });

  it('shows the helpline number when the conversation cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const api = boot(window, script(), () => Promise.reject(new Error('offline')))!;
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
    const api = boot(window, script(), async () => ({ mount }))!;
    api.destroy();
    expect(document.querySelector('helpline-widget')).toBeNull();
    expect((window as Win).HelplineWidget).toBeUndefined();
    expect(boot(window, script(), async () => ({ mount }))).toBeDefined();
  });
});
