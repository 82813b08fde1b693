import { CONTENT_KEY, MAX_CONTENT_KEY } from '../../content/types';
import { RISK_GROUPS } from '../../flows/context';
import { STEP_IDS } from '../../flows/machine';
import { fits, isRecord, readSession, toSavedSession, type Check, type SavedSession } from '../../flows/saved-session';
import type { Session } from '../../flows/session';
import { RISK_FIELDS } from '../../flows/risk';
import { CALL_LINES } from '../../flows/step';
import type { Entry } from './conversation';
import type { Store } from './storage';

/**
 * What the widget keeps between page loads: the session's saved form (flows/saved-session.ts, the
 * moves, replayed exactly or dropped), the transcript shown, and the text typed but not sent.
 *
 * Everything read back is checked strictly: exact keys, types, known step ids, content keys of
 * the built-in shape, bounded lengths. Storage is shared with the host page, other tabs and later
 * releases of the widget (data-storage="local" keeps a save for months), and a line keyed
 * `toString`, or a card of a shape this release does not draw, would otherwise throw on every
 * visit. What fails is dropped, never thrown:
 * - a bad transcript line or move drops the whole save (half a transcript would mislead: the
 *   visitor's answers and the lines explaining them belong together);
 * - a bad draft drops only the draft (the conversation around it is intact).
 */
export interface Saved {
  session: Session;
  transcript: Entry[];
  draft: string;
  nextId: number;
}

export interface Stored extends SavedSession {
  transcript: Entry[];
  draft: string;
}

/** Typed text kept in a line or the draft; a pasted page is longer than anyone's question. */
export const MAX_TEXT = 20_000;
/** Far more lines than a conversation reaches (each step adds two to four). */
export const MAX_LINES = 5_000;

export const toSaved = (session: Session, transcript: readonly Entry[], draft: string): Stored => ({
  ...toSavedSession(session),
  transcript: [...transcript],
  draft,
});

/** What a save shows, to tell another tab's new conversation from a draft typed there. */
export const shownOf = (value: unknown): string => (isRecord(value) ? JSON.stringify([value.locale, value.moves, value.transcript]) : '');

const owns = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

const oneOf =
  (list: readonly unknown[]): Check =>
  (value) =>
    list.includes(value);
const isContentKey: Check = (value) => typeof value === 'string' && value.length <= MAX_CONTENT_KEY && CONTENT_KEY.test(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;
const isStep = oneOf(STEP_IDS);
const isField = oneOf(RISK_FIELDS);
const isId: Check = (value) => Number.isSafeInteger(value) && (value as number) > 0;
const isList = (check: Check, max: number) => (value: unknown) => Array.isArray(value) && value.length <= max && value.every(check);

/**
 * An answer as the risk card shows it (risk-view.ts: the fact as a string, which names a content
 * key `value.<field>.<answer>`): a known field and a short word.
 */
const isShownFact: Check = (fact) => Array.isArray(fact) && fact.length === 2 && isField(fact[0]) && /^[\w.-]{1,30}$/.test(fact[1] as string);

/** An answer waiting for "Is that right?": a short answer word, or a typed age in months. */
const isAnswer: Check = (value) =>
  (typeof value === 'string' && /^[\w.-]{1,30}$/.test(value)) || (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1200);
/** What the echo names (confirmation.ts, Echo): a button's label key, or the months typed. */
const isEcho: Check = (echo) =>
  fits(echo, { label: (label) => typeof label === 'string' && /^[\w.-]{1,60}$/.test(label) }) || fits(echo, { months: isAnswer });

const RISK_VIEW: Record<string, Check> = {
  group: oneOf([...RISK_GROUPS, 'undetermined']),
  facts: isList(isShownFact, RISK_FIELDS.length),
  deciding: isList(isField, RISK_FIELDS.length),
  'possible?': isList(oneOf(RISK_GROUPS), RISK_GROUPS.length),
  'say?': isList(isContentKey, 8),
};

/** Every line this release writes (conversation.ts, Entry), by its `by`, or a card's `kind`. */
const LINES: Record<string, Record<string, Check>> = {
  bot: { id: isId, by: oneOf(['bot']), key: isContentKey, step: isStep },
  user: { id: isId, by: oneOf(['user']), 'label?': isContentKey, 'text?': isText },
  risk: { id: isId, by: oneOf(['card']), kind: oneOf(['risk']), step: isStep, risk: (risk) => fits(risk, RISK_VIEW) },
  handoff: { id: isId, by: oneOf(['card']), kind: oneOf(['handoff']), step: isStep },
  // A reload during an emergency or a crisis must bring the call buttons back, not drop the save.
  calls: { id: isId, by: oneOf(['card']), kind: oneOf(['calls']), step: isStep, calls: isList(oneOf(CALL_LINES), CALL_LINES.length) },
  confirm: { id: isId, by: oneOf(['card']), kind: oneOf(['confirm']), step: isStep, value: isAnswer, echo: isEcho },
};

/** One transcript line of a shape this release writes; a visitor's line has a label or text. */
export function isEntry(value: unknown): value is Entry {
  if (!isRecord(value)) return false;
  const name = value.by === 'card' ? value.kind : value.by;
  return (
    typeof name === 'string' &&
    owns(LINES, name) &&
    fits(value, LINES[name]!) &&
    (value.label !== undefined || value.text !== undefined || value.by !== 'user')
  );
}

/** Lines are numbered in the order they were said: ids only grow. */
const isTranscript: Check = (lines) =>
  Array.isArray(lines) &&
  lines.length <= MAX_LINES &&
  lines.every(isEntry) &&
  (lines as Entry[]).every((entry, i, all) => i === 0 || entry.id > all[i - 1]!.id);

/**
 * The saved conversation, or null when there is none or any part of it is not one this release
 * wrote (a bad draft alone is dropped and the conversation kept; see the module comment).
 */
export function readSaved(value: unknown): Saved | null {
  const session = readSession(value, { transcript: isTranscript, 'draft?': () => true });
  if (!session) return null;
  const { transcript, draft } = value as Stored;
  return { session, transcript, draft: isText(draft) ? draft : '', nextId: (transcript[transcript.length - 1]?.id ?? 0) + 1 };
}

/**
 * Reads the store's save; a save that fails the checks, or is not JSON (which the store reads as
 * nothing), is erased, so it is not met again.
 */
export function loadSaved(store: Store | undefined): Saved | null {
  if (!store) return null;
  const saved = readSaved(store.load());
  if (!saved) store.clear();
  return saved;
}
