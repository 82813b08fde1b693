import { RISK_FIELDS } from '../../flows/risk';
import { FIELD_STEPS, type CallRecord } from '../../flows/summary';

/**
 * The order the staff guide asks its questions in (widget/staff/call.ts walks flows/machine.ts):
 * who is calling, whether the care team gave a group and which, the intake in the order
 * flows/intake.ts asks it (RISK_FIELDS: stage first), a group read about after an undetermined
 * result, then a recurrence's first group and where it came back. A specialist hears the call
 * card's lines in the order they would ask for them.
 */
export const CALL_ORDER: readonly string[] = [
  'audience',
  'knowsGroup',
  'pickGroup',
  ...RISK_FIELDS.map((field) => FIELD_STEPS[field]),
  'risk.undetermined',
  'recurrence.firstGroup',
  'recurrence.where',
];

const rank = (step: string) => {
  const at = CALL_ORDER.indexOf(step);
  return at < 0 ? CALL_ORDER.length : at;
};

/** The record with its answers in the staff guide's order (a stable sort: equal steps keep theirs). */
export function inCallOrder(record: CallRecord): CallRecord {
  return { ...record, answers: [...record.answers].sort((a, b) => rank(a.step) - rank(b.step)) };
}
