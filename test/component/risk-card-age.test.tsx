import { act, fireEvent, screen, within } from '@testing-library/preact';
import { en } from '../../content/en';
import { renderPanel } from './panel-harness';

const click = (name: string) => fireEvent.click(within(screen.getByRole('group', { name: /Choose an answer$/ })).getByRole('button', { name }));

/** The "Why" card's lines once a typed age (a number of months, not a button's) has been confirmed. */
function reasonsAfterTypedAge(months: number): string[] {
  const { conversation } = renderPanel();
  click(en.ui['opt.learn']!);
  click(en.ui['opt.audience.parent']!);
  click(en.ui['opt.no']!);
  click(en.ui['opt.stage.M']!);
  act(() => conversation.send({ type: 'ANSWER', value: months }, { text: `${months} months` }));
  expect(conversation.getState().step.id).toBe('risk.high');
  const why = screen.getByText(en.ui['ui.reasons']!).nextElementSibling as HTMLElement;
  return within(why)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('the risk card after a typed age', () => {
  it('names the age band, never a raw content key', () => {
    const reasons = reasonsAfterTypedAge(30);
    expect(reasons).toContain(`${en.ui['factor.ageMonths']}: ${en.ui['opt.age.18mPlus']}`);
    expect(reasons.join(' ')).not.toMatch(/value\.|ageMonths/);
  });
});
