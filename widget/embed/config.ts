/**
 * The embedding contract's data-* attributes (../shared/design/product.md). Every attribute is
 * optional and validated: a bad value logs one warning naming the attribute and the default is
 * used, so a typo never breaks the widget.
 */
export type LocaleSetting = 'en' | 'es';

export interface WidgetConfig {
  locale: LocaleSetting;
  mode: 'visitor' | 'staff';
  position: 'right' | 'left';
  /** The element to render into (inline embed), or null for the floating corner widget. */
  target: Element | null;
  open: boolean;
  phone: string;
  emergencyNumber: string;
  chatUrl: string | null;
  /** Raw schedule text; parsed and validated by the app (flows/schedule.ts). */
  chatHours: string | null;
  storage: 'session' | 'local' | 'none';
  contentUrl: string | null;
}

export const DEFAULT_PHONE = '1-800-227-2345';
export const DEFAULT_EMERGENCY = '911';

type Warn = (message: string) => void;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T, warn: Warn): T {
  if (value === undefined) return fallback;
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  warn(`data-${name}="${value}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}

const PHONE = /^\+?[0-9][0-9 ().-]{1,24}$/;

function phone(name: string, value: string | undefined, fallback: string, warn: Warn): string {
  if (value === undefined) return fallback;
  const v = value.trim();
  if (PHONE.test(v)) return v;
  warn(`data-${name}="${value}" is not a phone number (digits, spaces, + ( ) . -); using "${fallback}".`);
  return fallback;
}

/** https: links only (http: is allowed for localhost, where sites test before going live). */
function url(name: string, value: string | undefined, base: string, warn: Warn): string | null {
  if (value === undefined || value.trim() === '') return null;
  try {
    const u = new URL(value.trim(), base);
    const local = u.hostname === 'localhost' || u.hostname === '127.0.0.1';
    if (u.protocol === 'https:' || (u.protocol === 'http:' && local)) return u.href;
  } catch {
    // fall through to the warning
  }
  warn(`data-${name}="${value}" is not an https: address; ignoring it.`);
  return null;
}

function target(value: string | undefined, doc: Document, warn: Warn): Element | null {
  if (value === undefined || value.trim() === '') return null;
  try {
    const found = doc.querySelector(value);
    if (found) return found;
    warn(`data-target="${value}" matches no element; showing the floating widget instead.`);
  } catch {
    warn(`data-target="${value}" is not a valid CSS selector; showing the floating widget instead.`);
  }
  return null;
}

/** "auto" follows the page's lang, then the browser's language. */
export function autoLocale(doc: Document, nav: { language?: string } | undefined): LocaleSetting {
  const lang = (doc.documentElement.lang || nav?.language || 'en').toLowerCase();
  return lang.startsWith('es') ? 'es' : 'en';
}

export function readConfig(data: DOMStringMap, doc: Document, base: string, warn: Warn): WidgetConfig {
  const locale = oneOf('locale', data.locale, ['en', 'es', 'auto'] as const, 'en', warn);
  const hours = data.chatHours?.trim();
  return {
    locale: locale === 'auto' ? autoLocale(doc, globalThis.navigator) : locale,
    mode: oneOf('mode', data.mode, ['visitor', 'staff'] as const, 'visitor', warn),
    position: oneOf('position', data.position, ['right', 'left'] as const, 'right', warn),
    target: target(data.target, doc, warn),
    open: oneOf('open', data.open, ['true', 'false'] as const, 'false', warn) === 'true',
    phone: phone('phone', data.phone, DEFAULT_PHONE, warn),
    emergencyNumber: phone('emergency-number', data.emergencyNumber, DEFAULT_EMERGENCY, warn),
    chatUrl: url('chat-url', data.chatUrl, base, warn),
    chatHours: hours ? hours : null,
    storage: oneOf('storage', data.storage, ['session', 'local', 'none'] as const, 'session', warn),
    contentUrl: url('content-url', data.contentUrl, base, warn),
  };
}

/** tel: links carry the digits only (RFC 3966 allows separators, but some dialers do not). */
export function telHref(phoneNumber: string): string {
  return 'tel:' + phoneNumber.replace(/[^0-9+]/g, '');
}
