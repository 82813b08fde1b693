import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { vi } from 'vitest';
import type { Understanding } from '../../flows';
import { chatSetup } from '../../widget/app/chat-hours';
import type { TextMatcher } from '../../widget/app/conversation';
import type { HandoffDetail } from '../../widget/handoff/shared';
import { renderPanel } from './panel-harness';

/**
 * Consent first (docs/product.md, "Events"): at the hand-off the visitor sees the lines that would
 * be shared and chooses; a call or a chat carries them only after "Share this with the specialist",
 * and then exactly those lines.
 */
const CHAT = 'https://chat.example.org/start';
const MONDAY_10_CHICAGO = new Date('2026-11-23T16:00:00Z');
const options = () => within(screen.getByRole('group', { name: /Choose an answer$/ }));
const choose = (name: string) => fireEvent.click(options().getByRole('button', { name }));
const summary = () => screen.getByRole('region', { name: 'Summary' });
const callNow = () => within(screen.getByRole('log')).getByRole('link', { name: 'Call now 1-800-227-2345' });
const chatNow = () => within(screen.getByRole('log')).getByRole('link', { name: 'Chat now' });
const type = (typed: string) => {
  const box = screen.getByRole('textbox', { name: 'Type a question' });
  fireEvent.input(box, { target: { value: typed } });
  fireEvent.submit(box.closest('form')!);
};

/** Answers each typed text with the Understanding listed, nothing understood otherwise. */
const fake =
  (table: Record<string, Understanding>): TextMatcher =>
  (typed) =>
    table[typed] ?? { kind: 'none' };

/** The lines on screen, section by section, as the visitor reads them. */
function shownSections() {
  return within(summary())
    .getAllByRole('list')
    .map((list) => ({
      heading: summary().querySelector(`#${list.getAttribute('aria-labelledby')}`)!.textContent,
      lines: within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    }));
}

function handOff(options: Parameters<typeof renderPanel>[0] = {}) {
  const view = renderPanel({ chat: chatSetup(CHAT, null, () => {}), now: MONDAY_10_CHICAGO, ...options });
  choose('Learn about treatment');
  choose('I’m a parent or caregiver');
  choose('No');
  choose('Spread to far parts of the body (M)');
  choose('18 months or older');
  fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
  return view;
}

const lastDetail = (onHandoff: ReturnType<typeof vi.fn>) => onHandoff.mock.calls.at(-1)![0] as HandoffDetail;

