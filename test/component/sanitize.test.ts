import { isSafeHtml, sanitizeHtml } from '../../widget/sanitize/purify';
import { purifiedTree as parse } from '../fixtures/markup-dom';

/** DOMPurify, the judge of all content markup (content/README.md): a small allow-list, in jsdom (DOMPurify is inert in happy-dom). */

describe('the sanitizer', () => {
  it('keeps the allowed markup of our content', () => {
    const html = '<p>One <strong>idea</strong> <em>each</em>.</p><ul><li>a</li></ul><ol><li>b<br>c</li></ol>';
    expect(sanitizeHtml(html)).toBe(html);
    expect(isSafeHtml(html)).toBe(true);
  });

  it('keeps lang on a span only, and only as a short language tag, as the reader does', () => {
    const html = '<p><span lang="es">¿Prefiere español?</span> I did not understand that.</p>';
    expect(sanitizeHtml(html)).toBe(html);
    expect(isSafeHtml(html)).toBe(true);
    expect(isSafeHtml('<span lang="pt-BR">Olá</span>')).toBe(true);
    for (const unsafe of [
      '<p lang="es">x</p>',
      '<span lang="e">x</span>',
      '<span lang="es es">x</span>',
      '<span lang="es" class="x">x</span>',
      '<a href="tel:1" lang="es">x</a>',
    ]) {
      expect(isSafeHtml(unsafe), unsafe).toBe(false);
    }
    expect(sanitizeHtml('<p lang="es">x<span lang="javascript:1">y</span></p>')).toBe('<p>x<span>y</span></p>');
  });

  it('removes scripts, styles, frames and images', () => {
    const out = parse('<p>hi</p><script>alert(1)</script><style>p{}</style><iframe src="https://x.org"></iframe><img src="https://x.org/a.png">');
    expect(out.querySelectorAll('script, style, iframe, img')).toHaveLength(0);
    expect(out.textContent).toBe('hi');
    expect(isSafeHtml('<p>hi</p><script>alert(1)</script>')).toBe(false);
  });

  it('removes event handler and other attributes', () => {
    const out = parse('<p onclick="alert(1)" style="color:red" class="x" id="y" data-x="1" aria-label="z">text</p>');
    expect(out.querySelector('p')!.attributes).toHaveLength(0);
    expect(isSafeHtml('<p onmouseover="alert(1)">text</p>')).toBe(false);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java&#x09;script:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'http://example.org/',
    '//example.org/',
    'mailto:a@example.org',
  ])('drops a link to %s but keeps its text', (href) => {
    const out = parse(`<a href="${href}">read more</a>`);
    const a = out.querySelector('a');
    expect(a?.hasAttribute('href') ?? false).toBe(false);
    expect(out.textContent).toBe('read more');
    expect(isSafeHtml(`<a href="${href}">read more</a>`)).toBe(false);
  });

  it('takes an https link written as it writes one, with our target and rel, as safe and unchanged', () => {
    const html = '<a href="https://www.cancer.gov/" target="_blank" rel="noopener noreferrer">NCI</a>';
    expect(isSafeHtml(html)).toBe(true);
    expect(sanitizeHtml(html)).toBe(html);
    expect(isSafeHtml('<a href="https://www.cancer.gov/" target="_blank" rel="opener">NCI</a>')).toBe(false);
    expect(isSafeHtml('<a href="tel:988" target="_blank" rel="noopener noreferrer">988</a>')).toBe(false);
  });

  it('keeps https links, opening them safely in a new tab', () => {
    const a = parse('<a href="https://www.cancer.gov/" target="_self" rel="opener">NCI</a>').querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://www.cancer.gov/');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('target')).toBe('_blank');
  });

  it('keeps tel: links, without a new tab, and drops rel or target the content set', () => {
    const a = parse('<a href="tel:18002272345" target="_top" rel="opener">1-800-227-2345</a>').querySelector('a')!;
    expect(a.getAttribute('href')).toBe('tel:18002272345');
    expect(a.hasAttribute('target')).toBe(false);
    expect(a.hasAttribute('rel')).toBe(false);
  });

  it('reports unsafe markup, including attributes on a body tag', () => {
    expect(isSafeHtml('plain text')).toBe(true);
    expect(isSafeHtml('<a href="tel:988">988</a>')).toBe(true);
    expect(isSafeHtml('<body onload="alert(1)">hi')).toBe(false);
    expect(isSafeHtml('<div>hi</div>')).toBe(false);
  });

  it('keeps text as text: angle brackets and entities never become markup', () => {
    const out = parse('Ages &lt;script&gt; 1 &lt; 2 &amp; "quotes"');
    expect(out.children).toHaveLength(0);
    expect(out.textContent).toBe('Ages <script> 1 < 2 & "quotes"');
  });

  it('is idempotent', () => {
    const once = sanitizeHtml('<p onclick=x>a<a href="javascript:1">b</a><a href="https://x.org">c</a></p><svg><script>1</script></svg>');
    expect(sanitizeHtml(once)).toBe(once);
  });
});
