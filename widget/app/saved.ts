import { CONTENT_KEY, MAX_CONTENT_KEY } from '../../content/types';
import { RISK_GROUPS } from '../../flows/context';
import { STEP_IDS } from '../../flows/machine';
import { isRecord, restoreConversation, saveConversation } from '../../flows/persistence';
import { RISK_FIELDS } from '../../flows/risk';
import { CALL_LINES } from '../../flows/step';
import type { Entry } from './conversation';
import type { Store } from './storage';

/**
 * What the widget keeps between page loads: the conversation in the machine's versioned save
 * format (flows/persistence.ts) and the text typed but not sent.
 *
 * Everything read back is checked as strictly as the machine's snapshot is: exact keys, types,
 * known step ids, content keys of the built-in shape, bounded lengths. Storage is shared with the
 * host page, other tabs and later releases of the widget (data-storage="local" keeps a save for
 * months), and a line keyed `toString`, or a card of a shape this release does not draw, would
 * otherwise throw on every visit. What fails is dropped, never thrown:
 * - a bad transcript line, snapshot or wrapper drops the whole save (half a transcript would
 *   mislead: the visitor's answers and the lines explaining them belong together);
 * - a bad draft drops only the draft (the conversation around it is intact).
 */
export interface Saved {
  snapshot: unknown;
  transcript: Entry[];
  draft: string;
  nextId: number;
}

interface Stored {
  conversation: string;
  draft: string;
}

/** Typed text kept in a line or the draft; a pasted page is longer than anyone's question. */
export const MAX_TEXT = 20_000;
/** Far more lines than a conversation reaches (each step adds two to four). */
export const MAX_LINES = 5_000;

export function toSaved(snapshot: unknown, transcript: readonly unknown[], draft: string): Stored {
  return { conversation: saveConversation(snapshot, transcript), draft };
}

type Check = (value: unknown) => boolean;

const owns = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/**
 * Exactly the fields of `shape` (a name ending in "?" may be missing), own ones, each passing its
 * check: a field a later release adds, or one named "__proto__", does not fit.
 */
function fits(value: unknown, shape: Record<string, Check>): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  return (
    Object.entries(shape).every(([name, check]) => {
      const key = name.replace('?', '');
      return owns(value, key) ? check(value[key]) : key !== name;
    }) && Object.keys(value).every((key) => owns(shape, key) || owns(shape, `${key}?`))
  );
}

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
const inOrder = (transcript: readonly Entry[]) => transcript.every((entry, i) => i === 0 || entry.id > transcript[i - 1]!.id);

/**
 * The saved conversation, or null when there is none or any part of it is not one this release
 * wrote (a bad draft alone is dropped and the conversation kept; see the module comment).
 */
export function readSaved(value: unknown): Saved | null {
  if (!fits(value, { conversation: (text) => typeof text === 'string', 'draft?': () => true })) return null;
  const restored = restoreConversation(value.conversation, isEntry);
  if (!restored || restored.transcript.length > MAX_LINES || !inOrder(restored.transcript)) return null;
  const nextId = (restored.transcript[restored.transcript.length - 1]?.id ?? 0) + 1;
  return {
    snapshot: restored.snapshot,
    transcript: restored.transcript,
    draft: isText(value.draft) ? value.draft : '',
    nextId,
  };
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
