import { LAUNCHER_LABELS } from '../../content/launcher';
import { readConfig, telHref, type LocaleSetting } from './config';
import { createEmitter } from './events';
import type { AppHandle, Host, MountApp } from './host';
import css from './launcher.css?inline';
import { adoptStyles } from './styles';

export const TAG = 'helpline-widget';
const PREFIX = '[helpline-widget]';
const METHODS = ['open', 'close', 'toggle', 'reset', 'destroy', 'setLocale', 'on'] as const;

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

const CHAT_ICON =
  'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2z';

/**
 * Boots one widget: reads the script's data-* settings, draws the launcher in a shadow root,
 * installs window.HelplineWidget and replays calls queued before it loaded. The conversation
 * itself (Preact, the machine, content) loads only when the visitor shows intent or the browser
 * is idle, so the host page pays almost nothing up front (issue 7).
 */
export function boot(
  win: WidgetWindow,
  script: HTMLScriptElement | null,
  loadApp: () => Promise<{ mount: MountApp }>,
): HelplineApi | undefined {
  const doc = win.document;
  const warn = (message: string) => console.warn(`${PREFIX} ${message}`);
  const existing = win.HelplineWidget as Stub | undefined;
  if (existing && typeof existing.version === 'string') {
    warn('the script is included more than once; keeping the widget that is already there.');
    return undefined;
  }
  if (typeof doc.documentElement.attachShadow !== 'function') {
    warn('this browser cannot isolate the widget (no Shadow DOM); the widget is not shown.');
    return undefined;
  }
  const queued = existing && Array.isArray(existing.q) ? (existing.q as unknown[]) : [];

  const config = readConfig(script?.dataset ?? {}, doc, script?.src || doc.baseURI, warn);
  const element = doc.createElement(TAG);
  const root = element.attachShadow({ mode: 'open' });
  element.dataset.position = config.position;
  if (config.target) element.dataset.inline = '';
  adoptStyles(root, css);

  const launcher = doc.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('aria-expanded', 'false');
  const svgNs = 'http://www.w3.org/2000/svg';
  const icon = doc.createElementNS(svgNs, 'svg');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(svgNs, 'path');
  path.setAttribute('d', CHAT_ICON);
  icon.append(path);
  const badge = doc.createElement('span');
  badge.className = 'badge';
  launcher.append(icon, badge);
  const label = () => launcher.setAttribute('aria-label', LAUNCHER_LABELS[config.locale]);
  label();
  if (config.mode === 'visitor') root.append(launcher);

  const emitter = createEmitter(element, warn);
  const host: Host = { element, root, launcher, config, emit: emitter.emit, warn };

  let app: AppHandle | null = null;
  let loading: Promise<AppHandle | null> | null = null;
  let destroyed = false;

  /** If the conversation cannot load (offline, blocked), the phone number still can be reached. */
  const fallback = () => {
    if (root.querySelector('.fallback')) return;
    const link = doc.createElement('a');
    link.className = 'launcher fallback';
    link.href = telHref(config.phone);
    link.textContent = config.phone;
    link.setAttribute('aria-label', `${LAUNCHER_LABELS[config.locale]}: ${config.phone}`);
    launcher.replaceWith(link);
  };

  const ensureApp = (): Promise<AppHandle | null> =>
    (loading ??= loadApp().then(
      (mod) => {
        if (destroyed) return null;
        app = mod.mount(host);
        return app;
      },
      (error: unknown) => {
        loading = null;
        const message = `the conversation could not load (${String(error)}); showing the helpline number instead.`;
        warn(message);
        emitter.emit('error', { code: 'load-failed', message });
        fallback();
        return null;
      },
    ));
  const withApp = (fn: (a: AppHandle) => void) => () => {
    if (app) fn(app);
    else void ensureApp().then((a) => a && fn(a));
  };

  const api: HelplineApi = {
    version: __VERSION__,
    open: withApp((a) => a.open()),
    close: () => app?.close(),
    toggle: withApp((a) => a.toggle()),
    reset: withApp((a) => a.reset()),
    setLocale(locale: string) {
      if (locale !== 'en' && locale !== 'es') {
        warn(`setLocale("${String(locale)}") is not one of en, es; keeping "${config.locale}".`);
        return;
      }
      config.locale = locale as LocaleSetting;
      label();
      app?.setLocale(config.locale);
    },
    destroy() {
      destroyed = true;
      app?.destroy();
      app = null;
      emitter.clear();
      element.remove();
      if (win.HelplineWidget === api) delete win.HelplineWidget;
    },
    on: emitter.on,
  };

  launcher.addEventListener('click', api.toggle);
  // Intent to talk: start fetching the conversation before the click lands.
  const preload = () => void ensureApp();
  launcher.addEventListener('pointerenter', preload, { once: true });
  launcher.addEventListener('focus', preload, { once: true });
  launcher.addEventListener('touchstart', preload, { once: true, passive: true });

  (config.target ?? doc.body).append(element);
  win.HelplineWidget = api;

  for (const call of queued) {
    const [method, args] = Array.isArray(call) ? (call as [unknown, unknown]) : [];
    if (typeof method === 'string' && (METHODS as readonly string[]).includes(method)) {
      (api[method as (typeof METHODS)[number]] as (...a: unknown[]) => void)(...(Array.isArray(args) ? args : []));
    } else {
      warn(`ignoring a queued call to an unknown method (${String(method)}).`);
    }
  }
  emitter.emit('ready', { version: api.version });

  if (config.open || config.mode === 'staff') api.open();
  else if ('requestIdleCallback' in win) win.requestIdleCallback(preload, { timeout: 5000 });
  return api;
}
