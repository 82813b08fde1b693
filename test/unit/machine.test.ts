import { createActor } from 'xstate';
import { currentStep, helplineMachine } from '../../flows';
import { en, es } from '../../content';

const start = () => createActor(helplineMachine, { input: { locale: 'en' } }).start();

describe('the conversation machine', () => {
  it('greets the visitor and says it is an automated guide', () => {
    const step = currentStep(start().getSnapshot());
    expect(step.id).toBe('welcome');
    expect(step.say).toEqual(['welcome.greeting', 'welcome.disclaimer']);
  });

  it('hands off to the helpline when the visitor asks for a person', () => {
    const actor = start();
    actor.send({ type: 'HANDOFF' });
    expect(currentStep(actor.getSnapshot()).id).toBe('handoff');
  });

  it('goes back to where the visitor came from', () => {
    const actor = start();
    actor.send({ type: 'HANDOFF' });
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot()).id).toBe('welcome');
    expect(actor.getSnapshot().context.trail).toEqual([]);
  });

  it('starts over from anywhere', () => {
    const actor = start();
    actor.send({ type: 'EMERGENCY' });
    actor.send({ type: 'RESTART' });
    expect(currentStep(actor.getSnapshot()).id).toBe('welcome');
  });

  it('switches language without moving', () => {
    const actor = start();
    actor.send({ type: 'HANDOFF' });
    actor.send({ type: 'SET_LOCALE', locale: 'es' });
    expect(actor.getSnapshot().context.locale).toBe('es');
    expect(currentStep(actor.getSnapshot()).id).toBe('handoff');
  });

  it('has content for every key the machine says, in every locale', () => {
    const ids = ['welcome', 'handoff', 'emergency'];
    for (const id of ids) {
      const actor = start();
      if (id === 'handoff') actor.send({ type: 'HANDOFF' });
      if (id === 'emergency') actor.send({ type: 'EMERGENCY' });
      const step = currentStep(actor.getSnapshot());
      for (const locale of [en, es]) {
        for (const key of step.say) expect(locale.items[key], `${locale.locale} ${key}`).toBeDefined();
        for (const option of step.options) expect(locale.ui[option.label], `${locale.locale} ${option.label}`).toBeDefined();
      }
    }
  });
});
