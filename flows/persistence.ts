/**
 * Saving and restoring a conversation: the machine's persisted snapshot plus the transcript, as
 * a JSON string (docs/product.md, "Persistence"). Restoring never throws and never trusts the stored data:
 * a snapshot from another version of the machine, a corrupted one, or one somebody edited gives
 * null, and the caller starts fresh. Pure: the caller decides where the string is kept.
 */
import type { Snapshot } from 'xstate';
import {
  AUDIENCES,
  GROUP_ORIGINS,
  LOCALES,
  RECURRENCE_PLACES,
  RISK_GROUPS,
  TREATMENT_GROUPS,
  isGlossaryTerm,
  type HelplineContext,
  type Memory,
  type TrailEntry,
} from './context';
import { UNKNOWN } from './intake';
import { MAX_TRAIL, STEP_IDS } from './machine';
import { RISK_FIELDS, RISK_FIELD_VALUES, classifyRisk, type RiskFacts, type RiskField } from './risk';

/** Bump when the saved shape changes in a way the step fingerprint does not show (e.g. memory). */
const FORMAT = 1;

/** FNV-1a, 32 bits: a short, stable fingerprint of the machine's steps. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The version a save is written with. It changes with FORMAT and whenever a step is added,
 * removed or renamed, so a snapshot naming steps this release does not have is never restored.
 */
export const PERSISTENCE_VERSION = `${FORMAT}.${fingerprint(STEP_IDS.join('|'))}`;

/** Beyond this a stored string is not one we wrote (a long conversation is a few tens of kB). */
const MAX_LENGTH = 1_000_000;

/** The machine's persisted snapshot as getPersistedSnapshot() gives it; opaque to callers. */
export type PersistedHelpline = Snapshot<unknown> & { value: unknown; context: HelplineContext };

export interface SavedConversation<Entry> {
  snapshot: PersistedHelpline;
  transcript: Entry[];
}

/** The string to store for a persisted snapshot (actor.getPersistedSnapshot()) and its transcript. */
export function saveConversation(snapshot: unknown, transcript: readonly unknown[]): string {
  return JSON.stringify({ version: PERSISTENCE_VERSION, snapshot, transcript });
}

/**
 * The saved conversation, or null when there is none or it cannot be trusted. Takes the stored
 * string (or, for stores that parse JSON themselves, the parsed value). `isEntry` checks each
 * transcript entry; one bad entry rejects the whole save, as half a transcript would mislead.
 */
export function restoreConversation<Entry = unknown>(
  stored: unknown,
  isEntry: (entry: unknown) => entry is Entry = (entry): entry is Entry => true,
): SavedConversation<Entry> | null {
  try {
    const data: unknown = typeof stored === 'string' ? (stored.length > MAX_LENGTH ? null : JSON.parse(stored)) : stored;
    if (!isRecord(data) || data.version !== PERSISTENCE_VERSION) return null;
    const transcript = data.transcript;
    if (!Array.isArray(transcript) || !transcript.every((entry) => isEntry(entry))) return null;
    const snapshot = readSnapshot(data.snapshot);
    return snapshot ? { snapshot, transcript: transcript as Entry[] } : null;
  } catch {
    return null;
  }
}

/** A plain object (not null, not a list): the only kind of record a save holds. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf = <T>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);

/** The step a state value names ({ intake: 'mycn' } -> 'intake.mycn'), or null. */
export function stepIdOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1) return null;
  const key = keys[0] as string;
  const rest = stepIdOf(value[key]);
  return rest === null ? null : `${key}.${rest}`;
}

function readSnapshot(value: unknown): PersistedHelpline | null {
  if (!isRecord(value) || value.status !== 'active') return null;
  // A topic family's menu is the family's own step; its first child holds no step (machine.ts, topicFamily).
  const step = stepIdOf(value.value)?.replace(/\.menu$/, '') ?? null;
  if (step === null || !oneOf(STEP_IDS, step)) return null;
  // The machine invokes and spawns nothing, so a snapshot with children was not written by it.
  if (value.children !== undefined && !(isRecord(value.children) && Object.keys(value.children).length === 0)) return null;
  const context = readContext(value.context);
  return context ? ({ ...value, context } as PersistedHelpline) : null;
}

function readContext(value: unknown): HelplineContext | null {
  if (!isRecord(value) || !oneOf(LOCALES, value.locale) || !Array.isArray(value.trail)) return null;
  if (value.trail.length > MAX_TRAIL) return null;
  const memory = readMemory(value);
  if (!memory) return null;
  const trail: TrailEntry[] = [];
  for (const entry of value.trail as unknown[]) {
    if (!isRecord(entry) || !oneOf(STEP_IDS, entry.step)) return null;
    const remembered = readMemory(entry.memory);
    if (!remembered) return null;
    trail.push({ step: entry.step, memory: remembered });
  }
  return { locale: value.locale, trail, ...memory };
}

function isFactValue(field: RiskField, value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (field === 'ageMonths') return typeof value === 'number' && Number.isFinite(value) && value >= 0;
  return oneOf<unknown>(RISK_FIELD_VALUES[field], value);
}

/** Memory with every field checked; the estimate is recomputed from the facts, never read. */
function readMemory(value: unknown): Memory | null {
  if (!isRecord(value) || !isRecord(value.facts) || !Array.isArray(value.asked)) return null;
  const facts = value.facts;
  if (!Object.entries(facts).every(([field, fact]) => oneOf(RISK_FIELDS, field) && isFactValue(field, fact))) return null;
  const asked = value.asked as unknown[];
  if (!asked.every((field) => oneOf(RISK_FIELDS, field))) return null;
  const optional: [string, (v: unknown) => boolean][] = [
    ['audience', (v) => oneOf(AUDIENCES, v)],
    ['group', (v) => oneOf(TREATMENT_GROUPS, v)],
    ['groupFrom', (v) => oneOf(GROUP_ORIGINS, v)],
    ['firstGroup', (v) => v === UNKNOWN || oneOf(RISK_GROUPS, v)],
    ['where', (v) => v === UNKNOWN || oneOf(RECURRENCE_PLACES, v)],
    ['term', isGlossaryTerm],
    ['result', isRecord],
  ];
  const memory: Memory = { facts: { ...(facts as RiskFacts) }, asked: [...(asked as RiskField[])] };
  for (const [key, valid] of optional) {
    const field = value[key];
    if (field === undefined) continue;
    if (!valid(field)) return null;
    Object.assign(memory, { [key]: key === 'result' ? classifyRisk(memory.facts) : field });
  }
  return memory;
}
