import { toSavedSession, type HelplineEvent } from '../../flows';
import { walker } from '../fixtures/walker';

const start = (...events: HelplineEvent[]) => walker('en', ...events);
const at = (actor: ReturnType<typeof start>) => actor.step();
const answer = (value: string | number): HelplineEvent => ({ type: 'ANSWER', value });

const LEARN: HelplineEvent = { type: 'LEARN' };
const BACK: HelplineEvent = { type: 'BACK' };

describe('the conversation machine', () => {
  it('greets the visitor, says it is an automated guide, and offers the ways in', () => {
    const step = at(start());
    expect(step.id).toBe('welcome');
    expect(step.say).toEqual(['welcome.greeting', 'welcome.disclaimer']);
    expect(step.options.map((option) => option.label)).toEqual(['opt.learn', 'opt.recurrence', 'opt.talkToPerson', 'opt.emergency', 'opt.topics']);
  });

  it('hands off to the helpline when the visitor asks for a person', () => {
    const step = at(start({ type: 'HANDOFF' }));
    expect(step.id).toBe('handoff');
    expect(step.say).toEqual(['handoff.intro', 'handoff.phone']);
    expect(step.options.map((option) => option.label)).toContain('opt.startOver');
  });

  it('goes from "learn" to the treatment of the group the care team gave', () => {
    const actor = start(LEARN);
    expect(at(actor).id).toBe('audience');
    actor.send(answer('parent'));
    expect(at(actor).id).toBe('knowsGroup');
    actor.send(answer('yes'));
    expect(at(actor).id).toBe('pickGroup');
    actor.send(answer('intermediate'));
    expect(at(actor).id).toBe('treatment.intermediate');
    expect(at(actor).answers).toMatchObject({ audience: 'parent', group: 'intermediate' });
  });

  it.each([
    ['low', 'treatment.low'],
    ['infantMS', 'treatment.infantMS'],
    ['smallAdrenal', 'treatment.smallAdrenal'],
  ])('explains the %s group', (group, id) => {
    expect(at(start(LEARN, answer('family'), answer('yes'), answer(group))).id).toBe(id);
  });

  it('walks the three high-risk phases one step at a time, then offers questions, trials, side effects, late effects and a person', () => {
    const actor = start(LEARN, answer('patient'), answer('yes'), answer('high'));
    const seen = [at(actor).id];
    for (let i = 0; i < 3; i++) {
      actor.send({ type: 'NEXT' });
      seen.push(at(actor).id);
    }
    expect(seen).toEqual(['treatment.high.overview', 'treatment.high.induction', 'treatment.high.consolidation', 'treatment.high.maintenance']);
    expect(at(actor).options.map((option) => option.label)).toEqual([
      'opt.questions',
      'opt.trials',
      'opt.topic.sideEffects',
      'opt.topic.lateEffects',
      'opt.talkToPerson',
    ]);
    actor.send({ type: 'TRIALS' });
    expect(at(actor).id).toBe('trials');
    actor.send({ type: 'QUESTIONS' });
    expect(at(actor).id).toBe('questions');
  });

  it('starts the intake when the visitor does not know the group, and is not sure which it is', () => {
    expect(at(start(LEARN, answer('parent'), answer('no'))).id).toBe('intake.stage');
    expect(at(start(LEARN, answer('parent'), answer('unknown'))).id).toBe('intake.stage');
    expect(at(start(LEARN, answer('parent'), answer('yes'), answer('unknown'))).id).toBe('intake.stage');
  });

  it('shows the estimate with the facts and the rule behind it', () => {
    const actor = start(LEARN, answer('parent'), answer('no'), answer('M'), answer(30));
    const step = at(actor);
    expect(step.id).toBe('risk.high');
    expect(step.say).toEqual(['risk.result.high', 'risk.notDiagnosis']);
    expect(step.risk).toMatchObject({ group: 'high', rule: 'H1', matchedFacts: ['inrgStage', 'ageMonths'] });
    actor.send({ type: 'NEXT' });
    expect(at(actor).id).toBe('treatment.high.overview');
  });

  describe('BACK', () => {
    it('returns along the way the visitor came, not to a fixed parent', () => {
      const actor = start(LEARN, answer('parent'), answer('no'), { type: 'HANDOFF' });
      const back: string[] = [];
      for (let i = 0; i < 5; i++) {
        actor.send(BACK);
        back.push(at(actor).id);
      }
      expect(back).toEqual(['intake.stage', 'knowsGroup', 'audience', 'welcome', 'welcome']);
    });

    it('takes the answer back too', () => {
      const actor = start(LEARN, answer('parent'), answer('no'), answer('L1'));
      expect(at(actor).id).toBe('intake.mycn');
      expect(actor.getSnapshot().context.facts).toEqual({ inrgStage: 'L1' });
      actor.send(BACK);
      expect(at(actor).id).toBe('intake.stage');
      expect(actor.getSnapshot().context.facts).toEqual({});
      expect(actor.getSnapshot().context.asked).toEqual([]);
      // A different answer now takes a different way.
      actor.send(answer('M'));
      expect(at(actor).id).toBe('intake.age');
    });

    it('restores the estimate that was on show', () => {
      const actor = start(LEARN, answer('parent'), answer('no'), answer('L1'), answer('amplified'), answer('unknown'));
      expect(at(actor).risk?.group).toBe('undetermined');
      actor.send(BACK);
      expect(at(actor).id).toBe('intake.resection');
      actor.send(answer('complete'));
      expect(at(actor)).toMatchObject({ id: 'risk.low', risk: { group: 'low', rule: 'L2' } });
    });

    it('leaves the glossary for the step it was opened from', () => {
      const actor = start(LEARN, answer('parent'), answer('no'), answer('L2'), { type: 'EXPLAIN_TERM', term: 'mycn' });
      expect(at(actor)).toMatchObject({ id: 'glossary', say: ['glossary.mycn'], term: 'mycn', kind: 'glossary' });
      actor.send(BACK);
      expect(at(actor).id).toBe('intake.age');
    });
  });

  it('keeps a long visit small to save: its moves, not the states they lead to', () => {
    const actor = start();
    for (let i = 0; i < 80; i++) {
      actor.send({ type: 'HANDOFF' });
      actor.send({ type: 'LEARN' });
    }
    expect(actor.session.moves).toHaveLength(160);
    expect(JSON.stringify(toSavedSession(actor.session)).length).toBeLessThan(10_000);
    actor.send(BACK);
    expect(at(actor).id).toBe('handoff');
  });

  it('ignores a glossary word it has no explanation for', () => {
    expect(at(start({ type: 'EXPLAIN_TERM', term: 'toString' })).id).toBe('welcome');
  });

  it('starts over from anywhere and forgets every answer', () => {
    const actor = start(LEARN, answer('parent'), answer('no'), answer('L1'), { type: 'EMERGENCY' });
    expect(at(actor).id).toBe('emergency');
    actor.send({ type: 'RESTART' });
    expect(at(actor).id).toBe('welcome');
    expect(actor.session.moves).toEqual([]);
    expect(actor.getSnapshot().context).toMatchObject({ facts: {}, asked: [] });
    expect(actor.getSnapshot().context.audience).toBeUndefined();
    actor.send(BACK);
    expect(at(actor).id).toBe('welcome');
  });

  it('switches language without moving or forgetting', () => {
    const actor = start(LEARN, answer('parent'), { type: 'SET_LOCALE', locale: 'es' });
    expect(actor.session.locale).toBe('es');
    expect(at(actor).id).toBe('knowsGroup');
    actor.send(BACK);
    expect(at(actor).id).toBe('audience');
    expect(actor.session.locale).toBe('es');
  });

  it('asking for a person twice does not make BACK stay on the hand-off', () => {
    const actor = start({ type: 'HANDOFF' }, { type: 'HANDOFF' });
    actor.send(BACK);
    expect(at(actor).id).toBe('welcome');
  });

  describe('recurrence', () => {
    const recurrence = (first: string, where: string) => at(start({ type: 'RECURRENCE' }, answer(first), answer(where))).id;

    it('asks the first group, then where it came back', () => {
      const actor = start({ type: 'RECURRENCE' });
      expect(at(actor).id).toBe('recurrence.firstGroup');
      actor.send(answer('low'));
      expect(at(actor).id).toBe('recurrence.where');
      expect(at(actor).options.map((option) => option.label)).toEqual([
        'opt.where.same',
        'opt.where.elsewhere',
        'opt.where.cns',
        'opt.dontKnow',
        'opt.whatMeans',
      ]);
    });

    it('stays at its questions when told again that it came back, with the first group kept', () => {
      const actor = start({ type: 'RECURRENCE' }, { type: 'RECURRENCE' });
      expect(at(actor).id).toBe('recurrence.firstGroup');
      actor.send(answer('high'));
      actor.send({ type: 'RECURRENCE' });
      expect(at(actor).id).toBe('recurrence.where');
      expect(at(actor).answers.firstGroup).toBe('high');
    });

    it.each([
      ['low', 'same', 'recurrence.lowSame'],
      ['low', 'elsewhere', 'recurrence.lowElsewhere'],
      ['intermediate', 'same', 'recurrence.intermediateSame'],
      ['intermediate', 'elsewhere', 'recurrence.intermediateElsewhere'],
      ['high', 'same', 'recurrence.high'],
      ['high', 'elsewhere', 'recurrence.high'],
      ['low', 'cns', 'recurrence.cns'],
      ['high', 'cns', 'recurrence.cns'],
      ['unknown', 'cns', 'recurrence.cns'],
      ['unknown', 'same', 'recurrence.unknown'],
      ['high', 'unknown', 'recurrence.unknown'],
      ['low', 'unknown', 'recurrence.unknown'],
    ])('after %s risk, back in %s: %s', (first, where, id) => {
      expect(recurrence(first, where)).toBe(id);
    });

    it('offers clinical trials, questions, when treatment does not work, and a person after the options', () => {
      const step = at(start({ type: 'RECURRENCE' }, answer('intermediate'), answer('elsewhere')));
      expect(step.options.map((option) => option.event.type)).toEqual(['TRIALS', 'QUESTIONS', 'TOPIC', 'HANDOFF']);
    });
  });
});
