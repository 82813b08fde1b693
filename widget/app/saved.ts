import { restoreConversation, saveConversation } from '../../flows/persistence';

/**
 * What the widget keeps between page loads: the conversation in the machine's versioned save
 * format (flows/persistence.ts: a snapshot from another release, or edited data, restores as
 * nothing) and the text typed but not sent.
 */
export interface Saved {
  snapshot: unknown;
  transcript: unknown[];
  draft: string;
  nextId: number;
}

interface Stored {
  conversation: string;
  draft: string;
}

export function toSaved(snapshot: unknown, transcript: readonly unknown[], draft: string): Stored {
  return { conversation: saveConversation(snapshot, transcript), draft };
}

const isEntry = (value: unknown): value is { id: number } =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as { id?: unknown }).id) &&
  ['bot', 'user', 'card'].includes((value as { by?: unknown }).by as string);

/** The saved conversation, or null when there is none or it is not one this release wrote. */
export function readSaved(value: unknown): Saved | null {
  if (typeof value !== 'object' || value === null) return null;
  const stored = value as Partial<Stored>;
  const restored = restoreConversation(stored.conversation, isEntry);
  if (!restored) return null;
  const nextId = restored.transcript.reduce((max, entry) => Math.max(max, entry.id), 0) + 1;
  return {
    snapshot: restored.snapshot,
    transcript: restored.transcript,
    draft: typeof stored.draft === 'string' ? stored.draft : '',
    nextId,
  };
}
