import { STEP_IDS, readSession, toSavedSession, type Check, type SavedSession, type Session } from '../../flows';

/**
 * What staff mode keeps between page loads, and only when the page's data-storage asks for it
 * (docs/product.md: "staff mode stores nothing unless data-storage asks"): the session's saved form
 * (flows/saved-session.ts), replayed through today's steps exactly or dropped, plus the
 * explanations given during the call.
 */
export const CALL_KEY = 'helpline-widget:staff-call';

export interface SavedCall extends SavedSession {
  /** "What does this mean?" answers given during the call, for the summary. */
  explained: string[];
  /** The explanation on show at the current step, if any. */
  explaining: string | null;
}

export const toSavedCall = (session: Session, explained: readonly string[], explaining: string | null): SavedCall => ({
  ...toSavedSession(session),
  explained: [...explained],
  explaining,
});

/** Explanation keys are items.* keys ending in ".explain" (flows/machine.ts, Step.explain). */
const isExplainKey = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9.]{1,80}\.explain$/.test(value);

const CALL_SHAPE: Record<string, Check> = {
  // A call explains each step at most once.
  explained: (list) => Array.isArray(list) && list.length <= STEP_IDS.length && list.every(isExplainKey),
  explaining: (key) => key === null || isExplainKey(key),
};

/** The saved call, or null when there is none or it is not one this release wrote. */
export function readSavedCall(value: unknown): { session: Session; explained: string[]; explaining: string | null } | null {
  const session = readSession(value, CALL_SHAPE);
  if (!session) return null;
  const { explained, explaining } = value as SavedCall;
  if (explaining !== null && !explained.includes(explaining)) return null;
  return { session, explained: [...new Set(explained)], explaining };
}
