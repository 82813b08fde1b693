/**
 * The saved form of a conversation, versioned so that data from an older release (or data
 * someone edited) is recognised and dropped instead of breaking the widget (issue 5: "corrupted
 * or old data falls back silently"). The machine's part is XState's persisted snapshot.
 */
export const SAVED_VERSION = 1;

export interface Saved {
  v: typeof SAVED_VERSION;
  snapshot: unknown;
  transcript: unknown[];
  draft: string;
  nextId: number;
}

export function toSaved(snapshot: unknown, transcript: readonly unknown[], draft: string, nextId: number): Saved {
  return { v: SAVED_VERSION, snapshot, transcript: [...transcript], draft, nextId };
}

const isEntry = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number' &&
  ['bot', 'user', 'card'].includes((value as { by?: unknown }).by as string);

/** The saved conversation, or null when there is none or it is not one this release wrote. */
export function readSaved(value: unknown): Saved | null {
  if (typeof value !== 'object' || value === null) return null;
  const saved = value as Partial<Saved>;
  if (saved.v !== SAVED_VERSION) return null;
  if (typeof saved.snapshot !== 'object' || saved.snapshot === null) return null;
  if (!Array.isArray(saved.transcript) || !saved.transcript.every(isEntry)) return null;
  if (typeof saved.nextId !== 'number' || !Number.isInteger(saved.nextId)) return null;
  return { v: SAVED_VERSION, snapshot: saved.snapshot, transcript: saved.transcript, draft: typeof saved.draft === 'string' ? saved.draft : '', nextId: saved.nextId };
}
