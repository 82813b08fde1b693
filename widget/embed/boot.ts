import { FALLBACK_LABELS, LAUNCHER_LABELS } from '../../content/launcher';
import { readLauncherConfig } from './config';
import { create, docGet, insert, warn } from './dom';
import { createEmitter } from './create-emitter';
import { callLink, fallbackPanel } from './fallback-panel';
import type { AppHandle, LoaderHost, StartApp } from './host';
import css from './launcher.css?inline';
import { saveData } from './save-data';
import { adoptStyles } from './styles';
import { withTimeout } from './with-timeout';

const TAG = 'helpline-widget';
/** The API's methods the app implements; the loader forwards them (README, "JavaScript API"). */
export const APP_METHODS = ['open', 'close', 'toggle', 'reset', 'setLocale'] as const;

export interface HelplineApi {
  version: string;
  open(): void;
  close(): void;
  toggle(): void;
  reset(): void;
  destroy(): void;
  setLocale(locale: string): void;
  on: ReturnType<typeof createEmitter>['on'];
}

/** Where the widget cannot be drawn at all: a plain call link, styled inline (CSSOM, allowed under a strict CSP). */
const PLAIN_LINK =
  'display:inline-block!important;padding:14px 18px!important;border-radius:28px!important;background:#0b5cad!important;color:#fff!important;font:600 16px/1.2 system-ui,sans-serif!important;text-decoration:none!important;';
const CORNER = 'position:fixed!important;bottom:16px!important;right:16px!important;z-index:2147483647!important;';

/** The settings a widget starts with, already read: the data-* values (or the npm options written as them). */
export interface BootSettings {
  data: DOMStringMap;
  /** The address the app's file and relative settings resolve against: the script's own, or the page's. */
  base: string;
  /** The npm module's target element; a script tag names its own with data-target. */
  target?: Element | null;
}

/**
 * Boots one widget: reads its data-* settings, draws the launcher in a shadow root and returns
 * its API; `ready` gets the API before its `ready` event, so the script tag can publish it and
 * replay the calls its page queued (script-tag.ts). The conversation
 * itself (Preact, the machine, content) is fetched when the browser is idle and mounted when the
 * visitor shows intent, so the host page pays almost nothing up front (test/bench/size-graph.mjs: this file and
 * its imports are the loader's budget; `npm run size` checks it). Until the conversation can
 * draw, the loader's own panel (fallback-panel.ts) keeps a person one tap away.
 */
