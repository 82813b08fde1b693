import { fireEvent, screen, within } from '@testing-library/preact';
import { en } from '../../content/en';
import { loadMatcher, matchFreeText } from '../../widget/app/free-text';
import { renderPanel } from './panel-harness';

const click = (name: string | RegExp) =>
  fireEvent.click(within(screen.getByRole('group', { name: /Choose an answer$/ })).getByRole('button', { name }));
const label = (key: string) => en.ui[key]!;

function toIntake() {
  click(label('opt.learn'));
  click(label('opt.audience.parent'));
  click(label('opt.no'));
}

describe('walking the conversation', () => {
  it('explains a question without leaving it', () => {
    const { conversation } = renderPanel();
    toIntake();
    const asked = conversation.getState().step.id;
    click(label('opt.whatMeans'));
    expect(conversation.getState().step.id).toBe(asked);
    const explanation = en.items[`${asked}.explain`]!.body.replace(/<[^>]+>/g, '').slice(0, 40);
    expect(screen.getByRole('log').textContent).toContain(explanation);
  });

  it('shows which facts led to a risk group, with the visitor’s answers', () => {
    const { conversation } = renderPanel();
    toIntake();
    click(label('opt.stage.M'));
    click(label('opt.age.18mPlus'));
    expect(conversation.getState().step.id).toBe('risk.high');
    const why = screen.getByText(label('ui.reasons')).closest('.card')!;
    const reasons = within(why as HTMLElement).getAllByRole('listitem').map((li) => li.textContent);
    expect(reasons).toEqual([
      `${label('factor.inrgStage')}: ${label('value.inrgStage.M')}`,
      `${label('factor.ageMonths')}: ${label('value.ageMonths.24')}`,
    ]);
  });

  it('lists the deciding factors when the group cannot be told', () => {
    const { conversation } = renderPanel();
    toIntake();
    click(label('opt.stage.M'));
    while (conversation.getState().step.id.startsWith('intake.')) click(label('opt.dontKnow'));
    expect(conversation.getState().step.id).toBe('risk.undetermined');
    const card = screen.getByText(label('ui.decidingFactors')).closest('.card') as HTMLElement;
    const factors = within(card).getAllByRole('listitem').map((li) => li.textContent);
    expect(factors).toContain(label('factor.ageMonths'));
    expect(factors).toContain(label('factor.mycn'));
    expect(factors).not.toContain(label('factor.inrgStage'));
  });
});

describe('typed questions', () => {
  it('has a labelled text box, and says so honestly when a question is not understood', () => {
    renderPanel();
    const box = screen.getByRole('textbox', { name: 'Type a question' });
    fireEvent.input(box, { target: { value: 'zzzz qqqq' } });
    fireEvent.submit(box.closest('form')!);
    const log = screen.getByRole('log');
    expect(within(log).getByText('zzzz qqqq')).toBeTruthy();
    const notUnderstood = en.items['freetext.notUnderstood']!.body.replace(/<[^>]+>/g, '').slice(0, 30);
    expect(log.textContent).toContain(notUnderstood);
    // The options stay on offer.
    expect(within(screen.getByRole('group', { name: /Choose an answer$/ })).getAllByRole('button').length).toBeGreaterThan(0);
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('sends what the matcher understood, as the visitor’s own words', () => {
    const { conversation } = renderPanel({
      conversation: { matchText: (text) => (/someone/.test(text) ? { kind: 'event', event: { type: 'HANDOFF' } } : { kind: 'none' }) },
    });
    const box = screen.getByRole('textbox', { name: 'Type a question' });
    fireEvent.input(box, { target: { value: 'talk to someone' } });
    fireEvent.submit(box.closest('form')!);
    expect(conversation.getState().step.id).toBe('handoff');
    expect(within(screen.getByRole('log')).getByText('talk to someone')).toBeTruthy();
  });

  it.each([
    ['talk to someone', 'handoff'],
    ['what is MYCN', 'glossary'],
  ])('understands “%s” with the real phrase lists', async (typed, step) => {
    await loadMatcher('en');
    const { conversation } = renderPanel({ conversation: { matchText: matchFreeText } });
    const box = screen.getByRole('textbox', { name: 'Type a question' });
    fireEvent.input(box, { target: { value: typed } });
    fireEvent.submit(box.closest('form')!);
    expect(conversation.getState().step.id).toBe(step);
  });

  it('keeps what was typed but not sent', () => {
    const { conversation } = renderPanel();
    fireEvent.input(screen.getByRole('textbox', { name: 'Type a question' }), { target: { value: 'half a quest' } });
    expect(conversation.getState().draft).toBe('half a quest');
  });
});