describe('consent at the hand-off', () => {
  it('shares nothing before the visitor chooses, nor after “Don’t share”', { timeout: 20_000 }, () => {
    const { onHandoff } = handOff();
    fireEvent.click(callNow());
    expect(lastDetail(onHandoff)).toEqual({ channel: 'phone', shared: false });
    fireEvent.click(within(summary()).getByRole('button', { name: 'Don’t share' }));
    expect(within(summary()).getByRole('button', { name: 'Don’t share' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(summary()).getByText('Nothing will be shared. You can still call or chat.').getAttribute('role')).toBe('status');
    fireEvent.click(callNow());
    fireEvent.click(chatNow());
    expect(onHandoff.mock.calls.slice(1).map(([detail]) => detail)).toEqual([
      { channel: 'phone', shared: false },
      { channel: 'chat', shared: false },
    ]);
    // One report per tap: the panel's own helpline link handler leaves the card's buttons alone.
    expect(onHandoff).toHaveBeenCalledTimes(3);
  });

  it('promises only what a call can carry when no chat is on offer: the lines are read out from the call card', { timeout: 20_000 }, () => {
    handOff({ chat: undefined });
    expect(within(screen.getByRole('log')).queryByRole('link', { name: 'Chat now' })).toBeNull();
    fireEvent.click(within(summary()).getByRole('button', { name: 'Share this with the specialist' }));
    const said = summary().querySelector('.consent-status[role="status"]')!.textContent!;
    expect(said).toContain('cannot see your screen');
    expect(said).not.toMatch(/chat/i);
    // The button the sentence names is the one on the card.
    const callCard = within(summary()).getByRole('button', { name: 'Show a call card' });
    expect(said).toContain(`“${callCard.textContent}”`);
    fireEvent.click(within(summary()).getByRole('button', { name: 'Don’t share' }));
    expect(within(summary()).getByText('Nothing will be shared. You can still call.').getAttribute('role')).toBe('status');
  });

  it('shares exactly the lines on screen once the visitor chooses to share them', { timeout: 20_000 }, () => {
    const { onHandoff } = handOff();
    fireEvent.click(within(summary()).getByRole('button', { name: 'Share this with the specialist' }));
    fireEvent.click(chatNow());
    const detail = lastDetail(onHandoff);
    expect(detail.channel).toBe('chat');
    expect(detail.shared).toBe(true);
    expect(detail.summary!.sections).toEqual(shownSections());
    expect(detail.summary!.lang).toBe('en');
    expect(detail.summary!.text).toContain('- Where the tumor is (stage): Spread to far parts of the body (M)');
    // The estimate goes with its "not a diagnosis" line.
    expect(detail.summary!.text).toMatch(/Estimate from the answers: High risk\n- This is an estimate to help explain the factors, not a diagnosis/);
  });

  it('adds typed text only when the visitor ticks it in, and never a crisis message', { timeout: 20_000 }, () => {
    const matchText = fake({ 'I can’t do this anymore': { kind: 'event', event: { type: 'CRISIS' } } });
    const { onHandoff } = renderPanel({ conversation: { matchText } });
    type('my daughter was diagnosed last week');
    choose('Learn about treatment');
    choose('I’m a parent or caregiver');
    type('I can’t do this anymore');
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));

    fireEvent.click(within(summary()).getByRole('button', { name: 'Share this with the specialist' }));
    fireEvent.click(callNow());
    expect(lastDetail(onHandoff).summary!.text).not.toContain('my daughter');

    fireEvent.click(within(summary()).getByRole('checkbox', { name: 'Also include what I typed' }));
    expect(within(summary()).getByRole('list', { name: 'What I typed' }).textContent).toBe('my daughter was diagnosed last week');
    fireEvent.click(callNow());
    const detail = lastDetail(onHandoff);
    expect(detail.summary!.sections.at(-1)).toEqual({ heading: 'What I typed', lines: ['my daughter was diagnosed last week'] });
    expect(detail.summary!.text).not.toContain('anymore');
  });

  it('keeps emergency and crisis taps to the events that exist, and away from any vendor', async () => {
    const calls: unknown[][] = [];
    (window as { Intercom?: unknown }).Intercom = (...args: unknown[]) => calls.push(args);
    const vendor = { provider: 'intercom' as const, fields: {}, warn: vi.fn(), error: vi.fn() };
    const matchText = fake({ 'I want to give up': { kind: 'event', event: { type: 'CRISIS' } } });
    const { onHandoff } = renderPanel({ chat: chatSetup(CHAT, null, () => {}), now: MONDAY_10_CHICAGO, vendor, conversation: { matchText } });
    fireEvent.click(screen.getByRole('button', { name: 'This is an emergency' }));
    type('I want to give up');
    const log = within(screen.getByRole('log'));
    // Every call and text button of the emergency and crisis answers, and the helpline within them.
    for (const link of log.getAllByRole('link')) fireEvent.click(link);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toEqual([]);
    expect(
      onHandoff.mock.calls.map(([detail]) => detail).every((d) => JSON.stringify(d) === JSON.stringify({ channel: 'phone', shared: false })),
    ).toBe(true);
    expect(onHandoff).toHaveBeenCalled();
    delete (window as { Intercom?: unknown }).Intercom;
  });
});

