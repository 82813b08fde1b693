import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { vi } from 'vitest';
import { renderPanel } from './panel-harness';

const choose = (name: string) => fireEvent.click(within(screen.getByRole('group', { name: /Choose an answer$/ })).getByRole('button', { name }));

describe('the visitor’s summary at hand-off', () => {
  afterEach(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));

  // Six answers, each a full render of the panel: more than the default 5 s on a busy machine.
  it('says what to tell the specialist and what to ask the care team, and copies it', { timeout: 20_000 }, async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPanel();
    choose('Learn about treatment');
    choose('I’m a parent or caregiver');
    choose('No');
    choose('Spread to far parts of the body (M)');
    choose('18 months or older');
    choose('Talk to a person');

    const card = screen.getByRole('region', { name: 'Summary' });
    const tell = within(card).getByRole('list', { name: 'What to tell the specialist' });
    expect(tell.textContent).toContain('Where the tumor is (stage): Spread to far parts of the body (M)');
    expect(tell.textContent).toContain('Age at diagnosis: 18 months or older');
    expect(within(card).getByRole('list', { name: 'Questions for your child’s care team' }).children.length).toBeGreaterThan(0);

    fireEvent.click(within(card).getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledOnce());
    expect(writeText.mock.calls[0]![0]).toContain('What to tell the specialist\n- Who is calling: I’m a parent or caregiver');
    expect(within(card).getByRole('button', { name: 'Print summary' })).toBeTruthy();
  });

  it('shows one summary however often the visitor asks for a person', () => {
    renderPanel();
    choose('Learn about treatment');
    choose('I’m a parent or caregiver');
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
    expect(screen.getByRole('log').querySelectorAll('.card').length).toBeGreaterThan(1);
    expect(screen.getAllByRole('region', { name: 'Summary' })).toHaveLength(1);
  });

  it('shows no summary card to a visitor who asked for a person before saying anything', () => {
    renderPanel();
    choose('Talk to a person');
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Share this summary?' })).toBeNull();
    expect(within(screen.getByRole('log')).getByRole('link', { name: 'Call now 1-800-227-2345' })).toBeTruthy();
  });
});