export function boot(
  { data, base, target }: BootSettings,
  loadApp: (url: string) => Promise<{ startApp: StartApp }>,
  ready: (api: HelplineApi) => void,
): HelplineApi | undefined {
  const win = window;
  const doc = document;
  const config = readLauncherConfig(data, doc, base, warn);
  if (target) config.target = target;
  const parent = () => config.target ?? docGet(doc, 'body');
  let element: HTMLElement;
  let root: ShadowRoot;
  try {
    if (win.customElements?.get(TAG)) throw new Error(`<${TAG}> is taken`);
    element = create(doc, TAG);
    root = element.attachShadow({ mode: 'open' });
  } catch (error) {
    warn(`the widget cannot be drawn here (no Shadow DOM, or ${String(error)}); showing the phone number.`);
    const link = callLink(doc, FALLBACK_LABELS[config.locale].helpline, config.phone);
    link.style.cssText = (config.target ? '' : CORNER) + PLAIN_LINK;
    insert(parent()!, link);
    return;
  }
  element.dataset.position = config.position;
  if (config.target) element.dataset.inline = '';
  adoptStyles(root, css);

  // The icon is drawn by CSS (launcher.css): cheaper than building an SVG here.
  const launcher = Object.assign(create(doc, 'button'), { className: 'launcher' });
  // No type="button" needed: a form cannot reach into a shadow root. aria-expanded comes with
  // the panel it describes (start-app.ts).
  launcher.setAttribute('aria-label', LAUNCHER_LABELS[config.locale]);
  if (config.mode === 'visitor') insert(root, launcher);

  const emitter = createEmitter(element, warn);
  let fallback: HTMLElement | null = null;
  const hideFallback = () => {
    fallback?.remove();
    fallback = null;
  };
  let destroyed = false;
  /** The loader's own panel: the conversation could not load, or cannot draw (its content failed). */
  const showFallback = () => {
    if (fallback || destroyed) return;
    fallback = fallbackPanel(doc, config.locale, config.phone, data, () => {
      hideFallback();
      api.open();
    });
    fallback.onkeydown = (event) => {
      if (event.key === 'Escape') {
        hideFallback();
        launcher.focus();
      }
    };
    Node.prototype.insertBefore.call(root, fallback, launcher.parentNode && launcher);
    fallback.querySelector('a')!.focus();
  };
  // The conversation drew after all (a retry worked): its panel replaces the loader's.
  element.addEventListener('helpline:open', hideFallback);
  const host: LoaderHost = { element, root, launcher, config, emit: emitter.emit, warn, data, base, fallback: showFallback };

  let app: AppHandle | null = null;
  let fetching: Promise<{ startApp: StartApp }> | null = null;
  let mounting: Promise<unknown> | null = null;
  /** A failed, hung or broken file: forgotten, so the next click tries again. */
  const failed = (error: unknown) => {
    fetching = mounting = null;
    const message = `the conversation could not load (${String(error)}); showing the phone number.`;
    warn(message);
    emitter.emit('error', { code: 'load-failed', message });
  };
  /** Fetches the app's code without running it, from the loader's own address only. */
  const fetchApp = () => (fetching ??= withTimeout(loadApp(new URL('helpline-app.js', base).href)));
  // The handle is handed over, never passed through a promise: a page's Object.prototype.then
  // would make any object a promise resolves with look like a promise of its own. One that
  // arrives after destroy() (the staff guide's file was on its way) is taken down at once.
  const ensureApp = () =>
    (mounting ??= fetchApp()
      .then((mod) => destroyed || mod.startApp(host, (handle) => (destroyed ? handle.destroy() : (app = handle))))
      .catch(failed));
  /**
   * The app's methods (it validates their arguments): called at once, or once it has mounted.
   * The one queue of calls made before the app can take them, the staff guide's file included.
   */
  const call =
    (method: (typeof APP_METHODS)[number]) =>
    (...args: unknown[]) => {
      const run = () => (app![method] as (...a: unknown[]) => void)(...args);
      if (app) return run();
      // The visitor asked and the code is still on its way (slow network, data saver): the
      // launcher says so (aria-busy, drawn by launcher.css) instead of seeming to ignore the tap.
      const asked = method === 'open' || method === 'toggle';
      if (asked) launcher.ariaBusy = 'true';
      void ensureApp().then(() => {
        launcher.ariaBusy = null;
        if (app) run();
        else if (asked) showFallback();
      });
    };

  const keeper = new MutationObserver(() => {
    const body = docGet(doc, 'body');
    if (!element.isConnected && !destroyed && body) {
      place();
      keeper.observe(body, { childList: true });
    }
  });
  const api = {
    version: __VERSION__,
    destroy() {
      destroyed = true;
      keeper.disconnect();
      app?.destroy();
      app = null;
      element.remove();
    },
    on: emitter.on,
  } as HelplineApi;
  for (const method of APP_METHODS) api[method] = call(method);

  launcher.addEventListener('click', () => (fallback ? hideFallback() : api.toggle()));
  // Intent to talk: mount the conversation (hidden) before the click lands. A touch fires
  // pointerenter too, before pointerdown (Pointer Events 3, "The pointerenter event").
  for (const type of ['pointerenter', 'focus']) launcher.addEventListener(type, ensureApp, { once: true });

  /**
   * The floating widget goes in the top layer (popover="manual", no light dismiss): no z-index
   * covers it and the body's transform, filter or will-change cannot move it, as they move a
   * fixed element (CSS Transforms 1, "containing block for all descendants"). Where popover is
   * missing, launcher.css's fixed position and z-index do what they can.
   */
  const place = () => {
    insert(parent()!, element);
    if (!config.target && config.mode === 'visitor' && element.showPopover) {
      element.setAttribute('popover', 'manual');
      element.showPopover();
    }
  };
  place();
  // A single-page app or Turbo-style navigation that replaces <body> (or empties it) takes the
  // floating widget with it: the same element, with its conversation, goes back on the new body.
  if (!config.target) {
    keeper.observe(docGet(doc, 'documentElement'), { childList: true });
    keeper.observe(element.parentNode!, { childList: true });
  }
  ready(api);
  emitter.emit('ready', { version: api.version });

  if (config.open || config.mode === 'staff') api.open();
  // Idle: fetch (and evaluate) the app in one task, mount it in a later one, so neither lands in
  // the host page's load as a long task; intent mounts it at once. Not on data-preload="intent",
  // nor when the visitor's browser asks to save data or is on 2G (Network Information API,
  // https://wicg.github.io/netinfo/): there only intent fetches it.
  else if (config.preload !== 'intent' && !saveData(win))
    win.requestIdleCallback?.(() => fetchApp().then(() => win.requestIdleCallback(ensureApp), failed));
  return api;
}
