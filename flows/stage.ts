/**
 * The stage of the conversation a step belongs to: the coarse point the public `step` event
 * reports by default and the only point analytics may send (README, "Events" and "Analytics").
 * A stage says where a visitor is, never what they answered: the intake questions are one stage
 * (a question's id would say which facts are known), the four results one (the group is a
 * clinical fact), and the safety steps none at all (emergency, urgent symptoms, crisis, fear,
 * distress: a site must not learn of them from the stage; the `emergency` event is its own, opt-in
 * by listening).
 */
export const STAGES = ['welcome', 'intake', 'result', 'treatment', 'recurrence', 'topics', 'handoff'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * A step's stage by the first part of its id; the safety steps, and a step a later release adds
 * before it is placed here, report none. Conditions rather than a table: 50 B less brotli in the
 * conversation (test/bench/size-graph.mjs).
 */
export function stageOf(step: string): Stage | undefined {
  const first = step.split('.')[0]!;
  if (first === 'welcome' || first === 'handoff' || first === 'recurrence') return first;
  if (/^(audience|knowsGroup|pickGroup|intake)$/.test(first)) return 'intake';
  if (first === 'risk') return 'result';
  if (/^(treatment|trials|questions)$/.test(first)) return 'treatment';
  // The glossary, the topic families' menu (topics) and their answers (topic.*).
  if (first === 'glossary' || first === 'topic' || first === 'topics') return 'topics';
  return undefined;
}
