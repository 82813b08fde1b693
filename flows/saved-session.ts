/**
 * The saved form of a session, one for both modes (docs/architecture.md, "One session"): a
 * version, the language and the moves, kept only in the storage the page chose (docs/product.md,
 * "Promises"). Each mode adds its own fields to it (the visitor's transcript and draft,
 * widget/app/saved.ts; the specialist's explanations, widget/staff/saved-call.ts). Reading never
 * throws and never trusts the stored data: a save of another shape, or whose moves do not replay
 * exactly through today's steps (another release, edited data), gives null and the caller starts
 * fresh. Pure: the caller decides where it is kept.
 */
import { LOCALES, type Locale } from './context';
import { replay, type Move, type Session } from './session';

/** Bumped when the saved shape changes; anything else reads as nothing. */
export const SAVE_VERSION = 2;

/**
 * Far more moves than a conversation makes; a save with more is not one we wrote, and replaying
 * it would hold up the page (500 moves replay in about 60 ms on a laptop).
 */
export const MAX_MOVES = 500;

export interface SavedSession {
  v: typeof SAVE_VERSION;
  locale: Locale;
  moves: Move[];
}

export const toSavedSession = ({ locale, moves }: Session): SavedSession => ({ v: SAVE_VERSION, locale, moves: [...moves] });

/** A plain object (not null, not a list): the only kind of record a save holds. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export type Check = (value: unknown) => boolean;

const owns = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/**
 * Exactly the fields of `shape` (a name ending in "?" may be missing), own ones, each passing its
 * check: a field a later release adds, or one named "__proto__", does not fit.
 */
export function fits(value: unknown, shape: Record<string, Check>): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  return (
    Object.entries(shape).every(([name, check]) => {
      const key = name.replace('?', '');
      return owns(value, key) ? check(value[key]) : key !== name;
    }) && Object.keys(value).every((key) => owns(shape, key) || owns(shape, `${key}?`))
  );
}

/** A machine event as a move carries it: a type and plain values (flows/context.ts, HelplineEvent). */
const isEvent: Check = (value) =>
  isRecord(value) &&
  typeof value.type === 'string' &&
  /^[A-Z_]{1,40}$/.test(value.type) &&
  Object.entries(value).every(([key, field]) => /^[a-z]\w{0,30}$/i.test(key) && ['string', 'number', 'boolean'].includes(typeof field));

const isMove: Check = (value) => fits(value, { from: (from) => typeof from === 'string' && from.length <= 80, event: isEvent });

/** The fields every saved session has; a mode's own fields are added to them. */
export const SESSION_SHAPE: Record<string, Check> = {
  v: (v) => v === SAVE_VERSION,
  locale: (locale) => (LOCALES as readonly unknown[]).includes(locale),
  moves: (moves) => Array.isArray(moves) && moves.length <= MAX_MOVES && moves.every(isMove),
};

/**
 * The session a save holds, or null. `own` checks the mode's own fields; a save with fields
 * neither knows does not fit.
 */
export function readSession(value: unknown, own: Record<string, Check> = {}): Session | null {
  if (!fits(value, { ...SESSION_SHAPE, ...own })) return null;
  try {
    return replay(value.locale as Locale, value.moves as Move[]);
  } catch {
    return null;
  }
}
