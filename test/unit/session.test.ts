import { questionBehind, recordOf, replay, send, startSession, stateOf, stepOf, type HelplineEvent, type Session } from '../../flows';

const answer = (value: string | number) => ({ type: 'ANSWER', value }) as const;
const walk = (...events: HelplineEvent[]) => events.reduce<Session>((session, event) => send(session, event), startSession('en'));
const TO_STAGE: HelplineEvent[] = [{ type: 'LEARN' }, answer('parent'), answer('no')];

describe('a session: the conversation as its list of moves', () => {
  it('records a move for each step left, with the step it was made at', () => {
    const session = walk(...TO_STAGE, answer('L1'));
    expect(session.moves.map((m) => [m.from, m.event.type])).toEqual([
      ['welcome', 'LEARN'],
      ['audience', 'ANSWER'],
      ['knowsGroup', 'ANSWER'],
      ['intake.stage', 'ANSWER'],
    ]);
    expect(session.states).toHaveLength(5);
  });

  it.each<[string, HelplineEvent[], HelplineEvent]>([
    ['a crisis sent again at the crisis step', [{ type: 'CRISIS' }], { type: 'CRISIS' }],
    ['"what does this mean?"', TO_STAGE, { type: 'EXPLAIN' }],
    ['an answer the question does not take', TO_STAGE, answer('L9')],
    ['going back at the welcome', [], { type: 'BACK' }],
  ])('makes no move of %s: the very same session comes back', (_, before, event) => {
    const session = walk(...before);
    expect(send(session, event)).toBe(session);
  });

  it('switches language without a move, and keeps it through going back and starting over', () => {
    let session = walk(...TO_STAGE, { type: 'SET_LOCALE', locale: 'es' });
    expect(session.locale).toBe('es');
    expect(session.moves).toHaveLength(3);
    session = send(session, { type: 'BACK' });
    expect(session.locale).toBe('es');
    session = send(session, { type: 'RESTART' });
    expect(session).toMatchObject({ locale: 'es', moves: [] });
    expect(stepOf(session).id).toBe('welcome');
  });

  it('goes back to the step before with the answers as they were there', () => {
    const session = send(walk(...TO_STAGE, answer('L1'), answer('amplified')), { type: 'BACK' });
    expect(stepOf(session).id).toBe('intake.mycn');
    expect(stateOf(session).context.facts).toEqual({ inrgStage: 'L1' });
  });

  it('replays its moves to the same state, and refuses moves today’s steps do not allow', () => {
    const session = walk(...TO_STAGE, answer('M'), answer(30));
    const again = replay('en', session.moves);
    expect(again && stateOf(again).context).toEqual(stateOf(session).context);
    expect(replay('en', [{ from: 'welcome', event: answer('L1') }])).toBeNull();
    expect(replay('en', [{ from: 'audience', event: { type: 'LEARN' } }])).toBeNull();
  });

  describe('the question behind side answers', () => {
    it('is the question left for one side answer, or several in a row', () => {
      let session = walk(...TO_STAGE, answer('L1'), { type: 'EXPLAIN_TERM', term: 'mycn' });
      expect(stepOf(session).id).toBe('glossary');
      expect(questionBehind(session)?.id).toBe('intake.mycn');
      session = send(session, { type: 'EXPLAIN_TERM', term: 'stage' });
      expect(questionBehind(session)?.id).toBe('intake.mycn');
    });

    it('is nothing at a step that is no side answer, or when no question was left', () => {
      expect(questionBehind(walk(...TO_STAGE))).toBeUndefined();
      expect(questionBehind(walk({ type: 'EXPLAIN_TERM', term: 'mycn' }))).toBeUndefined();
    });
  });

  describe('the record the summary reads', () => {
    it('names each answer by the option that gives it, a typed age by its band', () => {
      const { answers } = recordOf(walk(...TO_STAGE, answer('L2'), answer(30)), []);
      expect(answers.slice(-2)).toEqual([
        { step: 'intake.stage', label: 'opt.stage.L2', value: 'L2' },
        { step: 'intake.age', label: 'opt.age.18mPlus', value: 30 },
      ]);
    });

    it('keeps an answer given again where it was first given: stage before age after "change the stage"', () => {
      const session = walk(...TO_STAGE, answer('MS'), answer(24), { type: 'RECHECK', field: 'inrgStage' }, answer('M'));
      const { answers, facts } = recordOf(session, []);
      expect(answers.map((a) => `${a.step}=${a.value}`)).toEqual(['audience=parent', 'knowsGroup=no', 'intake.stage=M', 'intake.age=24']);
      expect(facts).toEqual({ inrgStage: 'M', ageMonths: 24 });
    });

    it('drops an answer taken back', () => {
      const session = send(walk(...TO_STAGE, answer('L1')), { type: 'BACK' });
      expect(recordOf(session, []).answers.map((a) => a.step)).toEqual(['audience', 'knowsGroup']);
    });
  });
});
