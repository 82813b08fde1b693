/**
 * The embedding contract's data-* attributes (docs/product.md). Every attribute is
 * optional and validated: a bad value logs one warning naming the attribute and the default is
 * used, so a typo never breaks the widget. This file ships in the loader (2 KB brotli budget,
 * test/bench/size-graph.mjs): the checks share one message shape instead of each carrying its own sentence.
 */
import type { ChatVendor } from '../handoff/chat-settings';
import { docGet } from './dom';

export type LocaleSetting = 'en' | 'es';

/** What the loader needs before the app loads: the launcher, where it goes, the fallback number. */
export interface LauncherConfig {
  locale: LocaleSetting;
  mode: 'visitor' | 'staff';
  position: 'right' | 'left';
  /** The element to render into (inline embed), or null for the floating corner widget. */
  target: Element | null;
  open: boolean;
  phone: string;
  /**
   * When the conversation's code is fetched before the visitor asks: "idle" (after the page has
   * loaded, unless the browser asks to save data or is on a 2G connection) or "intent" (on hover,
   * focus or touch of the launcher). Only the loader reads it.
   */
  preload?: 'idle' | 'intent';
}

/** The rest is read (and warned about) by the app when it mounts, keeping the loader small. */
export interface WidgetConfig extends LauncherConfig {
  emergencyNumber: string;
  chatUrl: string | null;
  /** Raw schedule text; parsed and validated by the app (flows/schedule.ts). */
  chatHours: string | null;
  storage: 'session' | 'local' | 'none';
  /** data-storage was written and valid, not defaulted: staff mode stores only then (docs/product.md). */
  storageAsked?: boolean;
  contentUrl: string | null;
  /** data-chat-provider and data-chat-fields, read by the app (widget/handoff/chat-settings.ts). */
  chatVendor?: ChatVendor | null;
  /** data-analytics: where the coarse, allow-listed events go (widget/app/analytics.ts); none by default. */
  analytics?: 'none' | 'datalayer' | 'plausible';
  /** data-events: the `step` event's detail, the stage by default or the exact step (README, "Events"). */
  events?: 'stage' | 'detailed';
}

export const DEFAULT_PHONE = '1-800-227-2345';
export const DEFAULT_EMERGENCY = '911';

type Warn = (message: string) => void;

/** "auto" follows the page's lang (README, "Attributes"): the page's language, not the browser's. */
export function autoLocale(doc: Document): LocaleSetting {
  return /^es\b/i.test(docGet(doc, 'documentElement').lang) ? 'es' : 'en';
}

/** What each reader needs: the script's data-* values, the page, the base URL, the warning. */
interface Ctx {
  data: DOMStringMap;
  doc: Document;
  base: string;
  warn: Warn;
}

const raw = (c: Ctx, key: string) => c.data[key]?.trim();

/**
 * One warning per bad value: `data-<name>="<value>" <why>; <fallback>.` Each reader is a function
 * of its own so the loader's bundle keeps only the ones it calls.
 * dataset keys are camelCase; the warning names the attribute as the page wrote it.
 */
function bad<T>(c: Ctx, key: string, why: string, fallback: T, said = `using "${fallback}"`): T {
  c.warn(`data-${key.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}="${c.data[key]}" ${why}; ${said}.`);
  return fallback;
}

/** One of a fixed set of values; the first is the default. */
function choice<T extends string>(c: Ctx, key: string, allowed: readonly T[]): T {
  const v = (raw(c, key)?.toLowerCase() ?? allowed[0]) as T;
  return allowed.includes(v) ? v : bad(c, key, `is not one of ${allowed.join(', ')}`, allowed[0]!);
}

function phone(c: Ctx, key: string, fallback: string): string {
  const v = raw(c, key) ?? fallback;
  return /^\+?[0-9][0-9 ().-]{1,24}$/.test(v) ? v : bad(c, key, 'is not a phone number', fallback);
}

/** https: links only (http: is allowed for localhost, where sites test before going live). */
function url(c: Ctx, key: string): string | null {
  const v = raw(c, key);
  if (!v) return null;
  try {
    const u = new URL(v, c.base);
    if (u.protocol === 'https:' || (u.protocol === 'http:' && /^(localhost|127\.0\.0\.1)$/.test(u.hostname))) return u.href;
  } catch {
    // fall through to the warning
  }
  return bad(c, key, 'is not an https: address', null, 'ignoring it');
}

function target(c: Ctx, selector = raw(c, 'target')): Element | null {
  try {
    if (!selector) return null;
    const found = Document.prototype.querySelector.call(c.doc, selector);
    if (found) return found;
  } catch {
    // an invalid selector matches nothing too
  }
  return bad(c, 'target', 'matches no element', null, 'showing the floating widget');
}

/** The loader's part, read at once from the script tag. */
export function readLauncherConfig(data: DOMStringMap, doc: Document, base: string, warn: Warn): LauncherConfig {
  const c = { data, doc, base, warn };
  const locale = choice(c, 'locale', ['en', 'es', 'auto'] as const);
  return {
    locale: locale === 'auto' ? autoLocale(doc) : locale,
    mode: choice(c, 'mode', ['visitor', 'staff'] as const),
    position: choice(c, 'position', ['right', 'left'] as const),
    target: target(c),
    open: choice(c, 'open', ['false', 'true']) === 'true',
    phone: phone(c, 'phone', DEFAULT_PHONE),
    preload: choice(c, 'preload', ['idle', 'intent'] as const),
  };
}

/**
 * The emergency number for the loader's own fallback panel (fallback-panel.ts), which shows only
 * when the app could not load: the app reads it again, and warns about a bad value then.
 */
export function readEmergencyNumber(data: DOMStringMap): string {
  return phone({ data, warn() {} } as unknown as Ctx, 'emergencyNumber', DEFAULT_EMERGENCY);
}

/** The app's part, read when the app mounts (widget/embed/start-app.ts). */
export function readAppConfig(data: DOMStringMap, doc: Document, base: string, warn: Warn): Omit<WidgetConfig, keyof LauncherConfig> {
  const c = { data, doc, base, warn };
  const app = {
    emergencyNumber: phone(c, 'emergencyNumber', DEFAULT_EMERGENCY),
    chatUrl: url(c, 'chatUrl'),
    chatHours: raw(c, 'chatHours') || null,
    storage: choice(c, 'storage', ['session', 'local', 'none'] as const),
    contentUrl: url(c, 'contentUrl'),
    analytics: choice(c, 'analytics', ['none', 'datalayer', 'plausible'] as const),
    events: choice(c, 'events', ['stage', 'detailed'] as const),
  };
  return { ...app, storageAsked: raw(c, 'storage')?.toLowerCase() === app.storage };
}

/** Every attribute at once, as the loader and the app read them together. */
export function readConfig(data: DOMStringMap, doc: Document, base: string, warn: Warn): WidgetConfig {
  return { ...readLauncherConfig(data, doc, base, warn), ...readAppConfig(data, doc, base, warn) };
}

/** tel: links carry the digits only (RFC 3966 allows separators, but some dialers do not). */
export function telHref(phoneNumber: string): string {
  return `tel:${phoneNumber.replace(/[^0-9+]/g, '')}`;
}
