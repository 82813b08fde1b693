import { STEP_IDS } from '../../flows/machine';
import { STAGES, stageOf } from '../../flows/stage';

/** The stage each step reports (flows/stage.ts): what the default `step` event and analytics may say. */
describe('stages of the conversation', () => {
  it('gives every step one of the seven stages, except the safety answers, which report none', () => {
    const none = STEP_IDS.filter((id) => stageOf(id) === undefined);
    expect(none.sort()).toEqual(['crisis', 'distress', 'emergency', 'fear', 'urgent']);
    expect(STEP_IDS.every((id) => stageOf(id) === undefined || STAGES.includes(stageOf(id)!))).toBe(true);
  });

  it('keeps the facts a step id would reveal to itself: every question one stage, every result one', () => {
    expect(new Set(STEP_IDS.filter((id) => id.startsWith('intake.') || /^(audience|knowsGroup|pickGroup)$/.test(id)).map(stageOf))).toEqual(
      new Set(['intake']),
    );
    expect(new Set(STEP_IDS.filter((id) => id.startsWith('risk.')).map(stageOf))).toEqual(new Set(['result']));
    expect(new Set(STEP_IDS.filter((id) => id.startsWith('recurrence.')).map(stageOf))).toEqual(new Set(['recurrence']));
    expect(stageOf('treatment.high.induction')).toBe('treatment');
    expect(stageOf('glossary')).toBe('topics');
    expect(stageOf('topic.sideEffects')).toBe('topics');
    expect(stageOf('handoff')).toBe('handoff');
    expect(stageOf('welcome')).toBe('welcome');
  });

  it('uses names GA4 accepts as parameter values and Plausible as props', () => {
    for (const stage of STAGES) expect(stage).toMatch(/^[a-z]{1,40}$/);
  });
});

describe('a step a later release adds', () => {
  it('reports no stage until flows/stage.ts places it', () => {
    expect(stageOf('somethingNew')).toBeUndefined();
    expect(stageOf('constructor')).toBeUndefined();
  });
});
