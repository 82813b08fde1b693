import DOMPurify, { type Config } from 'dompurify';

/**
 * The only way HTML reaches the DOM (architecture.md, "Boundaries"). Content carries a small
 * allow-listed subset; everything else is removed. The allow-lists are data, the logic below is
 * DOMPurify's, on a private instance so a host page's own DOMPurify hooks cannot reach ours.
 */
export const ALLOWED_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'] as const;
export const ALLOWED_ATTR = ['href'] as const;
/** Links: https: and tel: only (issue 4). */
export const ALLOWED_URI = /^(?:https:|tel:)/i;

const TT_POLICY = 'helpline-widget';

type Purifier = ReturnType<typeof DOMPurify>;
/** `purifier: null`: the page enforces Trusted Types without allowing our policy (see policyFor). */
const instances = new WeakMap<Window, { purifier: Purifier | null; config: Config }>();

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML: (s: string) => string }): unknown;
}

const BLOCKED = Symbol('trusted types policy blocked');

function policyFor(win: Window): unknown {
  const tt = (win as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return undefined;
  // DOMPurify parses the input in an inert document; under `require-trusted-types-for 'script'`
  // that parse needs a policy. Ours is only ever handed to DOMPurify, whose output is sanitized.
  try {
    return tt.createPolicy(TT_POLICY, { createHTML: (s) => s });
  } catch {
    // The page's `trusted-types` directive does not list our policy: no HTML can be parsed at
    // all, so answers are shown as plain text rather than not at all (issue 8).
    console.warn(
      `[helpline-widget] this page's Content-Security-Policy does not allow the Trusted Types policy "${TT_POLICY}"; ` +
        `add it to the trusted-types directive. Answers are shown as plain text until then.`,
    );
    return BLOCKED;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Markup reduced to its text, without any HTML parser: only ever set as a text node's data. */
function textOf(html: string): string {
  return html
    .replace(/<\/(?:p|li)>|<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>?/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (m, dec: string, hex: string, name: string) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : NaN;
      if (!Number.isNaN(code)) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      return ENTITIES[name.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function instanceFor(win: Window) {
  let found = instances.get(win);
  if (found) return found;
  const policy = policyFor(win);
  if (policy === BLOCKED) {
    found = { purifier: null, config: {} };
    instances.set(win, found);
    return found;
  }
  const purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!ALLOWED_URI.test(href)) node.removeAttribute('href');
      // rel and target are ours to set, never the content's (the hook runs after the allow-list).
      if (/^https:/i.test(href)) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
  });
  const config: Config = {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: [...ALLOWED_ATTR],
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ...(policy ? { TRUSTED_TYPES_POLICY: policy as Config['TRUSTED_TYPES_POLICY'] } : {}),
  };
  found = { purifier, config };
  instances.set(win, found);
  return found;
}

/** One DOMPurify pass, as a string. */
function once(purifier: Purifier, config: Config, html: string): string {
  return String(purifier.sanitize(html, { ...config, RETURN_TRUSTED_TYPE: false }));
}

/**
 * Sanitized markup as a string (for validating content overrides and for tests). One pass can
 * leave a tree the parser would never build (an <a> inside an <a> once a <table> around it is
 * removed), which re-parses differently: the mutation-XSS pattern. Passes repeat until the
 * markup is a fixed point, so what is appended is exactly what was checked (issue 8, found by
 * test/component/sanitize-properties.test.ts).
 */
export function sanitizeHtml(html: string, win: Window = window): string {
  const { purifier, config } = instanceFor(win);
  if (!purifier) return textOf(String(html));
  let out = once(purifier, config, String(html));
  for (let pass = 0; pass < 4; pass++) {
    const next = once(purifier, config, out);
    if (next === out) return out;
    out = next;
  }
  // Never settles: show no markup at all rather than markup that shifts under a re-parse.
  return textOf(out);
}

/** Sanitized markup as nodes, ready to append: no HTML string sink is touched. */
export function sanitizeToFragment(html: string, win: Window = window): DocumentFragment {
  const { purifier, config } = instanceFor(win);
  if (!purifier) {
    const fragment = win.document.createDocumentFragment();
    fragment.append(textOf(String(html)));
    return fragment;
  }
  return purifier.sanitize(sanitizeHtml(html, win), { ...config, RETURN_DOM_FRAGMENT: true });
}

/**
 * True when sanitizing removes nothing: every element, attribute and link in the markup is
 * allowed. DOMPurify always reports the parser's implicit <body> wrapper as removed (body is not
 * on our allow-list); that entry counts only when the markup gave the body attributes of its own
 * (`<body onload=...>`).
 */
export function isSafeHtml(html: string, win: Window = window): boolean {
  const { purifier, config } = instanceFor(win);
  // Without a parser nothing can be checked: only markup-free text is safe.
  if (!purifier) return !/[<>]/.test(html);
  // One pass on the markup as given: `removed` describes that pass.
  once(purifier, config, String(html));
  return purifier.removed.every((entry) => {
    if (!('element' in entry)) return false;
    const el = entry.element as Element;
    return el.nodeName === 'BODY' && (el.attributes?.length ?? 0) === 0;
  });
}
