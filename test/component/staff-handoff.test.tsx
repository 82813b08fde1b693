import { fireEvent, render, screen, within } from '@testing-library/preact';
import { en } from '../../content/en';
import { staff as enStaff } from '../../content/en/staff';
import { createCall } from '../../widget/staff/call';
import { StaffView } from '../../widget/staff/staff-view';

/**
 * In staff mode the hand-off's "keep talking with the assistant" (docs/product.md) is a step back to where
 * the call was, not a new answer: the answers panel and the way back stay as they were.
 */
const vars = { phone: '1-800-227-2345', emergency: '911' };
const options = () => within(screen.getByRole('group', { name: 'Caller’s answer' }));

describe('the hand-off in the call guide', () => {
  it('returns to the step the call was at, with its answers, by key or by button', () => {
    const call = createCall('en');
    render(<StaffView call={call} content={en} staff={enStaff} vars={vars} />);
    for (const name of ['Learn about treatment', 'I’m a parent or caregiver', 'No']) {
      fireEvent.click(options().getByRole('button', { name }));
    }
    fireEvent.click(options().getByRole('button', { name: 'Spread to far parts of the body (M)' }));
    fireEvent.click(options().getByRole('button', { name: '18 months or older' }));
    expect(call.getState().step.id).toBe('risk.high');
    fireEvent.click(options().getByRole('button', { name: 'Talk to a person' }));
    expect(call.getState().step.id).toBe('handoff');

    const keepTalking = options().getByRole('button', { name: 'Keep talking with the assistant' });
    expect(keepTalking.getAttribute('aria-keyshortcuts')).toBe('1');
    fireEvent.keyDown(document, { key: '1' });
    expect(call.getState().step.id).toBe('risk.high');
    expect(call.getState().record.answers.map((a) => a.label)).toEqual(['opt.audience.parent', 'opt.no', 'opt.stage.M', 'opt.age.18mPlus']);
    expect(screen.getByText('COG 2021, high-risk rule 1: stage M, 18 months or older')).toBeTruthy();

    fireEvent.click(options().getByRole('button', { name: 'Talk to a person' }));
    fireEvent.click(options().getByRole('button', { name: 'Keep talking with the assistant' }));
    expect(call.getState().step.id).toBe('risk.high');
    fireEvent.keyDown(document, { key: 'Backspace' });
    expect(call.getState().step.id).toBe('intake.age');
  });

  it('goes back to the welcome when the call went straight to a person', () => {
    const call = createCall('en');
    render(<StaffView call={call} content={en} staff={enStaff} vars={vars} />);
    fireEvent.click(options().getByRole('button', { name: 'Talk to a person' }));
    fireEvent.click(options().getByRole('button', { name: 'Keep talking with the assistant' }));
    expect(call.getState()).toMatchObject({ step: { id: 'welcome' }, canGoBack: false, record: { answers: [] } });
  });
});
