/**
 * What the widget needs to know about the current point in the conversation, read from state
 * meta. States point at content by key; the widget looks the keys up in content/.
 */
import type { Audience, GlossaryTerm, GroupOrigin, Memory, RecurrencePlace, TreatmentGroup } from './context';
import { OFFER_STOP_AFTER, unsureCount } from './intake';
import type { RiskFacts, RiskField, RiskGroup, RiskResult } from './risk';

/** An option the visitor can choose: a content key for its label and the event it sends. */
export interface StepOption {
  /** ui.* key of the button label. */
  label: string;
  /** The event the option sends to the machine. */
  event: { type: string; [field: string]: unknown };
  /** Offered only when the risk estimate still allows this group (risk.undetermined). */
  ifPossible?: RiskGroup;
  /** Offered only once the visitor has said "I don't know" often enough (flows/intake.ts, OFFER_STOP_AFTER). */
  ifUnsure?: true;
}

/** Numbers a step offers as big call buttons: the emergency number, or the 988 crisis line. */
export const CALL_LINES = ['emergency', 'crisis'] as const;
export type CallLine = (typeof CALL_LINES)[number];

/** What a step is, so the widget can present it (a question has "I don't know", ...). */
export type StepKind = 'menu' | 'question' | 'result' | 'info' | 'glossary' | 'handoff' | 'emergency';

/** The meta every conversation state carries. */
export interface StepMeta {
  /** items.* keys the assistant says on entering this step, in order; `{term}` is the glossary word. */
  say: readonly string[];
  /** The choices offered at this step. */
  options?: readonly StepOption[];
  kind?: StepKind;
  /** items.* key the assistant says for "what does this mean?" (EXPLAIN) without leaving the step. */
  explain?: string;
  /** The risk fact an intake question asks. */
  field?: RiskField;
  /** Call buttons shown after the first thing said (emergency, urgent, crisis). */
  calls?: readonly CallLine[];
  /** Answers a side question: the question the visitor left is offered again (flows/session.ts, questionBehind). */
  aside?: boolean;
}

/** What the visitor has told us, for the hand-off summary. */
export interface Answers {
  audience?: Audience;
  facts: RiskFacts;
  group?: TreatmentGroup;
  /** Where `group` came from: only 'careTeam' is the care team's word. */
  groupFrom?: GroupOrigin;
  firstGroup?: RiskGroup | 'unknown';
  where?: RecurrencePlace | 'unknown';
}

export interface Step {
  /** The state's id, stable across releases (used in `step` events and by staff mode). */
  id: string;
  say: readonly string[];
  options: readonly StepOption[];
  kind: StepKind;
  /** items.* key to say for "what does this mean?"; present only where EXPLAIN is understood. */
  explain?: string;
  /** The risk fact asked (intake questions): free text reads a typed age here. */
  field?: RiskField;
  /** The latest risk estimate, with the facts and rule behind it or its deciding factors. */
  risk?: RiskResult;
  /** The glossary word on show. */
  term?: GlossaryTerm;
  /** Call buttons shown after the first thing said. */
  calls?: readonly CallLine[];
  answers: Answers;
}

/** The minimum of an XState snapshot that describing a step needs. */
export interface SnapshotLike {
  getMeta(): Record<string, unknown>;
  /** The machine's memory; without it, dynamic parts (glossary word, possible groups) are left out. */
  context?: Partial<Memory>;
}

function isStepMeta(value: unknown): value is StepMeta {
  return typeof value === 'object' && value !== null && Array.isArray((value as StepMeta).say);
}

/**
 * The deepest active state with step meta is the current step (getMeta() lists state nodes
 * from the root down, keyed by id).
 */
export function currentStep(snapshot: SnapshotLike): Step {
  const entries = Object.entries(snapshot.getMeta()).filter((entry): entry is [string, StepMeta] => isStepMeta(entry[1]));
  const last = entries[entries.length - 1];
  if (!last) throw new Error('helpline: the current state has no step meta');
  const [fullId, meta] = last;
  const memory = snapshot.context ?? {};
  const possible = memory.result?.possibleGroups ?? [];
  const step: Step = {
    id: fullId.replace(/^helpline\./, ''),
    say: memory.term ? meta.say.map((key) => key.replace('{term}', memory.term as string)) : meta.say,
    options: (meta.options ?? []).filter(
      (option) =>
        (!option.ifPossible || possible.includes(option.ifPossible)) && (!option.ifUnsure || unsureCount(memory.facts ?? {}) >= OFFER_STOP_AFTER),
    ),
    kind: meta.kind ?? 'info',
    answers: {
      facts: { ...memory.facts },
      ...(memory.audience && { audience: memory.audience }),
      ...(memory.group && { group: memory.group }),
      ...(memory.groupFrom && { groupFrom: memory.groupFrom }),
      ...(memory.firstGroup && { firstGroup: memory.firstGroup }),
      ...(memory.where && { where: memory.where }),
    },
  };
  if (meta.explain) step.explain = meta.explain;
  if (meta.field) step.field = meta.field;
  if (meta.calls) step.calls = meta.calls;
  if (memory.result) step.risk = memory.result;
  if (meta.kind === 'glossary' && memory.term) step.term = memory.term;
  return step;
}
