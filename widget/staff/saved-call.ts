import type { Locale, StepOption } from '../../flows';

/**
 * What staff mode keeps between page loads, and only when the page's data-storage asks for it
 * (issue 6: "staff mode stores nothing unless data-storage asks"). It holds the path of choices,
 * not a machine snapshot: the call is rebuilt by replaying them through a fresh machine, so a
 * saved call from another release, or edited data, either replays through today's steps exactly
 * or is dropped (call.ts).
 */
export const CALL_KEY = 'helpline-widget:staff-call';

/** Bumped when the shape changes; anything else restores as nothing. */
const VERSION = 1;

/** One choice on the path: the step it was made at and the option, by label and event. */
export interface SavedMove {
  from: string;
  label: string;
  event: StepOption['event'];
}

export interface SavedCall {
  v: typeof VERSION;
  locale: Locale;
  moves: SavedMove[];
  /** "What does this mean?" answers given during the call, for the summary. */
  explained: string[];
  /** The explanation on show at the current step, if any. */
  explaining: string | null;
}

export function toSavedCall(
  locale: Locale,
  moves: readonly { from: string; option: StepOption }[],
  explained: readonly string[],
  explaining: string | null,
): SavedCall {
  return {
    v: VERSION,
    locale,
    moves: moves.map(({ from, option }) => ({ from, label: option.label, event: option.event })),
    explained: [...explained],
    explaining,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Explanation keys are items.* keys ending in ".explain" (flows/machine.ts, Step.explain). */
const isExplainKey = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9.]{1,80}\.explain$/.test(value);

const isMove = (value: unknown): value is SavedMove =>
  isObject(value) &&
  typeof value['from'] === 'string' &&
  typeof value['label'] === 'string' &&
  isObject(value['event']) &&
  typeof value['event']['type'] === 'string';

/** The saved call, or null when there is none or it is not one this release wrote. */
export function readSavedCall(value: unknown): SavedCall | null {
  if (!isObject(value) || value['v'] !== VERSION) return null;
  const { locale, moves, explained, explaining } = value;
  if (locale !== 'en' && locale !== 'es') return null;
  if (!Array.isArray(moves) || !moves.every(isMove)) return null;
  if (!Array.isArray(explained) || !explained.every(isExplainKey)) return null;
  if (explaining !== null && !(isExplainKey(explaining) && explained.includes(explaining))) return null;
  return { v: VERSION, locale, moves, explained, explaining };
}

/** Whether an option offered now is the one saved: same label, same event. */
export function isSavedOption(option: StepOption, move: SavedMove): boolean {
  return option.label === move.label && JSON.stringify(option.event) === JSON.stringify(move.event);
}
