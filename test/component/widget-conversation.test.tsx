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

  it('shows the result as one card: the usual group as its heading, why in the visitor’s words, and not a diagnosis inside', () => {
    const { conversation } = renderPanel();
    toIntake();
    click(label('opt.stage.M'));
    click(label('opt.age.18mPlus'));
    expect(conversation.getState().step.id).toBe('risk.high');
    const log = screen.getByRole('log');
    const heading = within(log).getByRole('heading', { name: `${label('ui.usualGroup')}: ${label('opt.group.high')}` });
    const card = heading.closest('.card') as HTMLElement;
    const why = within(card).getByText(label('ui.reasons')).nextElementSibling as HTMLElement;
    expect(
      within(why)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`${label('factor.inrgStage')}: ${label('opt.stage.M')}`, `${label('factor.ageMonths')}: ${label('opt.age.18mPlus')}`]);
    const notDiagnosis = en.items['risk.notDiagnosis']!.body.slice(0, 30);
    expect(card.textContent).toContain(notDiagnosis);
    // Said once, in the card: no line of the result stands apart from it.
    const resultLines = [...log.querySelectorAll('.entry')].filter((e) => e.textContent?.includes(notDiagnosis));
    expect(resultLines).toHaveLength(1);
    // The next actions are under it.
    const next = within(screen.getByRole('group', { name: 'Choose an answer' }))
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(next).toEqual([label('opt.seeTreatment'), label('opt.talkToPerson')]);
  });

  it('says which groups are possible and what decides it when the group cannot be told, offering to read about each', () => {
    const { conversation } = renderPanel();
    toIntake();
    click(label('opt.stage.M'));
    while (conversation.getState().step.id.startsWith('intake.')) click(label('opt.dontKnow'));
    expect(conversation.getState().step.id).toBe('risk.undetermined');
    const card = within(screen.getByRole('log'))
      .getByRole('heading', { name: label('ui.undeterminedGroup') })
      .closest('.card') as HTMLElement;
    const listAfter = (key: string) =>
      within(within(card).getByText(label(key)).nextElementSibling as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    const possible = conversation.getState().step.risk!.possibleGroups;
    expect(possible.length).toBeGreaterThan(1);
    expect(listAfter('ui.possibleGroups')).toEqual(possible.map((g) => label(`opt.group.${g}`)));
    const factors = listAfter('ui.decidingFactors');
    expect(factors).toContain(label('factor.ageMonths'));
    expect(factors).toContain(label('factor.mycn'));
    expect(factors).not.toContain(label('factor.inrgStage'));
    expect(card.textContent).toContain(en.items['risk.notDiagnosis']!.body.slice(0, 30));
    const replies = within(screen.getByRole('group', { name: 'Choose an answer' }));
    for (const group of possible) expect(replies.getByRole('button', { name: label(`opt.read.${group}`) })).toBeTruthy();
    expect(replies.queryByRole('button', { name: label('opt.group.high') })).toBeNull();
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
