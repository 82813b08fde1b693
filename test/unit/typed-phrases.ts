/**
 * The shared part of the typed-phrase tables (typed-phrases-en/es.test.ts): builders for the
 * Understanding each message must produce, and the machine's steps as the matcher sees them.
 */
import { currentStep, helplineMachine, type Step, type StepId, type Understanding } from '../../flows';

/** A step as the machine describes it, read straight from the state's meta. */
export function stepAt(id: StepId): Step {
  const node = helplineMachine.getStateNodeById(`helpline.${id}`);
  return currentStep({ getMeta: () => ({ [`helpline.${id}`]: node.meta }), context: { facts: {}, asked: [] } });
}

export type Row = readonly [text: string, step: StepId, expected: Understanding];

export const event = (
  type:
    | 'EMERGENCY'
    | 'URGENT'
    | 'CRISIS'
    | 'FEAR'
    | 'DISTRESS'
    | 'HANDOFF'
    | 'RESTART'
    | 'BACK'
    | 'EXPLAIN'
    | 'LEARN'
    | 'TRIALS'
    | 'RECURRENCE'
    | 'QUESTIONS',
): Understanding => ({
  kind: 'event',
  event: { type },
});
export const sideEffects: Understanding = { kind: 'event', event: { type: 'TOPIC', topic: 'sideEffects' } };
/** A topic family or one of its steps (flows/topics.ts). */
export const topic = (id: string): Understanding => ({ kind: 'event', event: { type: 'TOPIC', topic: id } });
export const term = (name: string): Understanding => ({ kind: 'event', event: { type: 'EXPLAIN_TERM', term: name } });
/** A clinical answer: echoed back for the visitor to confirm. */
export const fact = (value: string | number): Understanding => ({ kind: 'answer', value, confirm: true });
/** Who is asking, whether they know the group: recorded at once. */
export const plain = (value: string): Understanding => ({ kind: 'answer', value, confirm: false });
export const negated: Understanding = { kind: 'unclear', reason: 'negated' };
export const hedged: Understanding = { kind: 'unclear', reason: 'hedged' };
export const conflict: Understanding = { kind: 'unclear', reason: 'conflict' };
export const askBand: Understanding = { kind: 'unclear', reason: 'nearBoundary' };
/** A number without its unit ("he was 2"): months or years? */
export const noUnit: Understanding = { kind: 'unclear', reason: 'noUnit' };
/** Only how long ago it was found ("a month ago"), not the age. */
export const timeAgo: Understanding = { kind: 'unclear', reason: 'timeAgo' };
export const otherLanguage = (locale: 'en' | 'es'): Understanding => ({ kind: 'otherLanguage', locale });
export const none: Understanding = { kind: 'none' };
/** Only thanks or "ok": a short polite reply, the step's options kept. */
export const thanks: Understanding = { kind: 'thanks' };
