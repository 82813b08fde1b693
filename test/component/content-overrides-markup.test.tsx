import { render, within } from '@testing-library/preact';
import { en, es } from '../../content';
import { BotLine } from '../../widget/app/bot-line';
import { validateOverrides } from '../../widget/app/content-overrides';

/**
 * An override's markup is judged by DOMPurify when it loads and kept in DOMPurify's own form, the
 * form the widget's reader draws exactly (test/bench/size-graph.mjs; widget/sanitize/markup.ts). jsdom, where
 * DOMPurify really parses.
 */

const base = { en, es };
const withBody = (body: string) => ({ en: { items: { 'treatment.low': { body, sources: ['acs-risk'], reviewed: '2026-11-01' } } } });
const vars = { phone: '1-800-227-2345', emergency: '911' };

describe('content override markup', () => {
  it('is kept in DOMPurify’s form, and the answer shows it with its formatting and a safe link', () => {
    const { content, problems } = validateOverrides(
      withBody('<P>Salt &amp pepper, <STRONG>twice</STRONG>.</P><ul><li>Read <a href=https://www.cancer.gov/>the NCI</a></ul>'),
      base,
    );
    expect(problems).toEqual([]);
    expect(content.en!.items['treatment.low']!.body).toBe(
      '<p>Salt &amp; pepper, <strong>twice</strong>.</p><ul><li>Read <a href="https://www.cancer.gov/" target="_blank" rel="noopener noreferrer">the NCI</a></li></ul>',
    );
    const { container } = render(<BotLine content={content.en!} itemKey="treatment.low" vars={vars} />);
    const answer = container.querySelector<HTMLElement>('.line.bot')!;
    expect(answer.querySelector('strong')!.textContent).toBe('twice');
    const link = within(answer).getByRole('link', { name: 'the NCI' });
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(answer.textContent).toContain('Salt & pepper');
  });

  it('is refused, naming the body, when DOMPurify would keep it but the widget could not show it as written', () => {
    const { problems } = validateOverrides(withBody('<li>a step outside any list</li>'), base);
    expect(problems.map((p) => p.path)).toEqual(['$.en.items["treatment.low"].body']);
    expect(problems[0]!.message).toMatch(/cannot show as written/);
  });

  it('is refused as unsafe when DOMPurify would remove anything', () => {
    const { problems } = validateOverrides(withBody('<p onclick="alert(1)">hi</p>'), base);
    expect(problems[0]!.message).toMatch(/unsafe/);
  });
});
