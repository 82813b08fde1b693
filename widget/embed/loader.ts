import { LAUNCHER_LABELS } from '../../content/launcher';
import { readLauncherConfig, telHref } from './config';
import { createEmitter } from './events';
import type { AppHandle, LoaderHost, MountApp } from './host';
import css from './launcher.css?inline';
import { adoptStyles } from './styles';

export const TAG = 'helpline-widget';
/** The API's methods the app implements; the loader forwards them (README, "JavaScript API"). */
const APP_METHODS = ['open', 'close', 'toggle', 'reset', 'setLocale'] as const;
const METHODS: readonly unknown[] = [...APP_METHODS, 'destroy', 'on'];

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

/** The page's queue stub (README, "Calling the API before the script loads"). */
interface Stub {
  q?: unknown;
  version?: unknown;
}

type WidgetWindow = Window & { HelplineWidget?: HelplineApi | Stub };

/**
 * Boots one widget: reads the script's data-* settings, draws the launcher in a shadow root,
 * installs window.HelplineWidget and replays calls queued before it loaded. The conversation
 * itself (Preact, the machine, content) is fetched when the browser is idle and mounted when the
 * visitor shows intent, so the host page pays almost nothing up front (issue 7: this file and
 * its imports are the loader's 2 KB brotli budget; `npm run size` checks it).
 */
export function boot(
  win: WidgetWindow,
  script: HTMLScriptElement | null,
  loadApp: (url: string) => Promise<{ mount: MountApp }>,
): HelplineApi | undefined {
  const doc = win.document;
  const warn = (message: string) => console.warn('[helpline-widget] ' + message);
  const existing = win.HelplineWidget as Stub | undefined;
  if (existing?.version) {
    warn('the script is included twice; keeping the first widget.');
    return;
  }
  if (!doc.documentElement.attachShadow) {
    warn('this browser has no Shadow DOM; the widget is not shown.');
    return;
  }
  const queued = Array.isArray(existing?.q) ? (existing.q as unknown[]) : [];

  const data = script?.dataset ?? {};
  const base = script?.src || doc.baseURI;
  const config = readLauncherConfig(data, doc, base, warn);
  const element = doc.createElement(TAG);
  const root = element.attachShadow({ mode: 'open' });
  element.dataset.position = config.position;
  if (config.target) element.dataset.inline = '';
  adoptStyles(root, css);

  const make = <K extends keyof HTMLElementTagNameMap>(tag: K) =>
    Object.assign(doc.createElement(tag), { className: 'launcher' });
  // The icon is drawn by CSS (launcher.css): cheaper than building an SVG here.
  const launcher = make('button');
  // No type="button" needed: a form cannot reach into a shadow root. aria-expanded comes with
  // the panel it describes (app.ts).
  const name = LAUNCHER_LABELS[config.locale];
  launcher.setAttribute('aria-label', name);
  if (config.mode === 'visitor') root.append(launcher);

  const emitter = createEmitter(element, warn);
  const host: LoaderHost = { element, root, launcher, config, emit: emitter.emit, warn, data, base };

  let app: AppHandle | null = null;
  let fetching: Promise<{ mount: MountApp } | null> | null = null;
  let mounting: Promise<AppHandle | null> | null = null;

  /** Fetches the app's code without running it; if it cannot load (offline, blocked), the phone number is still one tap away. */
  const fetchApp = () =>
    (fetching ??= loadApp(new URL('helpline-app.js', base).href).catch((error: unknown) => {
      fetching = mounting = null;
      const message = `the conversation could not load (${error as Error}); showing the phone number.`;
      warn(message);
      emitter.emit('error', { code: 'load-failed', message });
      if (!root.querySelector('a')) {
        const link = make('a');
        link.href = telHref(config.phone);
        link.textContent = config.phone;
        link.setAttribute('aria-label', `${name}: ${config.phone}`);
        launcher.replaceWith(link);
      }
      return null;
    }));
  /** Mounts the app once; not after destroy(), which takes the element out of the page. */
  const ensureApp = (): Promise<AppHandle | null> =>
    (mounting ??= fetchApp().then((mod) => (mod && element.isConnected ? (app = mod.mount(host)) : null)));
  /** The app's methods (it validates their arguments): called at once, or once it has mounted. */
  const call =
    (method: (typeof APP_METHODS)[number]) =>
    (...args: unknown[]) => {
      const run = (a: AppHandle | null) => (a?.[method] as ((...a: unknown[]) => void) | undefined)?.(...args);
      if (app) run(app);
      else void ensureApp().then(run);
    };

  const api = {
    version: __VERSION__,
    destroy() {
      app?.destroy();
      app = null;
      element.remove();
      if (win.HelplineWidget === api) delete win.HelplineWidget;
    },
    on: emitter.on,
  } as HelplineApi;
  for (const method of APP_METHODS) api[method] = call(method);

  launcher.addEventListener('click', api.toggle);
  // Intent to talk: mount the conversation (hidden) before the click lands. A touch fires
  // pointerenter too, before pointerdown (Pointer Events 3, "The pointerenter event").
  for (const type of ['pointerenter', 'focus']) launcher.addEventListener(type, ensureApp, { once: true });

  (config.target ?? doc.body).append(element);
  win.HelplineWidget = api;

  for (const call of queued) {
    const [method, args] = Array.isArray(call) ? call : [];
    if (METHODS.includes(method)) (api[method as 'open'] as (...a: unknown[]) => void)(...(Array.isArray(args) ? args : []));
    else warn(`ignoring the queued call to unknown method "${String(method)}".`);
  }
  emitter.emit('ready', { version: api.version });

  if (config.open || config.mode === 'staff') api.open();
  // Idle: fetch (and evaluate) the app in one task, mount it in a later one, so neither lands in
  // the host page's load as a long task; intent mounts it at once.
  else win.requestIdleCallback?.(() => fetchApp().then(() => win.requestIdleCallback(ensureApp)));
  return api;
}
