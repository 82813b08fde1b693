import fc from 'fast-check';
import { sanitizeHtml } from '../../widget/sanitize/purify';
import { purifiedTree } from '../fixtures/markup-dom';
import { EVENT_HANDLER_ATTR, SCRIPT_URL, XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { runs } from '../fixtures/property-runs';

/**
 * Properties of the one sanitizer (docs/product.md), after DOMPurify's own approach: known payloads mixed
 * with random strings and random recombinations of both. Runs in jsdom, where DOMPurify really
 * sanitizes (docs/architecture.md: happy-dom returns the input untouched).
 */

const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcdoc', 'background', 'poster'];

/** Every problem with sanitized markup: script elements, handler attributes, script URLs. */
function dangers(html: string): string[] {
  const template = document.createElement('template');
  // The test reads the sanitizer's output back as a browser would, to look for what survived.
  template.innerHTML = html;
  const found: string[] = [];
  for (const el of template.content.querySelectorAll('*')) {
    const tag = el.localName;
    if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'style', 'form', 'svg', 'math'].includes(tag)) {
      found.push(`<${tag}>`);
    }
    for (const attr of el.attributes) {
      if (EVENT_HANDLER_ATTR.test(attr.name)) found.push(`${tag}[${attr.name}]`);
      if (URL_ATTRS.includes(attr.name) && SCRIPT_URL.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value}]`);
      if (attr.name === 'href' && !/^(?:https:|tel:)/i.test(attr.value)) found.push(`${tag}[href=${attr.value}]`);
    }
  }
  return found;
}

const known = fc.constantFrom(...XSS_PAYLOADS.map((p) => p.payload));
const fragments = fc.constantFrom(
  '<',
  '>',
  '"',
  "'",
  '=',
  '/',
  '<a href="',
  '<img src=x ',
  'onerror=',
  'javascript:',
  '<svg>',
  '<math>',
  '</p>',
  '<p>',
  '<!--',
  '-->',
  '<style>',
  '</style>',
  '<noscript>',
  '<template>',
  '&lt;',
  '&#106;',
  '\u0000',
  '<strong>',
  '<a href="https://example.org">',
  '<a href="tel:911">',
  '</a>',
  '<ul><li>',
  '<br>',
  // Elements the parser moves or closes on its own (foster parenting, implied end tags): once
  // removed they can leave a tree that re-parses differently, e.g. an <a> inside an <a>.
  '<table><tr><td>',
  '</td></tr></table>',
  '<p><ul>',
  '<select>',
  '<form>',
);
/** Random strings, known payloads, and random splices of payload pieces and markup fragments. */
const input = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  known,
  fc.array(fc.oneof(known, fragments, fc.string({ maxLength: 12 })), { maxLength: 12 }).map((parts) => parts.join('')),
);

describe('the sanitizer, on known payloads and random input', () => {
  it('has a corpus of at least 100 known payloads, each named once', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(XSS_PAYLOADS.map((p) => p.id)).size).toBe(XSS_PAYLOADS.length);
  });

  it('the checker itself sees the danger in most raw payloads (so a passing run means something)', () => {
    const risky = XSS_PAYLOADS.filter((p) => dangers(p.payload).length > 0);
    expect(risky.length).toBeGreaterThan(XSS_PAYLOADS.length * 0.6);
  });

  it.each(XSS_PAYLOADS.map((p) => [p.id, p.payload]))('removes everything that could run from %s', (_id, payload) => {
    expect(dangers(sanitizeHtml(payload))).toEqual([]);
  });

  it('never throws, and its output never holds a script, an event handler or a script URL', () => {
    fc.assert(
      fc.property(input, (html) => {
        const out = sanitizeHtml(html);
        expect(dangers(out)).toEqual([]);
        expect(dangers(purifiedTree(html).innerHTML)).toEqual([]);
      }),
      { numRuns: runs(1500) },
    );
    // Thousands of jsdom parses: seconds of work, not a timing claim (CI's 2 cores may be busy).
  }, 60_000);

  it('is idempotent: sanitizing its own output changes nothing (no mutation XSS on a second parse)', () => {
    fc.assert(
      fc.property(input, (html) => {
        const once = sanitizeHtml(html);
        expect(sanitizeHtml(once)).toBe(once);
      }),
      { numRuns: runs(1500) },
    );
  }, 60_000);

  it('settles nested links left behind by a removed table (found by the property above)', () => {
    const html = '<a href="https://example.org"><table><tr><td><a href="</td><img src=x onerror=__xss(1)>">x</a></td></tr></table>';
    const once = sanitizeHtml(html);
    expect(sanitizeHtml(once)).toBe(once);
    expect(dangers(once)).toEqual([]);
  });

  it('keeps the allow-listed markup content uses, and forces safe link targets', () => {
    const out = sanitizeHtml('<p>Call <a href="tel:18002272345">us</a> or read <a href="https://www.cancer.gov">NCI</a></p>');
    expect(out).toContain('<a href="tel:18002272345">us</a>');
    expect(out).toMatch(
      /<a href="https:\/\/www\.cancer\.gov" (?:target="_blank" rel="noopener noreferrer"|rel="noopener noreferrer" target="_blank")>NCI<\/a>/,
    );
  });
});
