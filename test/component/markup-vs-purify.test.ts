import fc from 'fast-check';
import { en, es } from '../../content';
import { ALLOWED_TAGS, ALLOWED_URI, LANG_TAG } from '../../widget/sanitize/allow-list';
import { isSafeHtml, sanitizeHtml } from '../../widget/sanitize/purify';
import { fill } from '../../widget/app/text';
import { DEFAULT_EMERGENCY, DEFAULT_PHONE } from '../../widget/embed/config';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { purifiedTree, readerTree } from '../fixtures/markup-dom';
import { runs } from '../fixtures/property-runs';

/**
 * DOMPurify stays the judge of all markup while the reader (widget/sanitize/markup.ts) draws it
 * (test/bench/size-graph.mjs). Built-in bodies are held to DOMPurify's own output here, at test time; overrides are
 * stored in that output at load time. And the reader never shows what DOMPurify would not.
 * jsdom: DOMPurify is inert in happy-dom (docs/architecture.md).
 */

const bodies = [en, es].flatMap((content) => Object.entries(content.items).map(([key, item]) => [`${content.locale} ${key}`, item.body] as const));
const vars = { phone: DEFAULT_PHONE, emergency: DEFAULT_EMERGENCY };

/** Everything in the reader's tree is on the allow-list, every link is https: or tel:, and lang is a language tag on a span. */
function outsideAllowList(tree: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of tree.querySelectorAll('*')) {
    if (!(ALLOWED_TAGS as readonly string[]).includes(el.localName)) found.push(`<${el.localName}>`);
    for (const { name, value } of el.attributes) {
      const ours = el.localName === 'a' && ((name === 'target' && value === '_blank') || (name === 'rel' && value === 'noopener noreferrer'));
      const language = el.localName === 'span' && name === 'lang' && LANG_TAG.test(value);
      if (name !== 'href' && !ours && !language) found.push(`${el.localName}[${name}]`);
      if (name === 'href' && !ALLOWED_URI.test(value)) found.push(`href=${value}`);
    }
  }
  return found;
}

describe('every built-in body, as DOMPurify judges it', () => {
  it('covers both languages, items and glossary definitions alike', () => {
    expect(bodies.length).toBeGreaterThan(100);
    expect(bodies.some(([name]) => name.startsWith('es glossary.'))).toBe(true);
  });

  it.each(bodies)('%s is safe, already in DOMPurify’s own form, and drawn by the reader as DOMPurify builds it', (_name, body) => {
    expect(isSafeHtml(body)).toBe(true);
    expect(sanitizeHtml(body)).toBe(body);
    const filled = fill(body, vars);
    expect(sanitizeHtml(filled)).toBe(filled);
    const tree = readerTree(filled);
    expect(tree, 'the reader refused it').toBeDefined();
    expect(tree!.innerHTML).toBe(purifiedTree(filled).innerHTML);
  });
});

const known = fc.constantFrom(...XSS_PAYLOADS.map((p) => p.payload));
const allowed = fc.constantFrom(
  '<p>',
  '</p>',
  '<ul>',
  '</ul>',
  '<ol>',
  '</ol>',
  '<li>',
  '</li>',
  '<strong>',
  '</strong>',
  '<em>',
  '</em>',
  '<br>',
  '<a>',
  '</a>',
  '<a href="https://example.org/?a=1&amp;b=2">',
  '<a href="tel:988">',
  '<a href="TEL:+1 800">',
  '<a href="https://x.org" target="_blank" rel="noopener noreferrer">',
  '<a href=" https://x.org">',
  '<a href="javascript:alert(1)">',
  '<a href="https://x.org/&lt;b&gt;">',
  '<span lang="es">',
  '<span lang="en-US">',
  '</span>',
  '<span>',
  '<span lang="e">',
  '<span lang=" es">',
  '<span lang="es" class="x">',
  '<span LANG="es">',
  '<p lang="es">',
  '<a href="tel:988" lang="es">',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&#39;',
  '&nbsp;',
  '&#65;',
  '&#x1F600;',
  '&#0;',
  '&#128;',
  '&#13;',
  '&#12;',
  '&copy;',
  '&',
  ' ',
  '\n',
  '\t',
  '\f',
  '\r',
  '\u0000',
  'text',
  'é',
  '<',
  '>',
  '"',
);
/** Random strings, known payloads, and random sequences of allow-listed markup and payload pieces. */
const input = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  known,
  fc.array(allowed, { maxLength: 16 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(allowed, allowed, known, fc.string({ maxLength: 8 })), { maxLength: 12 }).map((parts) => parts.join('')),
);

describe('the reader is never more permissive than DOMPurify', () => {
  it('whatever it accepts, DOMPurify builds the same tree, and the tree holds only allow-listed markup', () => {
    const numRuns = runs(2000);
    let accepted = 0;
    fc.assert(
      fc.property(input, (html) => {
        const tree = readerTree(html);
        if (!tree) return;
        accepted++;
        expect(tree.innerHTML).toBe(purifiedTree(html).innerHTML);
        expect(outsideAllowList(tree)).toEqual([]);
      }),
      { numRuns },
    );
    // A run in which the reader refused everything would prove nothing: about a third is accepted.
    expect(accepted).toBeGreaterThan(numRuns / 10);
  }, 60_000);

  it.each(XSS_PAYLOADS.map((p) => [p.id, p.payload]))('draws DOMPurify’s output for %s exactly as DOMPurify builds it', (_id, payload) => {
    const canonical = sanitizeHtml(payload);
    const tree = readerTree(canonical);
    expect(tree, `the reader refused ${JSON.stringify(canonical)}`).toBeDefined();
    expect(tree!.innerHTML).toBe(purifiedTree(payload).innerHTML);
    expect(outsideAllowList(tree!)).toEqual([]);
  });
});
