import { render } from '@testing-library/preact';
import { RichText } from '../../widget/app/rich-text';
import { readerTree } from '../fixtures/markup-dom';

/**
 * The reader that draws content markup for every visitor (widget/sanitize/markup.ts, test/bench/size-graph.mjs):
 * the canonical allow-listed subset as elements, anything else refused whole and shown as text.
 */

const drawn = (html: string) => readerTree(html)?.innerHTML;

describe('the content markup reader', () => {
  it('draws the allow-listed subset our content uses', () => {
    const html = '<p>One <strong>idea</strong> <em>each</em>.</p><ul><li>a</li></ul><ol><li>b<br>c</li></ol>';
    expect(drawn(html)).toBe(html);
  });

  it('decodes the entities it knows into text', () => {
    const tree = readerTree('Ages &lt;1 &amp; &gt;2, &quot;quoted&quot;, it&#39;s&nbsp;&#x1F600;&#65;')!;
    expect(tree.children).toHaveLength(0);
    expect(tree.textContent).toBe(`Ages <1 & >2, "quoted", it's\u00a0😀A`);
  });

  it('opens https links in a new tab without the opener, and leaves tel: links as they are', () => {
    const https = readerTree('<a href="https://www.cancer.gov/?a=1&amp;b=2">NCI</a>')!.querySelector('a')!;
    expect(https.getAttribute('href')).toBe('https://www.cancer.gov/?a=1&b=2');
    expect(https.getAttribute('target')).toBe('_blank');
    expect(https.getAttribute('rel')).toBe('noopener noreferrer');
    const tel = readerTree('<a href="tel:18002272345">call</a>')!.querySelector('a')!;
    expect([...tel.attributes].map((a) => a.name)).toEqual(['href']);
    // DOMPurify's own form of an https link, with the target and rel it adds, reads the same.
    expect(drawn('<a href="https://x.org" target="_blank" rel="noopener noreferrer">x</a>')).toBe(drawn('<a href="https://x.org">x</a>'));
  });

  it('marks words in another language with a span and its lang (WCAG 3.1.2), and nothing else on it', () => {
    const html = '<p><span lang="es">¿Prefiere español?</span> I did not understand that.</p><p>Text <span lang="en-US">HELP</span></p>';
    expect(drawn(html)).toBe(html);
    expect(readerTree(html)!.querySelector('span')!.getAttribute('lang')).toBe('es');
  });

  it.each([
    ['a span without lang', '<span>x</span>'],
    ['a span with another attribute', '<span lang="es" class="x">x</span>'],
    ['a span whose lang is not a language tag', '<span lang="e">x</span>'],
    ['a span whose lang holds a space', '<span lang="es ES">x</span>'],
    ['lang on another tag', '<p lang="es">x</p>'],
    ['another tag', '<p>hi</p><div>x</div>'],
    ['an attribute', '<p class="x">hi</p>'],
    ['an event handler', '<p onclick="alert(1)">hi</p>'],
    ['a script link', '<a href="javascript:alert(1)">x</a>'],
    ['an http link', '<a href="http://example.org">x</a>'],
    ['a link with space around it', '<a href=" https://example.org">x</a>'],
    ['a single-quoted link', "<a href='https://example.org'>x</a>"],
    ['a comment', '<p>hi<!-- x --></p>'],
    ['a stray <', 'a < b'],
    ['a stray &', 'salt & pepper'],
    ['an entity it does not know', '&copy; 2026'],
    ['a reference to a control character', 'a&#13;b'],
    ['an unclosed tag', '<p>hi'],
    ['a stray end tag', 'hi</p>'],
    ['crossed tags', '<strong><em>x</strong></em>'],
    ['a list inside a paragraph', '<p>see<ul><li>x</li></ul></p>'],
    ['a paragraph inside a paragraph', '<p><strong><p>x</p></strong></p>'],
    ['a link inside a link', '<a href="tel:1"><em><a href="tel:2">x</a></em></a>'],
    ['a list item outside a list', '<li>x</li>'],
    ['upper-case tags', '<P>x</P>'],
    ['a self-closed br', 'a<br/>b'],
    ['a carriage return', 'a\r\nb'],
  ])('refuses the whole string at %s', (_what, html) => {
    expect(readerTree(html)).toBeUndefined();
  });
});

describe('rich text in the widget', () => {
  it('shows canonical markup as elements', () => {
    const { container } = render(<RichText class="body" html={'<p>Call <a href="tel:988">988</a></p><ul><li><strong>now</strong></li></ul>'} />);
    const host = container.querySelector('.body')!;
    expect(host.querySelector('a')!.getAttribute('href')).toBe('tel:988');
    expect(host.querySelector('li strong')!.textContent).toBe('now');
  });

  it('shows markup the reader refuses as its text only, never as markup', () => {
    const { container } = render(<RichText html={'<p>Hello <img src=x onerror="alert(1)">there</p><p>&lt;b&gt;bold?&lt;/b&gt;</p>'} />);
    const host = container.firstElementChild!;
    expect(host.children).toHaveLength(0);
    expect(host.textContent).toBe('Hello there <b>bold?</b>');
  });
});
