import { transition, type AnyStateNode } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { en, enTopics, es, esTopics, type LocaleContent, type TopicContent } from '../../content';
import { conversationPoint } from '../fixtures/conversation-points';
import { GLOSSARY_TERMS, SESSION_EVENTS, STEP_IDS, currentStep, helplineMachine, type MoveEvent, type Step } from '../../flows';

type Snapshot = ReturnType<typeof helplineMachine.getInitialSnapshot>;

/**
 * Events that work everywhere, plus one of each parametrised kind. Going back, starting over and
 * switching language are the session's (flows/session.ts), tested in session.test.ts.
 */
const GLOBAL_EVENTS: MoveEvent[] = [
  { type: 'LEARN' },
  { type: 'RECURRENCE' },
  { type: 'TRIALS' },
  { type: 'QUESTIONS' },
  { type: 'HANDOFF' },
  { type: 'EMERGENCY' },
  { type: 'URGENT' },
  { type: 'CRISIS' },
  { type: 'FEAR' },
  { type: 'DISTRESS' },
  { type: 'TOPIC', topic: 'sideEffects' },
  { type: 'EXPLAIN_TERM', term: 'mycn' },
];

const isMove = (event: { type: string }): event is MoveEvent => !(SESSION_EVENTS as readonly string[]).includes(event.type);

/** What a visitor can do at a step: its own options, and the global events. */
const eventsAt = (snapshot: Snapshot): MoveEvent[] => [
  ...currentStep(snapshot)
    .options.map((option) => option.event)
    .filter(isMove),
  ...GLOBAL_EVENTS,
];

/** Every distinct point of the conversation the visitor can reach (see conversationPoint). */
function reachable(): Snapshot[] {
  const paths = getShortestPaths(helplineMachine, {
    events: eventsAt,
    serializeState: conversationPoint,
  });
  return paths.map((path) => path.state as Snapshot);
}

function stepNodes(node: AnyStateNode): AnyStateNode[] {
  const children = Object.values(node.states) as AnyStateNode[];
  return [...(node.meta ? [node] : []), ...children.flatMap(stepNodes)];
}

/** A step as its state's meta gives it, with the glossary word filled in. */
function stepOf(node: AnyStateNode, term?: string): Step {
  return currentStep({ getMeta: () => ({ [node.id]: node.meta }), context: { facts: {}, asked: [], ...(term ? { term: term as never } : {}) } });
}

let states: Snapshot[];
beforeAll(() => {
  states = reachable();
}, 120_000);

describe('the conversation as a model', () => {
  it('lists every step the machine has, and only those', () => {
    const ids = stepNodes(helplineMachine.root).map((node) => node.id.replace(/^helpline\./, ''));
    expect([...ids].sort()).toEqual([...STEP_IDS].sort());
  });

  it('can reach every step from the welcome', () => {
    const seen = new Set(states.map((snapshot) => currentStep(snapshot).id));
    expect([...seen].sort()).toEqual([...STEP_IDS].sort());
  });

  it('reaches the helpline in at most one step from every point', () => {
    for (const snapshot of states) {
      const from = currentStep(snapshot).id;
      if (from === 'handoff') continue;
      const [next] = transition(helplineMachine, snapshot, { type: 'HANDOFF' });
      expect(currentStep(next).id, `from ${from}`).toBe('handoff');
    }
  });

  it('reaches the emergency numbers in one step from every point', () => {
    for (const snapshot of states) {
      const [next] = transition(helplineMachine, snapshot, { type: 'EMERGENCY' });
      expect(currentStep(next).id).toBe('emergency');
    }
  });

  it.each(['EMERGENCY', 'URGENT', 'CRISIS', 'FEAR', 'DISTRESS'] as const)(
    'answers %s from every point, and stays there when it is sent again',
    (type) => {
      const target = { EMERGENCY: 'emergency', URGENT: 'urgent', CRISIS: 'crisis', FEAR: 'fear', DISTRESS: 'distress' }[type];
      for (const snapshot of states) {
        const [there] = transition(helplineMachine, snapshot, { type });
        expect(currentStep(there).id, `from ${currentStep(snapshot).id}`).toBe(target);
        const [again] = transition(helplineMachine, there, { type });
        expect(currentStep(again).id).toBe(target);
      }
    },
  );

  it('offers no start over where someone may be in danger', () => {
    for (const id of ['emergency', 'urgent', 'crisis']) {
      const node = helplineMachine.getStateNodeById(`helpline.${id}`);
      expect(stepOf(node).options.map((option) => option.label)).not.toContain('opt.startOver');
      expect(stepOf(node).calls?.length).toBeGreaterThan(0);
    }
  });

  it('offers only options the machine accepts', () => {
    for (const snapshot of states) {
      for (const option of currentStep(snapshot).options) {
        if (!isMove(option.event)) continue;
        // Transition data, not snapshot.can(): "what does this mean?" is accepted by staying put.
        const accepted = helplineMachine.getTransitionData(snapshot, option.event);
        expect(accepted.length, `${currentStep(snapshot).id} ${option.label}`).toBeGreaterThan(0);
      }
    }
  });

  it('offers going back only where the session has a step to go back to: never at the welcome', () => {
    const node = helplineMachine.getStateNodeById('helpline.welcome');
    expect(stepOf(node).options.filter((option) => !isMove(option.event))).toEqual([]);
  });

  /** The core content with every topic family's words, which the widget loads on demand (widget/app/load-topics.ts). */
  const withTopics = (core: LocaleContent, topics: Record<string, TopicContent>): LocaleContent =>
    Object.values(topics).reduce<LocaleContent>((all, t) => ({ ...all, ui: { ...all.ui, ...t.ui }, items: { ...all.items, ...t.items } }), core);

  describe.each([withTopics(en, enTopics), withTopics(es, esTopics)])('content in $locale', (content) => {
    const steps = stepNodes(helplineMachine.root).flatMap((node) =>
      node.id === 'helpline.glossary' ? GLOSSARY_TERMS.map((term) => stepOf(node, term)) : [stepOf(node)],
    );

    it('has every item a step says or explains', () => {
      const missing = steps.flatMap((step) => [...step.say, ...(step.explain ? [step.explain] : [])]).filter((key) => !content.items[key]);
      expect(missing).toEqual([]);
    });

    it('has every option label', () => {
      const missing = steps.flatMap((step) => step.options.map((option) => option.label)).filter((key) => !content.ui[key]);
      expect([...new Set(missing)]).toEqual([]);
    });

    it('has the reply for typed text that is not understood', () => {
      expect(content.items['freetext.notUnderstood'] ?? content.ui['freetext.notUnderstood']).toBeDefined();
    });
  });
});
