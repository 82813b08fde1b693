import { fireEvent, render, screen, within } from '@testing-library/preact';
import { en, es, SOURCES } from '../../content';
import { BotLine } from '../../widget/app/bot-line';
import { glossaryHits } from '../../widget/app/glossary';

const vars = { phone: '1-800-227-2345', emergency: '911' };

function line(itemKey: string, content = en) {
  const { container } = render(<BotLine content={content} itemKey={itemKey} vars={vars} />);
  return container.querySelector<HTMLElement>('.line.bot')!;
}

describe('an answer from the assistant', () => {
  it('shows the item through the sanitizer, placeholders filled', () => {
    const answer = line('handoff.phone');
    expect(within(answer).getByRole('link', { name: '1-800-227-2345' }).getAttribute('href')).toBe('tel:18002272345');
    expect(answer.textContent).toContain('24 hours a day, 7 days a week');
  });

  /** The sources' disclosure of an answer, opened: the list it controls. */
  function openSources(answer: HTMLElement, name: RegExp | string) {
    const toggle = within(answer).getByRole('button', { name });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    return answer.ownerDocument.getElementById(toggle.getAttribute('aria-controls')!)!;
  }

  it('keeps its sources in one closed disclosure naming our review date, each with a link and its revision date', () => {
    const answer = line('treatment.low');
    const toggle = within(answer).getByRole('button', { name: `Sources, reviewed ${en.items['treatment.low']!.reviewed}` });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(answer).queryAllByRole('link')).toEqual([]);
    const disclosure = openSources(answer, /^Sources, reviewed/);
    const acs = SOURCES['acs-risk'];
    expect(disclosure.textContent).toContain(`American Cancer Society, ${acs.title} (revised ${acs.revised})`);
    expect(disclosure.textContent).toContain(`National Cancer Institute, ${SOURCES['nci-patient'].title}`);
    const link = within(disclosure).getByRole('link', { name: acs.title });
    expect(link.getAttribute('href')).toBe(acs.url);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.hasAttribute('lang')).toBe(false);
  });

  it('in Spanish links the Spanish NCI page and marks English-only titles as English', () => {
    const disclosure = openSources(line('treatment.low', es), /^Fuentes, revisadas el \d{4}-\d{2}-\d{2}$/);
    const nci = within(disclosure).getByRole('link', { name: SOURCES['nci-patient'].es!.title });
    expect(nci.getAttribute('href')).toContain('cancer.gov/espanol/');
    expect(nci.hasAttribute('lang')).toBe(false);
    const acs = within(disclosure).getByRole('link', { name: SOURCES['acs-risk'].title });
    expect(acs.getAttribute('lang')).toBe('en');
  });

  it('cites nothing under our own prompts and the greeting', () => {
    expect(line('welcome.greeting').querySelector('.source')).toBeNull();
    expect(line('intake.stage.ask').querySelector('.source')).toBeNull();
  });

  it('offers the meaning of a medical word it uses, as a disclosure', () => {
    const answer = line('treatment.high.maintenance');
    const toggle = within(answer).getByRole('button', { name: 'dinutuximab' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(answer.textContent).not.toContain('made in a lab');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = answer.ownerDocument.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel.textContent).toContain('made in a lab');
    // Right under the paragraph or list the word is in.
    expect(panel.previousElementSibling!.contains(toggle)).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(answer.textContent).not.toContain('made in a lab');
  });

  it('lists each glossary word once, in reading order, in the answer’s language', () => {
    const words = glossaryHits(en.items['treatment.high.consolidation']!.body, en).map((h) => h.word.toLowerCase());
    expect(words).toEqual(['consolidation', 'chemo', 'stem cell transplant', 'radiation', 'scans']);
    const answer = line('treatment.high.maintenance', es);
    expect(within(answer).getAllByRole('button', { name: 'isotretinoína' })).toHaveLength(1);
  });

  it('marks a medical word inside the sentence that uses it, not as a button under the message', () => {
    const answer = line('knowsGroup.ask');
    const term = within(answer).getByRole('button', { name: 'risk group' });
    // The word is part of the question's own sentence, in place.
    expect(`${term.previousSibling?.textContent}${term.textContent}${term.nextSibling?.textContent}`).toBe(en.items['knowsGroup.ask']!.body);
    expect(answer.querySelector('ul, [role="group"], [role="list"]')).toBeNull();
    fireEvent.click(term);
    const meaning = answer.ownerDocument.getElementById(term.getAttribute('aria-controls')!)!;
    expect(meaning.textContent).toContain(en.items['glossary.riskGroup']?.body.replace(/<[^>]+>/g, '').slice(0, 20));
  });

  it('marks each word once, where it first appears, and never inside a link', () => {
    const item = (body: string) => ({ body, sources: ['editorial' as const], reviewed: '2026-01-01' });
    const content = {
      ...en,
      glossary: { mycn: ['MYCN'] },
      items: {
        ...en.items,
        'test.x': item('<p><a href="https://example.org/">MYCN</a> and MYCN, then MYCN again.</p>'),
        'glossary.mycn': item('A gene.'),
      },
    };
    const { container } = render(<BotLine content={content} itemKey="test.x" vars={vars} />);
    const terms = within(container as HTMLElement).getAllByRole('button', { name: 'MYCN' });
    expect(terms).toHaveLength(1);
    expect(terms[0]!.closest('a')).toBeNull();
    expect(container.querySelector('p')!.textContent).toBe('MYCN and MYCN, then MYCN again.');
  });

  it('finds a word inside another term’s longer word, and the word a term lists first where two start', () => {
    const item = (body: string) => ({ body, sources: ['editorial' as const], reviewed: '2026-01-01' });
    const content = {
      ...en,
      glossary: { marrow: ['marrow'], bone: ['bone marrow', 'bone'], transplant: ['stem cell', 'stem cells'] },
      items: { ...en.items, 'glossary.marrow': item('m'), 'glossary.bone': item('b'), 'glossary.transplant': item('t') },
    };
    expect(glossaryHits('Stem cells come from Bone Marrow.', content)).toEqual([
      { term: 'transplant', word: 'Stem cells' },
      { term: 'bone', word: 'Bone Marrow' },
      { term: 'marrow', word: 'Marrow' },
    ]);
  });

  it('matches whole words only, and not a term inside its own definition', () => {
    expect(glossaryHits('The stagecoach left.', en)).toEqual([]);
    expect(glossaryHits(en.items['glossary.mycn']!.body, en, 'glossary.mycn').map((h) => h.term)).not.toContain('mycn');
  });

  it('shows nothing for a key it does not have', () => {
    const { container } = render(<BotLine content={en} itemKey="no.such.key" vars={vars} />);
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
