import { APP_METHODS, boot, type HelplineApi } from './boot';
import { docGet, warn } from './dom';
import type { StartApp } from './host';
import type { OwnScript } from './own-script';

/** The page's queue stub (README, "Calling the API before the script loads"). */
interface Stub {
  q?: unknown;
  version?: unknown;
}

type WidgetWindow = Window & { HelplineWidget?: HelplineApi | Stub };

/** What a queued call may name: the API's methods. */
const METHODS: readonly unknown[] = [...APP_METHODS, 'destroy', 'on'];

/**
 * A page's own property only: an inherited one (Object.prototype.q or .version from an old
 * library) or a named element (`<form id="HelplineWidget">`, HTML "Named access on the Window
 * object") is not the page's queue or a widget already running.
 */
const own = (object: unknown, key: string): unknown =>
  object && Object.hasOwn(object as object, key) ? (object as Record<string, unknown>)[key] : undefined;

/**
 * What only the <script> tag does (the npm module boots without it): one widget per page,
 * published as window.HelplineWidget, with the calls the page's queue stub holds replayed before
 * the `ready` event. The settings are the tag's data-* values; the app's file is resolved against
 * the script's own address, never the page's, so the widget works from any CDN path
 * (docs/product.md, "It may load further files of its own") and loads nothing from elsewhere.
 * A plain or async <script> in <head> runs before there is a <body> to put the widget in: it
 * waits for one.
 */
export function bootScriptTag(script: OwnScript | null, loadApp: (url: string) => Promise<{ startApp: StartApp }>): void {
  const win = window as WidgetWindow;
  const doc = document;
  const start = () => {
    if (!script) return warn('cannot tell its own address; load it with a <script src> tag.');
    if (!script.tag) warn(`no <script> tag loads ${script.url}; using the default settings.`);
    const existing = own(win, 'HelplineWidget');
    if (own(existing, 'version')) return warn('the script is included twice; keeping the first widget.');
    const queued = own(existing, 'q');
    boot({ data: script.tag?.dataset ?? {}, base: script.url }, loadApp, (api) => {
      const destroy = api.destroy;
      api.destroy = () => {
        destroy();
        if (win.HelplineWidget === api) delete win.HelplineWidget;
      };
      win.HelplineWidget = api;
      for (const call of Array.isArray(queued) ? (queued as unknown[]) : []) {
        const [method, args] = Array.isArray(call) ? call : [];
        if (METHODS.includes(method)) (api[method as 'open'] as (...a: unknown[]) => void)(...(Array.isArray(args) ? args : []));
        else warn(`ignoring the queued call to unknown method "${String(method)}".`);
      }
    });
  };
  if (docGet(doc, 'body')) start();
  else doc.addEventListener('DOMContentLoaded', start, { once: true });
}
