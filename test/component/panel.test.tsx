import { act, fireEvent, screen, within } from '@testing-library/preact';
import { renderPanel } from './panel-harness';

describe('the chat panel', () => {
  it('is a labelled dialog whose transcript is a log that is not itself live (a status region says each turn)', () => {
    renderPanel();
    const dialog = screen.getByRole('dialog', { name: 'Helpline guide' });
    const log = within(dialog).getByRole('log', { name: 'Conversation' });
    expect(log.getAttribute('aria-live')).toBe('off');
    expect(within(dialog).getByRole('status')).toBeTruthy();
    expect(log.textContent).toContain('neuroblastoma');
  });

  it('says it is an automated guide, not a doctor', () => {
    renderPanel();
    expect(screen.getAllByText(/automated guide, not a doctor/).length).toBeGreaterThan(0);
  });

  it('always offers the helpline as a working tel: link open 24/7', () => {
    renderPanel();
    const call = screen.getByRole('link', { name: 'Call 1-800-227-2345 (24/7)' });
    expect(call.getAttribute('href')).toBe('tel:18002272345');
  });

  it('shows the step’s options as quick replies', () => {
    renderPanel();
    const replies = screen.getByRole('group', { name: /Choose an answer$/ });
    expect(within(replies).getByRole('button', { name: 'Talk to a person' })).toBeTruthy();
  });

  it('hands off to a person when the visitor chooses it, with the number as a tel: link', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
    const log = screen.getByRole('log');
    expect(within(log).getByText('Talk to a person')).toBeTruthy();
    const link = within(log).getAllByRole('link', { name: '1-800-227-2345' })[0]!;
    expect(link.getAttribute('href')).toBe('tel:18002272345');
  });

  it('names the source under medical answers', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
    const answer = within(screen.getByRole('log')).getAllByRole('link', { name: '1-800-227-2345' })[0]!.closest<HTMLElement>('.line')!;
    fireEvent.click(within(answer).getByRole('button', { name: /^Sources, reviewed \d{4}-\d{2}-\d{2}$/ }));
    expect(answer.querySelector('.source')!.textContent).toMatch(/American Cancer Society, [^(]+ \(revised \d{4}-\d{2}-\d{2}\)/);
  });

  it('reports a call to the helpline as a phone hand-off', () => {
    const { onHandoff } = renderPanel();
    fireEvent.click(screen.getByRole('link', { name: 'Call 1-800-227-2345 (24/7)' }));
    expect(onHandoff).toHaveBeenCalledWith({ channel: 'phone', shared: false });
  });

  it('closes on Escape and from the header’s one Close button (no second button doing the same)', () => {
    const { onClose } = renderPanel();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    const header = screen.getByRole('heading', { name: 'Helpline guide' }).parentElement!;
    const buttons = within(header)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(buttons).toEqual(['Español', 'Start over', 'Close chat']);
    fireEvent.click(within(header).getByRole('button', { name: 'Close chat' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('starts over from the header with a fresh transcript', () => {
    const { conversation } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
    const header = screen.getByRole('heading', { name: 'Helpline guide' }).parentElement!;
    fireEvent.click(within(header).getByRole('button', { name: 'Start over' }));
    expect(conversation.getState().step.id).toBe('welcome');
    expect(within(screen.getByRole('log')).queryByText('Talk to a person')).toBeNull();
  });

  it('offers Undo after Start over, which brings the conversation back as it was', () => {
    const { conversation } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Learn about treatment' }));
    fireEvent.click(screen.getByRole('button', { name: 'I’m a parent or caregiver' }));
    const before = screen.getByRole('log').textContent;
    const header = screen.getByRole('heading', { name: 'Helpline guide' }).parentElement!;
    fireEvent.click(within(header).getByRole('button', { name: 'Start over' }));
    // A second tap does not replace what Undo brings back with the empty conversation.
    fireEvent.click(within(header).getByRole('button', { name: 'Start over' }));
    expect(conversation.getState().step.id).toBe('welcome');
    // The one status region says so; the Undo button is in the line under the header, which
    // says so too, in place of "automated guide" (the welcome says that), not in the transcript.
    expect(screen.getByRole('status').textContent).toContain('Conversation cleared.');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo.closest('p')!.textContent).toBe('Conversation cleared. Undo');
    expect(undo.compareDocumentPosition(screen.getByRole('log')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    undo.focus();
    fireEvent.click(undo);
    expect(conversation.getState().step.id).toBe('knowsGroup');
    expect(screen.getByRole('log').textContent).toBe(before);
    expect(conversation.getState().step.answers.audience).toBe('parent');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    // Focus is not dropped with the Undo button: it goes to the restored question's first answer.
    expect(document.activeElement).toBe(within(screen.getByRole('group', { name: /Choose an answer$/ })).getAllByRole('button')[0]);
  });

  it('offers Undo only until the next answer, and keeps nothing of the old conversation in storage', () => {
    const saved: unknown[] = [];
    const store = {
      load: () => null,
      save: (value: unknown) => void saved.push(value),
      clear: () => void saved.push('cleared'),
      watch: () => () => {},
    };
    renderPanel({ conversation: { store } });
    fireEvent.click(screen.getByRole('button', { name: 'Learn about treatment' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    const afterStartOver = saved.slice(saved.lastIndexOf('cleared'));
    expect(JSON.stringify(afterStartOver)).not.toContain('audience');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Learn about treatment' }));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.queryByText('Conversation cleared.')).toBeNull();
    expect(screen.getByRole('status').textContent).not.toContain('Conversation cleared.');
  });

  it('switches to Spanish from the header, with the right lang attributes', () => {
    const { onLocale } = renderPanel();
    const switcher = screen.getByRole('button', { name: 'Español' });
    expect(switcher.getAttribute('lang')).toBe('es');
    fireEvent.click(switcher);
    expect(onLocale).toHaveBeenCalledWith('es');
    const dialog = screen.getByRole('dialog', { name: 'Guía de ayuda' });
    expect(dialog.getAttribute('lang')).toBe('es');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
  });

  it('offers back, a person and emergency numbers from every step, without repeating a step’s own option', () => {
    renderPanel();
    // Welcome offers a person itself, and there is nowhere to go back to.
    expect(screen.getAllByRole('button', { name: 'Talk to a person' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
    const always = screen.getByRole('group', { name: 'Always available' });
    expect(within(always).getByRole('button', { name: 'Back' })).toBeTruthy();
    fireEvent.click(within(always).getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('group', { name: /Choose an answer$/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('gives focus to the next step’s first option after a choice, so keyboard users keep their place', () => {
    renderPanel();
    const choice = screen.getByRole('button', { name: 'Talk to a person' });
    choice.focus();
    fireEvent.click(choice);
    const replies = screen.getByRole('group', { name: /Choose an answer$/ });
    expect(document.activeElement).toBe(within(replies).getAllByRole('button')[0]);
  });

  it('does not move focus when the assistant speaks without a choice (new lines are only announced)', async () => {
    const { conversation } = renderPanel();
    const box = screen.getByRole('textbox', { name: 'Type a question' });
    box.focus();
    await act(() => conversation.send({ type: 'HANDOFF' }));
    expect(screen.getByRole('log').textContent).toContain('24 hours');
    expect(document.activeElement).toBe(box);
  });
});
