import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderPanel } from './panel-harness';
import './settle-timers';

/**
 * The transcript as one tab stop with arrow keys between its lines (keyboard.ts), and Escape
 * closing the innermost open thing first (close-innermost.ts). jsdom has no Tab key: the Tab path is read
 * as the browser builds it (tabindex, hidden); test/e2e/keyboard.spec.ts presses Tab in Chromium.
 */
function tabPath(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href],button,input,[tabindex]')].filter(
    (el) => el.tabIndex >= 0 && !el.closest('[hidden]') && !(el as HTMLButtonElement).disabled,
  );
}
const answers = () => screen.getByRole('group', { name: /Choose an answer$/ });
const choose = (name: string) => fireEvent.click(within(answers()).getByRole('button', { name }));
/** Tab presses from the dialog (where opening puts focus) to the first answer. */
const pressesToFirstAnswer = () => tabPath(screen.getByRole('dialog')).indexOf(within(answers()).getAllByRole('button')[0]!) + 1;
/** Opening the panel loads the keyboard handling; it is ready when a line is on the Tab path. */
async function useKeyboard() {
  await waitFor(() => expect(screen.getAllByRole('article').some((line) => line.tabIndex === 0)).toBe(true));
}
/** Into the knowsGroup explanation (glossary words and sources), then on to the next question. */
function toAgeAfterExplanation() {
  choose('Learn about treatment');
  choose('I’m a parent or caregiver');
  choose('What does this mean?');
  choose('No');
}

describe('the transcript on the Tab path', () => {
  it('is one tab stop: earlier turns’ links and buttons leave the Tab path', async () => {
    renderPanel();
    toAgeAfterExplanation();
    await useKeyboard();
    // header (language, start over, close), the transcript's one stop, the first answer
    expect(pressesToFirstAnswer()).toBe(5);
    const log = screen.getByRole('log');
    const older = within(log)
      .getAllByRole('button', { name: /./ })
      .concat(within(log).getAllByText(/Sources, reviewed/));
    for (const control of older) expect(control.tabIndex).toBe(-1);
    expect(tabPath(log)).toHaveLength(1);
  });

  it('moves between lines with the arrow keys, Home and End, one line on the Tab path at a time', async () => {
    renderPanel();
    toAgeAfterExplanation();
    await useKeyboard();
    const lines = screen.getAllByRole('article').filter((line) => line.childElementCount > 0);
    const stop = lines.find((line) => line.tabIndex === 0)!;
    // The stop is what the assistant said first in the newest turn, right after the visitor's "No".
    expect(lines[lines.indexOf(stop) - 1]!.textContent).toBe('You said: No');
    expect(stop.textContent).toMatch(/^Assistant: Where was the tumor/);
    stop.focus();
    fireEvent.keyDown(stop, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(lines[lines.indexOf(stop) - 1]);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(lines[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(lines[lines.length - 1]);
    expect(lines.filter((line) => line.tabIndex === 0)).toEqual([lines[lines.length - 1]]);
  });

  it('reaches an earlier line’s links and buttons with Enter, and Escape goes back to the line', async () => {
    const { onClose } = renderPanel();
    toAgeAfterExplanation();
    await useKeyboard();
    // The explanation: its glossary words are buttons in its text (bot-line.tsx).
    const explanation = screen.getAllByRole('article').find((line) => line.querySelector('button.term'))!;
    explanation.focus();
    fireEvent.keyDown(explanation, { key: 'Enter' });
    const first = document.activeElement as HTMLElement;
    expect(explanation.contains(first) && first !== explanation).toBe(true);
    expect(first.tabIndex).toBe(0);
    fireEvent.keyDown(first, { key: 'Escape' });
    expect(document.activeElement).toBe(explanation);
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('Escape', () => {
  it('closes a glossary definition, then the sources, and only then the panel', () => {
    const { onClose } = renderPanel();
    choose('Learn about treatment');
    choose('I’m a parent or caregiver');
    choose('What does this mean?');
    const log = screen.getByRole('log');
    const word = within(log).getAllByRole('button', { expanded: false })[0]!;
    fireEvent.click(word);
    word.focus();
    expect(word.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(word, { key: 'Escape' });
    expect(word.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(word);
    expect(onClose).not.toHaveBeenCalled();

    const sources = within(log)
      .getAllByRole('button', { name: /^Sources, reviewed/ })
      .pop()!;
    fireEvent.click(sources);
    const link = within(document.getElementById(sources.getAttribute('aria-controls')!)!).getAllByRole('link')[0]!;
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(sources.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(sources);
    expect(onClose).not.toHaveBeenCalled();

    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
