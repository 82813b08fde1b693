import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { vi } from 'vitest';
import { en } from '../../content/en';
import { buildSummary, summaryText } from '../../widget/summary/build';
import { SummaryCard } from '../../widget/summary/summary-card';
import { words } from '../../widget/summary/words';

const t = words(en, { phone: '1-800-227-2345', emergency: '911' });
const view = buildSummary(
  {
    answers: [
      { step: 'intake.stage', label: 'opt.stage.M', value: 'M' },
      { step: 'intake.age', label: 'opt.age.18mPlus', value: 24 },
    ],
    explained: ['intake.stage.explain'],
    visited: ['intake.stage', 'intake.age', 'risk.high'],
  },
  t,
);

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

afterEach(() => {
  setClipboard(undefined);
  vi.restoreAllMocks();
});

describe('the summary card', () => {
  it('shows each part of the summary under its heading', () => {
    render(<SummaryCard view={view} t={t} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Call summary' })).toBeTruthy();
    const answers = screen.getByRole('list', { name: 'Answers' });
    expect(answers.textContent).toContain('Age at diagnosis: 18 months or older');
    expect(screen.getByRole('list', { name: 'Risk group estimate' }).textContent).toContain('High risk');
    expect(screen.getByRole('list', { name: 'Questions to ask the care team' }).children.length).toBeGreaterThan(0);
  });

  it('copies the summary as plain text with one button', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    render(<SummaryCard view={view} t={t} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Summary copied.'));
    expect(writeText).toHaveBeenCalledWith(summaryText(view));
    expect(writeText.mock.calls[0]![0]).not.toMatch(/<|summary\.|opt\./);
  });

  it('selects the text for Ctrl+C when the clipboard is blocked', async () => {
    setClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')) });
    render(<SummaryCard view={view} t={t} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/press Ctrl\+C/));
    const box = screen.getByRole('textbox', { name: 'Summary as plain text' }) as HTMLTextAreaElement;
    expect(box.readOnly).toBe(true);
    expect(box.value).toBe(summaryText(view));
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it('falls back the same way where there is no clipboard at all', async () => {
    render(<SummaryCard view={view} t={t} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Summary as plain text' })).toBeTruthy());
  });

  it('prints with the browser’s print dialog', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<SummaryCard view={view} t={t} />);
    fireEvent.click(screen.getByRole('button', { name: 'Print summary' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
