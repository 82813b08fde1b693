import { fireEvent, screen, within } from '@testing-library/preact';
import { en } from '../../content/en';
import type { Understanding } from '../../flows';
import { AGREED } from '../../widget/app/confirmation';
import type { TextMatcher } from '../../widget/app/conversation';
import { openStore } from '../../widget/app/storage';
import { renderPanel } from './panel-harness';

/**
 * What the conversation does with each kind of Understanding (flows/understanding.ts). The
 * matcher is a fake that returns what each test needs, so these hold whatever the phrase lists say.
 */
const text = (key: string) =>
  en.items[key]!.body.replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const label = (key: string) => en.ui[key]!;
const options = () => within(screen.getByRole('group', { name: /Choose an answer$/ }));
const optionNames = () =>
  options()
    .queryAllByRole('button')
    .map((button) => button.textContent);
const log = () => screen.getByRole('log');
const click = (name: string) => fireEvent.click(options().getByRole('button', { name }));
const type = (typed: string) => {
  const box = screen.getByRole('textbox', { name: 'Type a question' });
  fireEvent.input(box, { target: { value: typed } });
  fireEvent.submit(box.closest('form')!);
};
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Answers each typed text with the Understanding listed; "yes" and "no" as answers where offered. */
function fake(table: Record<string, Understanding>): TextMatcher {
  return (typed, _locale, step) => {
    const offered = step.options.map((option) => option.event.value);
    if (typed === 'yes' && offered.includes(AGREED)) return { kind: 'answer', value: AGREED, confirm: false };
    if ((typed === 'yes' || typed === 'no') && offered.includes(typed)) return { kind: 'answer', value: typed, confirm: false };
    return table[typed] ?? { kind: 'none' };
  };
}

const STAGE_QUESTION = ['opt.learn', 'opt.audience.parent', 'opt.no'];
function toStageQuestion() {
  for (const key of STAGE_QUESTION) click(label(key));
}

