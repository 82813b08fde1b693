/**
 * The topic families a visitor can read about beside the treatment path (docs/conversation.md,
 * "Topics"): each family has a menu step `topic.<family>` and one step per subtopic,
 * `topic.<family>.<subtopic>`. Their words are in content/<locale>/topics/<family>.ts, a chunk the
 * widget loads when a step of the family is shown (widget/app/load-topics.ts).
 */
export const TOPICS = {
  sideEffects: ['phases', 'fever', 'counts', 'nausea', 'hair', 'antibodyPain', 'hearing', 'isotretinoin', 'night', 'questions'],
  lateEffects: ['hearing', 'growth', 'thyroid', 'fertility', 'heart', 'secondCancers', 'learning', 'followUp', 'questions'],
  notWorking: ['refractory', 'options', 'trials', 'palliative', 'questions'],
  everyday: ['secondOpinion', 'genetics', 'school', 'wellbeing', 'money'],
  /** What decides the outlook: one step, after the answer to "will my child die" (the fear step). */
  outlook: [],
} as const satisfies Record<string, readonly string[]>;

export type TopicFamily = keyof typeof TOPICS;
export const TOPIC_FAMILIES = Object.keys(TOPICS) as TopicFamily[];

/** Every topic a TOPIC event can name: a family, or family.subtopic. */
export const TOPIC_IDS: readonly string[] = TOPIC_FAMILIES.flatMap((family) => [family, ...TOPICS[family].map((sub: string) => `${family}.${sub}`)]);

export const isTopic = (topic: unknown): topic is string => TOPIC_IDS.includes(topic as string);
