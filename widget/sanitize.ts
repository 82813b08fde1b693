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
const instances = new WeakMap<Window, { purifier: Purifier; config: Config }>();

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML: (s: string) => string }): unknown;
}

function policyFor(win: Window): unknown {
  const tt = (win as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return undefined;
  // DOMPurify parses the input in an inert document; under `require-trusted-types-for 'script'`
  // that parse needs a policy. Ours is only ever handed to DOMPurify, whose output is sanitized.
  return tt.createPolicy(TT_POLICY, { createHTML: (s) => s });
}

function instanceFor(win: Window) {
  let found = instances.get(win);
  if (found) return found;
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
  const policy = policyFor(win);
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

/** Sanitized markup as a string (for validating content overrides and for tests). */
export function sanitizeHtml(html: string, win: Window = window): string {
  const { purifier, config } = instanceFor(win);
  return String(purifier.sanitize(String(html), { ...config, RETURN_TRUSTED_TYPE: false }));
}

/** Sanitized markup as nodes, ready to append: no HTML string sink is touched. */
export function sanitizeToFragment(html: string, win: Window = window): DocumentFragment {
  const { purifier, config } = instanceFor(win);
  return purifier.sanitize(String(html), { ...config, RETURN_DOM_FRAGMENT: true });
}

/**
 * True when sanitizing removes nothing: every element, attribute and link in the markup is
 * allowed. DOMPurify always reports the parser's implicit <body> wrapper as removed (body is not
 * on our allow-list); that entry counts only when the markup gave the body attributes of its own
 * (`<body onload=...>`).
 */
export function isSafeHtml(html: string, win: Window = window): boolean {
  const { purifier } = instanceFor(win);
  sanitizeHtml(html, win);
  return purifier.removed.every((entry) => {
    if (!('element' in entry)) return false;
    const el = entry.element as Element;
    return el.nodeName === 'BODY' && (el.attributes?.length ?? 0) === 0;
  });
}
