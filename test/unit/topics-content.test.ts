import { en, enTopics, es, esTopics, TOPIC_SOURCES } from '../../content';
import { STEP_IDS, TOPIC_FAMILIES, currentStep, helplineMachine } from '../../flows';

/**
 * The topic families' words (content/<locale>/topics/) are chunks the widget loads by key
 * (widget/app/load-topics.ts): a family's items are `topic.<family>...` and its labels
 * `opt.topic.<family>...`, and every step of a family finds its words in the core or in that
 * family's chunk, in both languages.
 */
const LANGUAGES = [
  ['en', en, enTopics],
  ['es', es, esTopics],
] as const;

const stepOf = (id: string) => {
  const node = helplineMachine.getStateNodeById(`helpline.${id}`);
  return currentStep({ getMeta: () => ({ [node.id]: node.meta }), context: { facts: {}, asked: [] } });
};
const topicSteps = STEP_IDS.filter((id) => id.startsWith('topic.')).map(stepOf);

describe.each(LANGUAGES)('the topic families in %s', (_, core, topics) => {
  it('has one chunk per family, with the same keys as English', () => {
    expect(Object.keys(topics).sort()).toEqual([...TOPIC_FAMILIES].sort());
    for (const family of TOPIC_FAMILIES) {
      expect(Object.keys(topics[family]!.items).sort()).toEqual(Object.keys(enTopics[family]!.items).sort());
      expect(Object.keys(topics[family]!.ui).sort()).toEqual(Object.keys(enTopics[family]!.ui).sort());
    }
  });

  it('names every key of a family by that family, so the widget knows which chunk to load', () => {
    for (const family of TOPIC_FAMILIES) {
      const { items, ui } = topics[family]!;
      expect(Object.keys(items).filter((key) => !new RegExp(`^topic\\.${family}(\\.|$)`).test(key))).toEqual([]);
      expect(Object.keys(ui).filter((key) => !key.startsWith(`opt.topic.${family}.`))).toEqual([]);
      // and none is in the core, where a chunk could never replace it
      expect([...Object.keys(items), ...Object.keys(ui)].filter((key) => key in core.items || key in core.ui)).toEqual([]);
    }
  });

  it('finds every topic step’s lines and buttons in the core or in that family’s chunk', () => {
    const missing = topicSteps.flatMap((step) => {
      const family = step.id.split('.')[1]!;
      const own = topics[family]!;
      return [
        ...step.say.filter((key) => !(key in core.items) && !(key in own.items)),
        ...step.options.map((o) => o.label).filter((label) => !(label in core.ui) && !(label in (topics[label.split('.')[2]!]?.ui ?? {}))),
      ].map((key) => `${step.id}: ${key}`);
    });
    expect(missing).toEqual([]);
    expect(topicSteps.length).toBeGreaterThan(30);
  });

  it('ends every topic step with a way to a person', () => {
    expect(topicSteps.filter((step) => !step.options.some((o) => o.event.type === 'HANDOFF')).map((s) => s.id)).toEqual([]);
  });
});

it('gives every topic source the date the page shows and an https address', () => {
  for (const source of Object.values(TOPIC_SOURCES)) {
    expect(source.url).toMatch(/^https:\/\//);
    expect(source.revised).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
});
