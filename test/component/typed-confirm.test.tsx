import { fireEvent, screen, within } from '@testing-library/preact';
import { en } from '../../content/en';
import { loadMatcher, matchFreeText } from '../../widget/app/free-text';
import { renderPanel } from './panel-harness';

/**
 * "Is that right?" after a typed answer, read with the real phrase lists (content/lexicon): the
 * visitor's own "ok" is agreement there, and only there.
 */
const label = (key: string) => en.ui[key]!;
const options = () => within(screen.getByRole('group', { name: /Choose an answer$/ }));
const type = (typed: string) => {
  const box = screen.getByRole('textbox', { name: 'Type a question' });
  fireEvent.input(box, { target: { value: typed } });
  fireEvent.submit(box.closest('form')!);
};

beforeAll(() => loadMatcher('en'));

describe('a typed reply to “Is that right?”', () => {
  const toStageQuestion = () => {
    for (const key of ['opt.learn', 'opt.audience.parent', 'opt.no']) fireEvent.click(options().getByRole('button', { name: label(key) }));
  };

  it.each(['ok', 'Okay', "that's right", 'correct'])('records the echoed answer on “%s”', (agreeing) => {
    const { conversation } = renderPanel({ conversation: { matchText: matchFreeText } });
    toStageQuestion();
    type('it spread to her bones');
    expect(screen.getByRole('log').textContent).toContain(`I understood: ${label('opt.stage.M')}. Is that right?`);
    type(agreeing);
    expect(conversation.getState().step.answers.facts).toEqual({ inrgStage: 'M' });
    expect(conversation.getState().step.id).toBe('intake.age');
  });

  it('changes it on “no, that is wrong”, and records nothing', () => {
    const { conversation } = renderPanel({ conversation: { matchText: matchFreeText } });
    toStageQuestion();
    type('it spread to her bones');
    type('no, that is wrong');
    expect(conversation.getState().step.answers.facts).toEqual({});
    expect(options().getByRole('button', { name: label('opt.stage.M') })).toBeTruthy();
  });

  it('is not a yes at a yes-or-no question: “ok” there records nothing', () => {
    const { conversation } = renderPanel({ conversation: { matchText: matchFreeText } });
    fireEvent.click(options().getByRole('button', { name: label('opt.learn') }));
    fireEvent.click(options().getByRole('button', { name: label('opt.audience.parent') }));
    const asked = conversation.getState().step.id;
    type('ok');
    expect(conversation.getState().step.id).toBe(asked);
    expect(screen.getByRole('log').textContent).not.toContain('Is that right?');
  });
});
