import { CONTENT_KEY, MAX_CONTENT_KEY } from '../../content/types';
import { MAX_TRAIL, STEP_IDS, type Locale, type StepOption } from '../../flows';

/**
 * What staff mode keeps between page loads, and only when the page's data-storage asks for it
 * (docs/product.md: "staff mode stores nothing unless data-storage asks"). It holds the path of choices,
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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Exactly these own keys: a field a later release adds, or "__proto__", is not this shape. */
const hasKeys = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(value).length === keys.length && keys.every((key) => Object.prototype.hasOwnProperty.call(value, key));

/** A machine event as an option carries it: a type and plain values (flows/context.ts, HelplineEvent). */
const isEvent = (value: unknown) =>
  isObject(value) &&
  typeof value.type === 'string' &&
  /^[A-Z_]{1,40}$/.test(value.type) &&
  Object.entries(value).every(([key, field]) => /^[a-z]\w{0,30}$/i.test(key) && ['string', 'number', 'boolean'].includes(typeof field));

/** Explanation keys are items.* keys ending in ".explain" (flows/machine.ts, Step.explain). */
const isExplainKey = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9.]{1,80}\.explain$/.test(value);

const isMove = (value: unknown): value is SavedMove =>
  isObject(value) &&
  hasKeys(value, ['from', 'label', 'event']) &&
  (STEP_IDS as readonly unknown[]).includes(value.from) &&
  typeof value.label === 'string' &&
  value.label.length <= MAX_CONTENT_KEY &&
  CONTENT_KEY.test(value.label) &&
  isEvent(value.event);

/** The saved call, or null when there is none or it is not one this release wrote. */
export function readSavedCall(value: unknown): SavedCall | null {
  if (!isObject(value) || value.v !== VERSION || !hasKeys(value, ['v', 'locale', 'moves', 'explained', 'explaining'])) return null;
  const { locale, moves, explained, explaining } = value;
  if (locale !== 'en' && locale !== 'es') return null;
  // A call walks at most the machine's trail of steps, and explains each at most once.
  if (!Array.isArray(moves) || moves.length > MAX_TRAIL || !moves.every(isMove)) return null;
  if (!Array.isArray(explained) || explained.length > STEP_IDS.length || !explained.every(isExplainKey)) return null;
  if (explaining !== null && !(isExplainKey(explaining) && explained.includes(explaining))) return null;
  return { v: VERSION, locale, moves, explained, explaining };
}

/** Whether an option offered now is the one saved: same label, same event. */
export function isSavedOption(option: StepOption, move: SavedMove): boolean {
  return option.label === move.label && JSON.stringify(option.event) === JSON.stringify(move.event);
}
