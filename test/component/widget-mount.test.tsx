import { waitFor, within } from '@testing-library/preact';
import { vi } from 'vitest';
import { controlView } from '../../widget/app/control-view';
import { visitorMode } from '../../widget/app/visitor-mode';
import type { WidgetConfig } from '../../widget/embed/config';
import { fakeHost } from './fake-host';

/** The visitor's view mounted on a host as the app mounts it. */
function mounted(config: Partial<WidgetConfig> = {}) {
  const { host, events, warn, view } = fakeHost(config);
  return { host, app: controlView(host, visitorMode), events, warn, root: view };
}

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
});

describe('the mounted widget', () => {
  it('opens with focus on the panel’s title, and closes with focus back on the launcher', async () => {
    const { app, host, root } = mounted();
    app.open();
    const dialog = await root.findByRole('dialog', { name: 'Helpline guide' });
    // The title names the dialog and its ring is inside the header, on screen also where the
    // panel fills a phone's (the dialog's own ring is drawn around it, off screen there).
    const title = within(dialog).getByRole('heading', { name: 'Helpline guide' });
    await waitFor(() => expect(host.root.activeElement).toBe(title));
    expect(host.launcher.getAttribute('aria-expanded')).toBe('true');
    app.close();
    expect(host.root.activeElement).toBe(host.launcher);
    expect(host.launcher.getAttribute('aria-expanded')).toBe('false');
  });

  it('marks the launcher unread when the assistant speaks while the panel is closed', async () => {
    const { app, host, root } = mounted();
    app.open();
    await root.findByRole('dialog');
    app.close();
    app.reset();
    expect(host.launcher.hasAttribute('data-unread')).toBe(true);
    expect(host.launcher.getAttribute('aria-label')).toMatch(/new message/);
    app.open();
    expect(host.launcher.hasAttribute('data-unread')).toBe(false);
    expect(host.launcher.getAttribute('aria-label')).not.toMatch(/new message/);
  });

  it('switches language from the panel, and the launcher’s name follows', async () => {
    const { app, host, root } = mounted();
    app.open();
    (await root.findByRole('button', { name: 'Español' })).click();
    await root.findByRole('dialog', { name: 'Guía de ayuda' });
    expect(host.launcher.getAttribute('aria-label')).toMatch(/Hable con nuestra guía/);
    expect(host.config.locale).toBe('es');
  });

  it('switches language from the API', async () => {
    const { app, root } = mounted();
    app.open();
    await root.findByRole('dialog', { name: 'Helpline guide' });
    app.setLocale('es');
    expect(await root.findByRole('dialog', { name: 'Guía de ayuda' })).toBeTruthy();
  });

  it('reports steps, emergencies and hand-offs as events without answers in them', async () => {
    const { app, events, root } = mounted();
    app.open();
    (await root.findByRole('button', { name: 'This is an emergency' })).click();
    root.getByRole('link', { name: /Call 1-800-227-2345/ }).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(events).toEqual(
      expect.arrayContaining([
        ['step', { state: 'emergency' }],
        ['emergency', {}],
        ['handoff', { channel: 'phone', shared: false }],
      ]),
    );
  });

  it('keeps the conversation in session storage and brings it back on the next page', async () => {
    const first = mounted({ storage: 'session' });
    first.app.open();
    (await first.root.findByRole('button', { name: 'Talk to a person' })).click();
    first.app.destroy();
    document.body.replaceChildren();
    const again = mounted({ storage: 'session' });
    again.app.open();
    const log = await again.root.findByRole('log');
    expect(within(log).getByText('Talk to a person')).toBeTruthy();
  });

  it('warns once about bad chat hours, naming the attribute', async () => {
    const { warn } = mounted({ chatHours: 'sometimes' });
    // The hours are read by code that loads only on sites that set them (test/bench/size-graph.mjs).
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(/^data-chat-hours="sometimes"/);
  });
});
