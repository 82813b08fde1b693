import { fireEvent, render, screen, within } from '@testing-library/preact';
import { vi } from 'vitest';
import { chatSetup } from '../../widget/app/chat-hours';
import { createConversation } from '../../widget/app/conversation';
import { Panel } from '../../widget/app/panel';
import { CONTENT, renderPanel, vars } from './panel-harness';

const CHAT = 'https://chat.example.org/start';
// 2026-11-23 is a Monday; 16:00 UTC is 10:00 in Chicago, 22:00 UTC is 16:00.
const MONDAY_10_CHICAGO = new Date('2026-11-23T16:00:00Z');
const SATURDAY = new Date('2026-11-28T16:00:00Z');

function handOff(now: Date, url: string | null = CHAT, hours: string | null = null) {
  const view = renderPanel({ chat: chatSetup(url, hours, () => {}), now });
  fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
  return view;
}

describe('the hand-off card', () => {
  it('offers live chat while it is staffed, and reports the chat hand-off', () => {
    const { onHandoff } = handOff(MONDAY_10_CHICAGO);
    const log = screen.getByRole('log');
    expect(log.textContent).toContain('Live chat is open now');
    const chat = within(log).getByRole('link', { name: 'Chat now' });
    expect(chat.getAttribute('href')).toBe(CHAT);
    // fireEvent returns false when the click's default (following the link) was prevented.
    expect(fireEvent.click(chat)).toBe(true);
    expect(onHandoff).toHaveBeenCalledWith({ channel: 'chat', shared: false });
  });

  it('lets the site open its own chat instead of the link (preventDefault on helpline:handoff)', () => {
    const { onHandoff } = handOff(MONDAY_10_CHICAGO);
    onHandoff.mockReturnValue(false);
    const chat = within(screen.getByRole('log')).getByRole('link', { name: 'Chat now' });
    expect(fireEvent.click(chat)).toBe(false);
    expect(onHandoff).toHaveBeenCalledWith({ channel: 'chat', shared: false });
  });

  it('outside hours says when chat reopens, in the visitor’s zone, naming it, and keeps the phone', () => {
    handOff(SATURDAY);
    const log = screen.getByRole('log');
    expect(within(log).queryByRole('link', { name: 'Chat now' })).toBeNull();
    const expected = new Intl.DateTimeFormat('en', {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'long',
    }).format(new Date('2026-11-30T14:00:00Z'));
    expect(log.textContent).toContain(`opens again ${expected}`);
    expect(within(log).getAllByRole('link', { name: '1-800-227-2345' }).length).toBeGreaterThan(0);
  });

  it('never offers chat without a chat link, even during staffed hours', () => {
    handOff(MONDAY_10_CHICAGO, null);
    const log = screen.getByRole('log');
    expect(log.textContent).toContain('Live chat is not offered here');
    expect(within(log).queryByRole('link', { name: 'Chat now' })).toBeNull();
  });

  it('reads the clock again when the panel opens again, not with a timer', () => {
    let clock = SATURDAY;
    const conversation = createConversation({ locale: 'en' });
    conversation.send({ type: 'HANDOFF' });
    const props = {
      conversation,
      content: CONTENT.en,
      vars,
      chat: chatSetup(CHAT, null, () => {}),
      now: () => clock,
      onClose() {},
      onLocale() {},
      onHandoff: () => true,
    };
    const { rerender } = render(<Panel {...props} open />);
    expect(screen.queryByRole('link', { name: 'Chat now' })).toBeNull();
    clock = MONDAY_10_CHICAGO;
    rerender(<Panel {...props} open={false} />);
    rerender(<Panel {...props} open />);
    expect(screen.getByRole('link', { name: 'Chat now' })).toBeTruthy();
  });

  it('follows the site’s own hours', () => {
    handOff(SATURDAY, CHAT, 'Sat 09:00-13:00 America/Chicago');
    expect(within(screen.getByRole('log')).getByRole('link', { name: 'Chat now' })).toBeTruthy();
  });

  it('warns once about unreadable hours, naming the attribute, and uses the default', () => {
    const warn = vi.fn();
    const setup = chatSetup(CHAT, 'weekdays 9 to 5', warn);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(/^data-chat-hours="weekdays 9 to 5"/);
    expect(setup.schedule.timeZone).toBe('America/Chicago');
  });
});
