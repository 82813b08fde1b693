import { act, fireEvent, screen, within } from '@testing-library/preact';
import { renderPanel } from './panel-harness';

describe('the chat panel', () => {
  it('is a labelled dialog whose transcript is a log that is not itself live (a status region says each turn)', () => {
    renderPanel();
    const dialog = screen.getByRole('dialog', { name: 'Helpline assistant' });
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
    const call = screen.getByRole('link', { name: 'Call 1-800-227-2345, open 24/7' });
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
    expect(within(answer).getByText(/^Sources, reviewed \d{4}-\d{2}-\d{2}$/).closest('details')!.textContent).toMatch(
      /American Cancer Society, [^(]+ \(revised \d{4}-\d{2}-\d{2}\)/,
    );
  });

  it('reports a call to the helpline as a phone hand-off', () => {
    const { onHandoff } = renderPanel();
    fireEvent.click(screen.getByRole('link', { name: 'Call 1-800-227-2345, open 24/7' }));
    expect(onHandoff).toHaveBeenCalledWith({ channel: 'phone', shared: false });
  });

  it('closes on Escape and from the header, and minimizes from the header', () => {
    const { onClose, onMinimize } = renderPanel();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close chat' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    fireEvent.click(screen.getByRole('button', { name: 'Minimize chat' }));
    expect(onMinimize).toHaveBeenCalledOnce();
  });

  it('starts over from the header with a fresh transcript', () => {
    const { conversation } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
    const header = screen.getByRole('heading', { name: 'Helpline assistant' }).parentElement!;
    fireEvent.click(within(header).getByRole('button', { name: 'Start over' }));
    expect(conversation.getState().step.id).toBe('welcome');
    expect(within(screen.getByRole('log')).queryByText('Talk to a person')).toBeNull();
  });

  it('switches to Spanish from the header, with the right lang attributes', () => {
    const { onLocale } = renderPanel();
    const switcher = screen.getByRole('button', { name: 'Español' });
    expect(switcher.getAttribute('lang')).toBe('es');
    fireEvent.click(switcher);
    expect(onLocale).toHaveBeenCalledWith('es');
    const dialog = screen.getByRole('dialog', { name: 'Asistente de la línea de ayuda' });
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
