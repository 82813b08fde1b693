import { en } from '../../content/en';
import type { LocaleContent } from '../../content/types';
import { glossaryHits, MAX_WORD_LENGTH, wordsIn } from '../../widget/app/glossary';

const item = (body: string) => ({ body, sources: ['editorial' as const], reviewed: '2026-01-01' });

/** Content whose glossary is the given terms, each with a definition. */
function withGlossary(glossary: Record<string, readonly string[]>): LocaleContent {
  const items = { ...en.items };
  for (const term of Object.keys(glossary)) items[`glossary.${term}`] = item(`${term} means something.`);
  return { ...en, glossary, items };
}

describe('the glossary matcher', () => {
  it('handles an override of 3,000 terms (about 20 KB) without overflowing and in linear time', () => {
    const glossary: Record<string, string[]> = {};
    for (let i = 0; i < 3000; i++) glossary[`t${i}`] = [`word${i}`, `word${i} extra`];
    const content = withGlossary(glossary);
    expect(JSON.stringify(glossary).length).toBeGreaterThan(20_000);
    const text = 'Here word2999 extra and WORD17 and word170x and word5 again. '.repeat(50);
    const started = performance.now();
    const hits = glossaryHits(text, content);
    expect(performance.now() - started).toBeLessThan(500);
    expect(hits).toEqual([
      { term: 't2999', word: 'word2999' },
      { term: 't17', word: 'WORD17' },
      { term: 't5', word: 'word5' },
    ]);
  });

  it('finds overlapping words of different terms, each at its position', () => {
    const content = withGlossary({ marrow: ['marrow'], bone: ['bone marrow', 'bone'] });
    expect(wordsIn('Bone Marrow.', content)).toEqual([
      { term: 'bone', word: 'Bone Marrow', at: 0 },
      { term: 'bone', word: 'Bone', at: 0 },
      { term: 'marrow', word: 'Marrow', at: 5 },
    ]);
  });

  it('matches words with inner punctuation and in other scripts, whole words only', () => {
    const content = withGlossary({ mycn: ['N-MYC'], isotretinoin: ['isotretinoína'] });
    expect(glossaryHits('El n-myc y la isotretinoína; no isotretinoínas.', content).map((h) => h.word)).toEqual(['n-myc', 'isotretinoína']);
  });

  it('ignores words too long to be a glossary word', () => {
    const long = 'a'.repeat(MAX_WORD_LENGTH + 1);
    expect(glossaryHits(`see ${long}`, withGlossary({ long: [long] }))).toEqual([]);
  });
});
