import { fireEvent, render, screen, within } from '@testing-library/preact';
import { vi } from 'vitest';
import { en, es } from '../../content';
import { createConversation } from '../../widget/app/conversation';
import { Panel } from '../../widget/app/panel';

const vars = { phone: '1-800-227-2345', emergency: '911' };

function renderPanel(onClose = vi.fn()) {
  const conversation = createConversation('en');
  render(<Panel conversation={conversation} content={{ en, es }} vars={vars} open onClose={onClose} />);
  return { conversation, onClose };
}

describe('the chat panel', () => {
  it('is a labelled dialog with the transcript as a log', () => {
    renderPanel();
    const dialog = screen.getByRole('dialog', { name: 'Helpline assistant' });
    const log = within(dialog).getByRole('log');
    expect(log).toHaveProperty('textContent', expect.stringContaining('I can help you learn about neuroblastoma treatment'));
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

  it('hands off to a person when the visitor chooses it', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
    const log = screen.getByRole('log');
    expect(within(log).getByText('Talk to a person')).toBeTruthy();
    const link = within(log).getByRole('link', { name: '1-800-227-2345' });
    expect(link.getAttribute('href')).toBe('tel:18002272345');
    expect(log.textContent).toContain('24 hours a day, 7 days a week');
  });

  it('names the source under medical answers', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
    const answer = within(screen.getByRole('log')).getByRole('link', { name: '1-800-227-2345' }).closest('.line')!;
    expect(answer.textContent).toMatch(/Source: American Cancer Society, “Contact the American Cancer Society” \(\d{4}-\d{2}-\d{2}\)/);
  });

  it('closes on Escape', () => {
    const { onClose } = renderPanel();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('starts over with a fresh transcript', () => {
    const { conversation } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(conversation.getState().step.id).toBe('welcome');
    expect(within(screen.getByRole('log')).queryByText('Talk to a person')).toBeNull();
  });

  it('speaks Spanish after a language switch, with the right lang attribute', () => {
    const { conversation } = renderPanel();
    conversation.send({ type: 'SET_LOCALE', locale: 'es' });
    return Promise.resolve().then(() => {
      const dialog = screen.getByRole('dialog', { name: 'Asistente de la línea de ayuda' });
      expect(dialog.getAttribute('lang')).toBe('es');
    });
  });
});
