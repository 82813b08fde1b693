import { currentStep, type HelplineEvent } from '../../flows';
import { walker } from '../fixtures/walker';

const start = (...events: HelplineEvent[]) => walker('en', ...events);
const at = (actor: ReturnType<typeof start>) => currentStep(actor.getSnapshot());
const answer = (value: string | number): HelplineEvent => ({ type: 'ANSWER', value });
/** To the intake's first question, stage. */
const INTAKE: HelplineEvent[] = [{ type: 'LEARN' }, answer('parent'), answer('no')];

describe('stage MS at 18 months or older', () => {
  const msAt24 = () => start(...INTAKE, answer('MS'), answer(24));

  it('asks the visitor to check the stage or the age instead of giving an undetermined group', () => {
    const step = at(msAt24());
    expect(step.id).toBe('intake.checkStageAge');
    expect(step.say).toEqual(['intake.checkStageAge']);
    expect(step.options.map((o) => o.label)).toEqual(['opt.changeStage', 'opt.changeAge', 'opt.talkToPerson']);
  });

  it('asks the stage again, with the age kept, after "Change the stage"', () => {
    const actor = msAt24();
    actor.send({ type: 'RECHECK', field: 'inrgStage' });
    expect(at(actor).id).toBe('intake.stage');
    expect(at(actor).answers.facts).toEqual({ ageMonths: 24 });
    actor.send(answer('M'));
    expect(at(actor).id).toBe('risk.high');
  });

  it('asks the age again, with the stage kept, after "Change the age"', () => {
    const actor = msAt24();
    actor.send({ type: 'RECHECK', field: 'ageMonths' });
    expect(at(actor).id).toBe('intake.age');
    expect(at(actor).answers.facts).toEqual({ inrgStage: 'MS' });
    actor.send(answer(9));
    expect(at(actor).id).not.toBe('intake.checkStageAge');
  });

  it('goes back from the check to the age question', () => {
    const actor = msAt24();
    actor.send({ type: 'BACK' });
    expect(at(actor).id).toBe('intake.age');
  });
});

describe('ploidy: fewer chromosomes than usual', () => {
  it('offers a button for a hypodiploid tumor and records it as the table’s diploid (unfavorable) value', () => {
    // Stage MS at 14 months, MYCN not amplified, favorable histology: ploidy decides (H5 vs intermediate).
    const actor = start(...INTAKE, answer('MS'), answer(15), answer('not-amplified'), answer('favorable'));
    expect(at(actor).id).toBe('intake.ploidy');
    expect(at(actor).options.map((o) => o.label)).toContain('opt.ploidy.hypodiploid');
    actor.send(answer('hypodiploid'));
    expect(at(actor).answers.facts.ploidy).toBe('diploid');
    expect(at(actor).id).toBe('risk.high');
  });
});

describe('the topic families', () => {
  it('reaches every family from the welcome’s topics menu, and each family’s steps from its menu', () => {
    const actor = start({ type: 'TOPICS' });
    expect(at(actor).id).toBe('topics');
    const families = at(actor).options.filter((o) => o.event.type === 'TOPIC');
    expect(families.map((o) => o.event.topic)).toEqual(['sideEffects', 'lateEffects', 'notWorking', 'everyday', 'outlook']);
    actor.send({ type: 'TOPIC', topic: 'lateEffects' });
    expect(at(actor).id).toBe('topic.lateEffects');
    expect(at(actor).say).toEqual(['topic.lateEffects']);
    actor.send({ type: 'TOPIC', topic: 'lateEffects.fertility' });
    expect(at(actor).id).toBe('topic.lateEffects.fertility');
    // Every topic step ends with more of the family and a person.
    expect(at(actor).options.map((o) => o.label)).toEqual(['opt.topic.lateEffects.more', 'opt.talkToPerson']);
    actor.send({ type: 'BACK' });
    expect(at(actor).id).toBe('topic.lateEffects');
    actor.send({ type: 'BACK' });
    expect(at(actor).id).toBe('topics');
  });

  it('goes from "more about this" back to the family’s menu, and ignores a topic it does not know', () => {
    const actor = start({ type: 'TOPIC', topic: 'sideEffects.fever' });
    expect(at(actor).id).toBe('topic.sideEffects.fever');
    actor.send({ type: 'TOPIC', topic: 'sideEffects' });
    expect(at(actor).id).toBe('topic.sideEffects');
    actor.send({ type: 'TOPIC', topic: 'sideEffects.nope' });
    expect(at(actor).id).toBe('topic.sideEffects');
  });

  it('offers the outlook after the answer to fear, with a person first', () => {
    const step = at(start({ type: 'FEAR' }));
    expect(step.options.map((o) => o.label)).toEqual(['opt.talkToPerson', 'opt.topic.outlook', 'opt.questions']);
  });

  it('offers a person first after the answer to the parent’s own distress, then everyday life and support', () => {
    const step = at(start({ type: 'DISTRESS' }));
    expect(step.options.map((o) => o.label)).toEqual(['opt.talkToPerson', 'opt.topic.everyday']);
  });
});
