import type { AnswerValue, CallLine } from '../../flows';
import type { Echo } from './confirmation';
import type { RiskView } from './risk-view';

/**
 * One line of the transcript. Bot lines hold content keys, so a language switch re-renders them;
 * cards are what the widget draws itself (the risk reasons, the hand-off card, the call buttons,
 * the echo of a typed answer waiting for "Is that right?").
 */
export type Entry =
  | { id: number; by: 'bot'; key: string; step: string }
  | { id: number; by: 'user'; label?: string; text?: string }
  | { id: number; by: 'card'; kind: 'risk'; step: string; risk: RiskView }
  | { id: number; by: 'card'; kind: 'handoff'; step: string }
  | { id: number; by: 'card'; kind: 'calls'; step: string; calls: readonly CallLine[] }
  | { id: number; by: 'card'; kind: 'confirm'; step: string; value: AnswerValue; echo: Echo };
