import { CONTENT_KEY, MAX_CONTENT_KEY } from '../../content/types';
import { RISK_GROUPS } from '../../flows/context';
import { STEP_IDS } from '../../flows/machine';
import { restoreConversation, saveConversation } from '../../flows/persistence';
import { RISK_FIELDS, RISK_FIELD_VALUES, type RiskField } from '../../flows/risk';
import type { Entry } from './conversation';
import type { RiskView } from './risk-view';
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own keys only, each one allowed, the required ones present. */
function hasKeys(value: Record<string, unknown>, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(value);
  return (
    required.every((key) => Object.prototype.hasOwnProperty.call(value, key)) &&
    keys.every((key) => required.includes(key) || optional.includes(key))
  );
}

const oneOf = <T>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);
const isContentKey = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_CONTENT_KEY && CONTENT_KEY.test(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;
const isStep = (value: unknown): value is string => oneOf(STEP_IDS, value);

/** An answer as the risk card shows it (risk-view.ts: String of the fact). */
function isShownFact(field: RiskField, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (field === 'ageMonths') return /^\d{1,3}(?:\.\d{1,4})?$/.test(value);
  return RISK_FIELD_VALUES[field].some((known) => String(known) === value);
}

const unique = (list: readonly unknown[]) => new Set(list).size === list.length;

function isRiskView(value: unknown): value is RiskView {
  if (!isRecord(value) || !hasKeys(value, ['group', 'facts', 'deciding'])) return false;
  const { group, facts, deciding } = value;
  if (group !== 'undetermined' && !oneOf(RISK_GROUPS, group)) return false;
  if (!Array.isArray(facts) || facts.length > RISK_FIELDS.length) return false;
  const shown = facts.every(
    (fact) => Array.isArray(fact) && fact.length === 2 && oneOf(RISK_FIELDS, fact[0]) && isShownFact(fact[0], fact[1]),
  );
  if (!shown || !unique(facts.map((fact: unknown[]) => fact[0]))) return false;
  return Array.isArray(deciding) && deciding.every((field) => oneOf(RISK_FIELDS, field)) && unique(deciding);
}

/** One transcript line of a shape this release writes (conversation.ts, Entry). */
export function isEntry(value: unknown): value is Entry {
  if (!isRecord(value) || !(Number.isSafeInteger(value['id']) && (value['id'] as number) > 0)) return false;
  switch (value['by']) {
    case 'bot':
      return hasKeys(value, ['id', 'by', 'key', 'step']) && isContentKey(value['key']) && isStep(value['step']);
    case 'user':
      return (
        hasKeys(value, ['id', 'by'], ['label', 'text']) &&
        (value['label'] !== undefined || value['text'] !== undefined) &&
        (value['label'] === undefined || isContentKey(value['label'])) &&
        (value['text'] === undefined || isText(value['text']))
      );
    case 'card':
      if (value['kind'] === 'handoff') return hasKeys(value, ['id', 'by', 'kind', 'step']) && isStep(value['step']);
      return (
        value['kind'] === 'risk' &&
        hasKeys(value, ['id', 'by', 'kind', 'step', 'risk']) &&
        isStep(value['step']) &&
        isRiskView(value['risk'])
      );
    default:
      return false;
  }
}

/** Lines are numbered in the order they were said: ids only grow. */
const inOrder = (transcript: readonly Entry[]) => transcript.every((entry, i) => i === 0 || entry.id > transcript[i - 1]!.id);

/**
 * The saved conversation, or null when there is none or any part of it is not one this release
 * wrote (a bad draft alone is dropped and the conversation kept; see the module comment).
 */
export function readSaved(value: unknown): Saved | null {
  if (!isRecord(value) || !hasKeys(value, ['conversation'], ['draft'])) return null;
  if (typeof value['conversation'] !== 'string') return null;
  const restored = restoreConversation(value['conversation'], isEntry);
  if (!restored || restored.transcript.length > MAX_LINES || !inOrder(restored.transcript)) return null;
  const nextId = (restored.transcript[restored.transcript.length - 1]?.id ?? 0) + 1;
  return {
    snapshot: restored.snapshot,
    transcript: restored.transcript,
    draft: isText(value['draft']) ? value['draft'] : '',
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
