/**
 * What the widget needs to know about the current point in the conversation, read from state
 * meta. States point at content by key; the widget looks the keys up in content/.
 */

/** An option the visitor can choose: a content key for its label and the event it sends. */
export interface StepOption {
  /** ui.* key of the button label. */
  label: string;
  /** The event the option sends to the machine. */
  event: { type: string; [field: string]: unknown };
}

/** The meta every conversation state carries. */
export interface StepMeta {
  /** items.* keys the assistant says on entering this step, in order. */
  say: readonly string[];
  /** The choices offered at this step. */
  options?: readonly StepOption[];
}

export interface Step {
  /** The state's id, stable across releases (used in `step` events and by staff mode). */
  id: string;
  say: readonly string[];
  options: readonly StepOption[];
}

/** The minimum of an XState snapshot that describing a step needs. */
export interface SnapshotLike {
  getMeta(): Record<string, unknown>;
}

function isStepMeta(value: unknown): value is StepMeta {
  return typeof value === 'object' && value !== null && Array.isArray((value as StepMeta).say);
}

/**
 * The deepest active state with step meta is the current step (getMeta() lists state nodes
 * from the root down, keyed by id).
 */
export function currentStep(snapshot: SnapshotLike): Step {
  const entries = Object.entries(snapshot.getMeta()).filter((entry): entry is [string, StepMeta] =>
    isStepMeta(entry[1]),
  );
  const last = entries[entries.length - 1];
  if (!last) throw new Error('helpline: the current state has no step meta');
  const [fullId, meta] = last;
  return { id: fullId.replace(/^helpline\./, ''), say: meta.say, options: meta.options ?? [] };
}