describe('every message gets a reply', () => {
  it('gives the crisis answer, with 988 to call or text, every time it is sent', () => {
    const { conversation } = renderPanel({ conversation: { matchText: fake({ 'I want to die': { kind: 'event', event: { type: 'CRISIS' } } }) } });
    type('I want to die');
    type('I want to die');
    expect(conversation.getState().step.id).toBe('crisis');
    const said = log().textContent!;
    expect(occurrences(said, 'I want to die')).toBe(2);
    expect(occurrences(said, text('crisis.now').slice(0, 40))).toBe(2);
    expect(occurrences(said, text('crisis.more').slice(0, 40))).toBe(2);
    expect(within(log()).getAllByRole('link', { name: 'Text 988' })).toHaveLength(2);
    expect(within(log()).getAllByRole('link', { name: 'Call 988' })[1]!.getAttribute('href')).toBe('tel:988');
  });

  it('says the emergency answer again in full when an emergency follows an emergency', () => {
    renderPanel({ conversation: { matchText: fake({ 'she stopped breathing': { kind: 'event', event: { type: 'EMERGENCY' } } }) } });
    click(label('opt.emergency'));
    type('she stopped breathing');
    expect(occurrences(log().textContent!, text('emergency.now').slice(0, 40))).toBe(2);
    expect(occurrences(log().textContent!, text('emergency.fever').slice(0, 40))).toBe(2);
    expect(within(log()).getAllByRole('link', { name: 'Call 911' })).toHaveLength(2);
  });

  it('answers urgent symptoms with the care team’s 24-hour number, 911 and the fever threshold', () => {
    renderPanel({ conversation: { matchText: fake({ 'my child has a fever': { kind: 'event', event: { type: 'URGENT' } } }) } });
    toStageQuestion();
    type('my child has a fever');
    expect(log().textContent).toContain('24-hour number now');
    expect(log().textContent).toContain('100.4 °F (38 °C)');
    expect(within(log()).getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
  });

  it('answers fear without numbers, with a person to talk to now', () => {
    const { conversation } = renderPanel({ conversation: { matchText: fake({ 'will my child die': { kind: 'event', event: { type: 'FEAR' } } }) } });
    type('will my child die');
    expect(conversation.getState().step.id).toBe('fear');
    expect(log().textContent).toContain(text('fear.answer').slice(0, 40));
    expect(text('fear.answer')).not.toMatch(/\d+ ?%|percent/);
    expect(optionNames()).toContain(label('opt.talkToPerson'));
  });

  it('answers the parent’s own distress warmly, with the helpline and 988, and brings the question back', () => {
    const { conversation } = renderPanel({
      conversation: { matchText: fake({ 'I can’t stop crying': { kind: 'event', event: { type: 'DISTRESS' } } }) },
    });
    toStageQuestion();
    type('I can’t stop crying');
    expect(conversation.getState().step.id).toBe('distress');
    expect(log().textContent).toContain(text('distress.answer').slice(0, 40));
    expect(log().textContent).not.toContain(text('fear.answer').slice(0, 40));
    expect(text('distress.answer')).toContain('call or text 988');
    expect(within(log()).getAllByRole('link', { name: '1-800-227-2345' }).length).toBeGreaterThan(0);
    expect(optionNames()).toEqual(
      expect.arrayContaining([label('opt.backToQuestion'), label('opt.stage.L1'), label('opt.talkToPerson'), label('opt.topic.everyday')]),
    );
    expect(conversation.getState().step.answers.facts).toEqual({});
  });

  it('answers thanks with a short reply and keeps the question’s options', () => {
    const { conversation } = renderPanel({ conversation: { matchText: fake({ 'thank you': { kind: 'thanks' } }) } });
    toStageQuestion();
    type('thank you');
    expect(log().textContent).toContain(text('freetext.thanks').slice(0, 40));
    expect(log().textContent).not.toContain(text('freetext.notUnderstood').slice(0, 30));
    expect(conversation.getState().step.id).toBe('intake.stage');
    expect(optionNames()).toEqual(expect.arrayContaining([label('opt.stage.L1'), label('opt.stage.M')]));
  });

  it('says a step again when the message leaves it where it was', () => {
    const { conversation } = renderPanel({ conversation: { matchText: fake({ 'clinical trials': { kind: 'event', event: { type: 'TRIALS' } } }) } });
    type('clinical trials');
    type('clinical trials');
    const said = conversation.getState().transcript.filter((entry) => entry.by === 'bot' && entry.key === 'trials.about');
    expect(said).toHaveLength(2);
  });
});

describe('the emergency step', () => {
  it('shows full-size call buttons for the emergency number and 988, the fever line, the helpline after them, and no start over', () => {
    renderPanel();
    click(label('opt.emergency'));
    const calls = within(log()).getByRole('group', { name: 'Call for help now' });
    expect(within(calls).getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
    expect(within(calls).getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    expect(within(calls).getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
    const said = log().textContent!;
    expect(said.indexOf('Text 988')).toBeLessThan(said.indexOf(text('emergency.fever').slice(0, 30)));
    expect(said.indexOf(text('emergency.fever').slice(0, 30))).toBeLessThan(said.indexOf(text('emergency.helpline').slice(0, 30)));
    expect(optionNames()).not.toContain(label('opt.startOver'));
    expect(optionNames()).toContain(label('opt.talkToPerson'));
  });
});

describe('typed answers are confirmed before anything is recorded', () => {
  const matchText = fake({ 'it spread to the bones': { kind: 'answer', value: 'M', confirm: true } });

  it('echoes the answer in the words of its button, and records it only on Yes', () => {
    const { conversation } = renderPanel({ conversation: { matchText } });
    toStageQuestion();
    type('it spread to the bones');
    expect(log().textContent).toContain(`I understood: ${label('opt.stage.M')}. Is that right?`);
    expect(optionNames()).toEqual([label('opt.yes'), label('opt.change')]);
    expect(conversation.getState().step.id).toBe('intake.stage');
    expect(conversation.getState().step.answers.facts).toEqual({});
    click(label('opt.yes'));
    expect(conversation.getState().step.answers.facts).toEqual({ inrgStage: 'M' });
    const lines = within(log())
      .getAllByText(/./, { selector: '.line.user' })
      .map((line) => line.textContent);
    expect(lines.slice(-2)).toEqual(['it spread to the bones', label('opt.yes')]);
  });

  it('offers the question’s options again on Change, and records nothing', () => {
    const { conversation } = renderPanel({ conversation: { matchText } });
    toStageQuestion();
    type('it spread to the bones');
    click(label('opt.change'));
    expect(optionNames()).toContain(label('opt.stage.L1'));
    expect(optionNames()).toContain(label('opt.stage.M'));
    expect(conversation.getState().step.answers.facts).toEqual({});
    expect(log().textContent).toContain(text('freetext.change'));
  });

  it('takes a typed yes as Yes, and a typed no as Change', () => {
    const { conversation } = renderPanel({ conversation: { matchText } });
    toStageQuestion();
    type('it spread to the bones');
    type('no');
    expect(conversation.getState().step.answers.facts).toEqual({});
    type('it spread to the bones');
    type('yes');
    expect(conversation.getState().step.answers.facts).toEqual({ inrgStage: 'M' });
  });

  it('echoes a typed age in months', () => {
    const { conversation } = renderPanel({
      conversation: {
        matchText: fake({
          'it spread to the bones': { kind: 'answer', value: 'M', confirm: true },
          '17 and a half months': { kind: 'answer', value: 17.5, confirm: true },
        }),
      },
    });
    toStageQuestion();
    type('it spread to the bones');
    click(label('opt.yes'));
    expect(conversation.getState().step.id).toBe('intake.age');
    type('17 and a half months');
    expect(log().textContent).toContain('I understood: 17.5 months. Is that right?');
    expect(conversation.getState().step.answers.facts).toEqual({ inrgStage: 'M' });
  });

  it('echoes an age under a month as such, and records the age on Yes', () => {
    const { conversation } = renderPanel({
      conversation: {
        matchText: fake({
          'it spread to the bones': { kind: 'answer', value: 'M', confirm: true },
          'she was 3 weeks old': { kind: 'answer', value: 0.7, confirm: true },
        }),
      },
    });
    toStageQuestion();
    type('it spread to the bones');
    click(label('opt.yes'));
    type('she was 3 weeks old');
    expect(log().textContent).toContain('I understood: younger than 1 month. Is that right?');
    expect(log().textContent).not.toContain('0.7');
    click(label('opt.yes'));
    expect(conversation.getState().step.answers.facts).toEqual({ inrgStage: 'M', ageMonths: 0.7 });
  });

  it('sends an answer that needs no confirmation at once', () => {
    const { conversation } = renderPanel({
      conversation: { matchText: fake({ 'I am her mom': { kind: 'answer', value: 'parent', confirm: false } }) },
    });
    click(label('opt.learn'));
    type('I am her mom');
    expect(conversation.getState().step.id).toBe('knowsGroup');
  });
});

describe('typed text that is not clear', () => {
  it.each([
    ['negated', 'it hasn’t spread', 'I could not tell which answer you meant'],
    ['hedged', 'I think it spread', 'If you are not sure, that’s fine'],
    ['conflict', 'L1 or L2', 'more than one answer'],
    ['noUnit', 'he was 2', 'Was that months or years?'],
    ['timeAgo', 'they found it a month ago', 'how long ago it was found'],
  ] as const)('%s: says what was not clear, offers the buttons, records nothing', (reason, typed, says) => {
    const { conversation } = renderPanel({ conversation: { matchText: fake({ [typed]: { kind: 'unclear', reason } }) } });
    toStageQuestion();
    type(typed);
    expect(log().textContent).toContain(says);
    expect(optionNames()).toContain(label('opt.stage.L2'));
    expect(conversation.getState().step).toMatchObject({ id: 'intake.stage', answers: { facts: {} } });
  });

  it('is answered warmly when nothing was understood, with the question’s options still on offer', () => {
    renderPanel({ conversation: { matchText: fake({}) } });
    toStageQuestion();
    type('purple elephant');
    expect(log().textContent).toContain(text('freetext.notUnderstood'));
    expect(optionNames()).toContain(label('opt.stage.L1'));
  });

  it('offers to switch to Spanish when the message is in Spanish, and switches on the button', () => {
    const { onLocale } = renderPanel({ conversation: { matchText: fake({ 'mi hijo tiene fiebre': { kind: 'otherLanguage', locale: 'es' } }) } });
    type('mi hijo tiene fiebre');
    expect(log().textContent).toContain('¿Prefiere español?');
    click('Cambiar a español');
    expect(onLocale).toHaveBeenCalledWith('es');
    expect(screen.getByRole('dialog', { name: 'Guía de ayuda' })).toBeTruthy();
  });

  it('reads the offer as the offer it was after the switch, not as an offer of the language just left', () => {
    renderPanel({ conversation: { matchText: fake({ 'mi hijo tiene fiebre': { kind: 'otherLanguage', locale: 'es' } }) } });
    type('mi hijo tiene fiebre');
    click('Cambiar a español');
    expect(log().textContent).toContain('Usted escribió en español, así que le ofrecí cambiar a español.');
    expect(log().textContent).not.toContain('Would you prefer English');
    expect(screen.queryByRole('button', { name: 'Switch to English' })).toBeNull();
  });
});

describe('a side question never strands the visitor', () => {
  const matchText = fake({ 'what is MYCN': { kind: 'event', event: { type: 'EXPLAIN_TERM', term: 'mycn' } } });

  it('brings the question’s options back after the answer, and takes an answer from there', () => {
    const { conversation } = renderPanel({ conversation: { matchText } });
    toStageQuestion();
    type('what is MYCN');
    expect(conversation.getState().step.id).toBe('glossary');
    expect(optionNames()).toEqual(expect.arrayContaining([label('opt.backToQuestion'), label('opt.stage.L1'), label('opt.stage.M')]));
    type('purple elephant');
    expect(optionNames()).toContain(label('opt.stage.M'));
    click(label('opt.stage.M'));
    expect(conversation.getState().step.answers.facts).toEqual({ inrgStage: 'M' });
    expect(conversation.getState().step.id).toBe('intake.age');
  });

  const twoWords = fake({
    'what is MYCN': { kind: 'event', event: { type: 'EXPLAIN_TERM', term: 'mycn' } },
    'and stage?': { kind: 'event', event: { type: 'EXPLAIN_TERM', term: 'stage' } },
  });

  it('keeps the question and its answers after a second side question in a row', () => {
    const { conversation } = renderPanel({ conversation: { matchText: twoWords } });
    toStageQuestion();
    type('what is MYCN');
    type('and stage?');
    expect(log().textContent).toContain(text('glossary.stage').slice(0, 30));
    expect(optionNames()).toEqual(expect.arrayContaining([label('opt.backToQuestion'), label('opt.stage.L1'), label('opt.stage.M')]));
    click(label('opt.stage.M'));
    expect(conversation.getState().step.answers.facts).toEqual({ inrgStage: 'M' });
    expect(conversation.getState().step.id).toBe('intake.age');
  });

  it('goes back to the question, not to the first side answer, on “Back to the question” after two', () => {
    const { conversation } = renderPanel({ conversation: { matchText: twoWords } });
    toStageQuestion();
    type('what is MYCN');
    type('and stage?');
    click(label('opt.backToQuestion'));
    expect(conversation.getState().step.id).toBe('intake.stage');
    expect(occurrences(log().textContent!, text('intake.stage.ask').slice(0, 30))).toBe(2);
  });

  it('goes back to the question on “Back to the question”', () => {
    const { conversation } = renderPanel({ conversation: { matchText } });
    toStageQuestion();
    type('what is MYCN');
    click(label('opt.backToQuestion'));
    expect(conversation.getState().step.id).toBe('intake.stage');
    expect(occurrences(log().textContent!, text('intake.stage.ask').slice(0, 30))).toBe(2);
  });
});

describe('starting over', () => {
  it('erases the typed, unsent text too, on screen and in storage', () => {
    const store = openStore('session', window);
    const { conversation } = renderPanel({ conversation: { store } });
    const box = screen.getByRole('textbox', { name: 'Type a question' }) as HTMLInputElement;
    fireEvent.input(box, { target: { value: 'my daughter’s name is' } });
    expect((store.load() as { draft: string }).draft).toBe('my daughter’s name is');
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(conversation.getState().draft).toBe('');
    expect((store.load() as { draft: string }).draft).toBe('');
    expect(box.value).toBe('');
    sessionStorage.clear();
  });
});
