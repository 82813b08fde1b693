import { h, type ComponentChildren } from 'preact';
import { ALLOWED_URI, LANG_TAG } from './allow-list';

/**
 * The sanitizer module (docs/architecture.md, "Boundaries": the one way content markup reaches the
 * DOM) has two parts over one allow-list (allow-list.ts):
 *
 * - this reader, which every visitor loads: it builds the canonical allow-listed subset as Preact
 *   elements, never through an HTML parser, so it needs no Trusted Types policy;
 * - purify.ts, DOMPurify, the judge of all markup: it checks every built-in body at test time
 *   (test/component/markup-vs-purify.test.ts) and every content override at load time, storing
 *   the override in its own serialization, which this reader then renders exactly.
 *
 * Why two parts (test/bench/size-graph.mjs): DOMPurify was 10 KB brotli of the 40 KB budget for a conversation.
 *
 * The reader accepts only: text (entities &amp; &lt; &gt; &quot; &nbsp; and numeric ones), the
 * allow-listed tags without attributes, `<a href="...">` with one double-quoted https: or tel:
 * link (DOMPurify's own ` target="_blank" rel="noopener noreferrer"` after it is allowed; we set
 * both on https links ourselves), and `<span lang="...">` with one short language tag (LANG_TAG;
 * a span says nothing without it, so a bare one is refused). It refuses the WHOLE string at
 * anything else (another tag or attribute, a comment, a stray `<` or `&`, unbalanced tags) and at
 * trees the HTML parser would build differently, so that it is never more permissive than DOMPurify
 * (test/component/markup-vs-purify.test.ts):
 * - no p, ul or ol inside a p (the parser closes the p first);
 * - no link inside a link (the parser closes the outer one);
 * - li only directly inside ul or ol;
 * - no NUL or CR, no references to control characters (the parser rewrites them).
 * A refused string is shown as its text (textOf), never as markup.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** A reference we read, or a stray `&` (no alternative captures: refused). */
const REF = /&(?:(amp|lt|gt|quot|nbsp)|#(\d{1,7})|#[xX]([\dA-Fa-f]{1,6}));|&/g;
/** One token at a time, from where the last ended (sticky): a tag we know, or text up to the next `<`. */
const TOKEN =
  /<(\/?)(p|ul|ol|li|strong|em|a|span)>|<br>|<a href="([^"]*)"(?: target="_blank" rel="noopener noreferrer")?>|<span lang="([^"]*)">|([^<]+)/y;

function decode(s: string): string | undefined {
  let ok = true;
  const out = s.replace(REF, (_, name?: string, dec?: string, hex?: string) => {
    if (name) return ENTITIES[name]!;
    const c = dec ? +dec : hex ? parseInt(hex, 16) : 0;
    // Tab, line feed and printable characters only: the parser rewrites NUL, C1 controls and
    // surrogates, and a CR reaching the DOM would come back as LF from DOMPurify's serialization.
    if (c === 9 || c === 10 || (c > 31 && c < 127) || (c > 159 && c < 0x110000 && (c < 0xd800 || c > 0xdfff))) {
      return String.fromCodePoint(c);
    }
    ok = false;
    return '';
  });
  return ok ? out : undefined;
}

type Frame = [tag: string, props: Record<string, string> | null, children: ComponentChildren[]];

/** The markup as Preact children, or undefined when it is not the strict subset (see the module comment). */
export function readMarkup(html: string): ComponentChildren[] | undefined {
  // The parser drops NUL and turns CR into LF; a form feed in leading white space is dropped by
  // the parser but not put back by DOMPurify (it keeps only tab, LF, CR and space there).
  if (/[\0\r]|^[\t\n ]*\f/.test(html)) return undefined;
  const stack: Frame[] = [['', null, []]];
  const isOpen = (tag: string) => stack.some((f) => f[0] === tag);
  for (let at = 0; at < html.length; at = TOKEN.lastIndex) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(html);
    if (!m) return undefined;
    const [token, close, name, href, lang, text] = m;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      const s = decode(text);
      if (s === undefined) return undefined;
      top[2].push(s);
    } else if (token === '<br>') {
      top[2].push(h('br', null));
    } else if (close) {
      if (top[0] !== name) return undefined;
      stack.pop();
      stack[stack.length - 1]![2].push(h(name!, top[1], top[2]));
    } else {
      if (name === 'span' || (lang !== undefined && !LANG_TAG.test(lang))) return undefined;
      const tag = name ?? (lang === undefined ? 'a' : 'span');
      if ((/^(?:p|ul|ol)$/.test(tag) && isOpen('p')) || (tag === 'a' && isOpen('a')) || (tag === 'li' && !/^[uo]l$/.test(top[0]))) {
        return undefined;
      }
      let props: Frame[1] = null;
      if (href !== undefined) {
        const url = decode(href);
        // DOMPurify trims a link and drops one holding markup-like text: refuse rather than differ.
        if (!url || !ALLOWED_URI.test(url) || url !== url.trim() || /[<>]/.test(url)) return undefined;
        props = /^https:/i.test(url) ? { href: url, target: '_blank', rel: 'noopener noreferrer' } : { href: url };
      }
      if (lang !== undefined) props = { lang };
      stack.push([tag, props, []]);
    }
  }
  return stack.length === 1 ? stack[0]![2] : undefined;
}

/** Markup reduced to its text, without any HTML parser: only ever set as a text node's data. */
export function textOf(html: string): string {
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
