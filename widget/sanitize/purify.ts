import DOMPurify, { type Config } from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS, ALLOWED_URI, LANG_TAG } from './allow-list';
import { textOf } from './markup';

/**
 * DOMPurify, the judge of all content markup (see markup.ts for the module as a whole). Only
 * content overrides load this part (widget/app/content-overrides.ts, its own chunk): the
 * allow-lists are data (allow-list.ts), the logic is DOMPurify's, on a private instance per
 * window so a host page's own DOMPurify hooks cannot reach ours.
 */

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
    // The page's `trusted-types` directive does not list our policy: DOMPurify cannot parse, so
    // override markup cannot be judged (built-in answers need no parser: markup.ts).
    console.warn(
      `[helpline-widget] this page's Content-Security-Policy does not allow the Trusted Types policy "${TT_POLICY}"; ` +
        `add it to the trusted-types directive. Until then content overrides with markup cannot be checked and are not used.`,
    );
    return BLOCKED;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Text as markup that says exactly that text. */
const asMarkup = (text: string) => text.replace(/[&<>]/g, (c) => ESCAPES[c]!);

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
  // `lang` is allowed on a span only, and only as a short language tag (allow-list.ts): anywhere
  // else it is removed, which isSafeHtml reports, as the reader refuses it (markup.ts).
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'lang' && (node.nodeName !== 'SPAN' || !LANG_TAG.test(data.attrValue))) data.keepAttr = false;
  });
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
    // Not a link: without this DOMPurify holds a lang value to ALLOWED_URI too; the hook above checks it.
    ADD_URI_SAFE_ATTR: ['lang'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ...(policy ? { TRUSTED_TYPES_POLICY: policy as Config['TRUSTED_TYPES_POLICY'] } : {}),
  };
  found = { purifier, config };
  instances.set(win, found);
  return found;
}

/**
 * One DOMPurify pass, as the markup of the tree it built. Asked for the tree, DOMPurify always
 * parses: asked for a string, it returns markup without a `<` untouched, even `&#60script`, which
 * is not the form the reader draws (markup.ts) nor the text a browser shows for it.
 */
function once(purifier: Purifier, config: Config, html: string, win: Window): string {
  const holder = win.document.createElement('div');
  holder.append(purifier.sanitize(html, { ...config, RETURN_DOM_FRAGMENT: true }));
  return holder.innerHTML;
}

/**
 * Sanitized markup as a string: the canonical form a content override is stored in, which the
 * reader (markup.ts) renders exactly, and what tests compare built-in bodies with. One pass can
 * leave a tree the parser would never build (an <a> inside an <a> once a <table> around it is
 * removed), which re-parses differently: the mutation-XSS pattern. Passes repeat until the
 * markup is a fixed point, so what is appended is exactly what was checked (docs/product.md, found by
 * test/component/sanitize-properties.test.ts).
 */
export function sanitizeHtml(html: string, win: Window = window): string {
  const { purifier, config } = instanceFor(win);
  if (!purifier) return asMarkup(textOf(String(html)));
  let out = once(purifier, config, String(html), win);
  for (let pass = 0; pass < 4; pass++) {
    const next = once(purifier, config, out, win);
    if (next === out) return out;
    out = next;
  }
  // Never settles: show no markup at all rather than markup that shifts under a re-parse.
  return asMarkup(textOf(out));
}

/**
 * True when sanitizing removes nothing: every element, attribute and link in the markup is
 * allowed. DOMPurify always reports the parser's implicit <body> wrapper as removed (body is not
 * on our allow-list); that entry counts only when the markup gave the body attributes of its own
 * (`<body onload=...>`). An attribute our hook puts back as it was written (an https link's
 * target and rel, as canonical markup spells them) was not removed.
 */
export function isSafeHtml(html: string, win: Window = window): boolean {
  const { purifier, config } = instanceFor(win);
  // Without a parser nothing can be checked: only markup-free text is safe.
  if (!purifier) return !/[<>]/.test(html);
  // One pass on the markup as given: `removed` describes that pass.
  once(purifier, config, String(html), win);
  return purifier.removed.every((entry) => {
    if ('attribute' in entry) {
      const { attribute, from } = entry as { attribute: Attr | null; from: Element };
      return attribute !== null && from.getAttribute(attribute.name) === attribute.value;
    }
    if (!('element' in entry)) return false;
    const el = entry.element as Element;
    return el.nodeName === 'BODY' && (el.attributes?.length ?? 0) === 0;
  });
}
