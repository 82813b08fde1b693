import { h } from 'preact';
import { en } from '../../content/en';
import { markTerms } from '../../widget/app/mark-terms';
import { readMarkup } from '../../widget/sanitize/markup';
import { readerTree } from '../fixtures/markup-dom';

/**
 * Glossary words are marked where an answer says them (widget/app/mark-terms.ts), in the words of
 * the answer's own language only: words in another language (a span with its own lang) are not
 * this glossary's to explain.
 */
const marked = (html: string) =>
  markTerms(readMarkup(html)!, en, 'test.item', (hit) => h('button', null, hit.word)).flatMap((block) => block.terms.map((t) => t.word));

describe('glossary words in an answer', () => {
  it('are marked in the answer’s own words', () => {
    expect(marked('<p>Chemotherapy comes first.</p>')).toEqual(['Chemotherapy']);
  });

  it('are not marked inside words in another language, and are still marked after them', () => {
    expect(readerTree('<span lang="fr">chemotherapy</span>')).toBeDefined();
    expect(marked('<p><span lang="fr">Chemotherapy</span> then chemotherapy.</p>')).toEqual(['chemotherapy']);
  });
});
