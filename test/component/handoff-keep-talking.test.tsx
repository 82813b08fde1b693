import { fireEvent, screen, within } from '@testing-library/preact';
import { chatSetup } from '../../widget/app/chat-hours';
import { renderPanel } from './panel-harness';

/**
 * Outside chat hours the hand-off "says when chat reopens and offers the phone and the assistant"
 * (docs/product.md): keeping on with the assistant is an option of the step, not only the global Back.
 */
const SATURDAY = new Date('2026-11-28T16:00:00Z');
const choices = () => within(screen.getByRole('group', { name: /Choose an answer$/ }));

/** A parent who has not been told the risk group reaches the stage question, then asks for a person. */
function handOffFromStage() {
  const view = renderPanel({ chat: chatSetup('https://chat.example.org/start', null, () => {}), now: SATURDAY });
  for (const name of ['Learn about treatment', 'I’m a parent or caregiver', 'No']) {
    fireEvent.click(choices().getByRole('button', { name }));
  }
  expect(view.conversation.getState().step.id).toBe('intake.stage');
  fireEvent.click(screen.getByRole('button', { name: 'Talk to a person' }));
  expect(view.conversation.getState().step.id).toBe('handoff');
  return view;
}

describe('the hand-off outside chat hours', () => {
  // Five renders of the panel, the first with the hand-off card: more than the default 5 s on a busy machine.
  it('offers the phone and the assistant, and the assistant returns to the question the visitor left', { timeout: 20_000 }, () => {
    const { conversation } = handOffFromStage();
    const log = screen.getByRole('log');
    expect(log.textContent).toContain('opens again');
    expect(within(log).getAllByRole('link', { name: '1-800-227-2345' }).length).toBeGreaterThan(0);

    fireEvent.click(choices().getByRole('button', { name: 'Keep talking with the assistant' }));
    expect(conversation.getState().step.id).toBe('intake.stage');
    expect(choices().getByRole('button', { name: 'Spread to far parts of the body (M)' })).toBeTruthy();
    expect(conversation.getState().step.answers.audience).toBe('parent');
  });

  it('gives every button at the hand-off its own name', () => {
    handOffFromStage();
    // Each medical answer's own "Sources, reviewed <date>" disclosure is told apart by the answer it
    // is in (bot-line.tsx), as the <summary> it replaces was: the actions are what must not share a name.
    const actions = screen.getAllByRole('button').filter((button) => !button.classList.contains('source-toggle'));
    const names = actions.map((button) => button.getAttribute('aria-label') ?? button.textContent?.trim());
    // "Start over" is both the header's icon button and the step's option, as before this option
    // existed (panel-header.tsx): the same action under the same name, left to the header's owner.
    const inPanel = names.filter((name) => name !== 'Start over');
    expect(new Set(inPanel).size).toBe(inPanel.length);
    expect(names).toContain('Keep talking with the assistant');
  });
});