describe('the call card', () => {
  it('shows the summary to read out, large, with the number as a call button and no typed text', { timeout: 20_000 }, () => {
    const matchText = fake({});
    const { onHandoff } = handOff({ conversation: { matchText } });
    type('call me Maria at 555 0100');
    fireEvent.click(within(summary()).getByRole('checkbox', { name: 'Also include what I typed' }));
    fireEvent.click(within(summary()).getByRole('button', { name: 'Show a call card' }));

    const card = screen.getByRole('region', { name: 'Read this to the specialist' });
    expect(card.contains(document.activeElement)).toBe(true);
    expect(card.textContent).not.toContain('Maria');
    const lines = within(card)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines.slice(0, 4)).toEqual([
      'Who is calling: I’m a parent or caregiver',
      'Knows the risk group: No',
      'Where the tumor is (stage): Spread to far parts of the body (M)',
      'Age at diagnosis: 18 months or older',
    ]);
    expect(lines).toContain('This is an estimate to help explain the factors, not a diagnosis. The care team decides the risk group.');
    const call = within(card).getByRole('link', { name: 'Call 1-800-227-2345' });
    expect(call.getAttribute('href')).toBe('tel:18002272345');
    fireEvent.click(call);
    expect(lastDetail(onHandoff)).toEqual({ channel: 'phone', shared: false });

    fireEvent.click(within(card).getByRole('button', { name: 'Back to the summary' }));
    expect(screen.getByRole('region', { name: 'Summary' })).toBeTruthy();
  });
});

describe('the site’s own chat (data-chat-provider)', () => {
  afterEach(() => {
    delete (window as { Intercom?: unknown }).Intercom;
  });

  it('opens it with exactly the shared lines, instead of the link', { timeout: 20_000 }, async () => {
    const calls: unknown[][] = [];
    (window as { Intercom?: unknown }).Intercom = (...args: unknown[]) => calls.push(args);
    const vendor = { provider: 'intercom' as const, fields: {}, warn: vi.fn(), error: vi.fn() };
    const { onHandoff } = handOff({ vendor });
    fireEvent.click(within(summary()).getByRole('button', { name: 'Share this with the specialist' }));
    expect(fireEvent.click(chatNow())).toBe(false);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual(['showNewMessage', lastDetail(onHandoff).summary!.text]);
    await waitFor(() => expect(within(screen.getByRole('log')).getByText('The chat is open on this page.')).toBeTruthy());
    expect(vendor.error).not.toHaveBeenCalled();
  });

  it('falls back to the chat link and the phone when the vendor throws, and reports an error', { timeout: 20_000 }, async () => {
    (window as { Intercom?: unknown }).Intercom = () => {
      throw new Error('Intercom is broken');
    };
    const vendor = { provider: 'intercom' as const, fields: {}, warn: vi.fn(), error: vi.fn() };
    handOff({ vendor });
    fireEvent.click(chatNow());
    await waitFor(() => expect(vendor.error).toHaveBeenCalledOnce());
    expect(vendor.error.mock.calls[0]![0]).toMatch(/the intercom chat could not open \(Error: Intercom is broken\)/);
    const log = within(screen.getByRole('log'));
    await waitFor(() => expect(log.getByText('The chat could not open here. Use the chat link, or call 1-800-227-2345.')).toBeTruthy());
    const link = log.getByRole('link', { name: 'Open live chat' });
    expect(link.getAttribute('href')).toBe(CHAT);
    // The link now opens as any link does.
    expect(fireEvent.click(link)).toBe(true);
    expect(callNow()).toBeTruthy();
  });

  it('leaves the chat to the site when it cancels helpline:handoff, and loads no adapter', { timeout: 20_000 }, () => {
    const vendor = { provider: 'intercom' as const, fields: {}, warn: vi.fn(), error: vi.fn() };
    const calls: unknown[][] = [];
    (window as { Intercom?: unknown }).Intercom = (...args: unknown[]) => calls.push(args);
    const { onHandoff } = handOff({ vendor });
    onHandoff.mockReturnValue(false);
    expect(fireEvent.click(chatNow())).toBe(false);
    expect(calls).toEqual([]);
    expect(within(screen.getByRole('log')).queryByText('Opening the chat…')).toBeNull();
  });
});
