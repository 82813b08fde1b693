import { within } from '@testing-library/preact';
import { vi } from 'vitest';
import type { WidgetConfig } from '../../widget/embed/config';
import type { Host, WidgetEvents } from '../../widget/embed/host';

/**
 * The loader's side of the contract (widget/embed/host.ts) without the loader: the element on the
 * page with its shadow root, the launcher in it (visitor mode has one, staff mode none), the
 * settings a page's data-* give, and the events and warnings the view sends back.
 */
export function fakeHost(config: Partial<WidgetConfig> = {}) {
  const element = document.body.appendChild(document.createElement('helpline-widget'));
  const root = element.attachShadow({ mode: 'open' });
  const launcher = document.createElement('button');
  launcher.setAttribute('aria-label', 'launcher');
  if (config.mode !== 'staff') root.append(launcher);
  const events: [keyof WidgetEvents, unknown][] = [];
  const warn = vi.fn();
  const host: Host = {
    element,
    root,
    launcher,
    warn,
    emit: (type, detail) => events.push([type, detail]) > 0,
    config: {
      locale: 'en',
      mode: 'visitor',
      position: 'right',
      target: null,
      open: false,
      phone: '1-800-227-2345',
      emergencyNumber: '911',
      chatUrl: null,
      chatHours: null,
      storage: 'none',
      contentUrl: null,
      ...config,
    },
  };
  return { host, events, warn, view: within(root as unknown as HTMLElement) };
}
