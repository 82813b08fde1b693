/**
 * The words the conversation machine and its helpers share: what it remembers, the events it
 * understands. Kept apart from machine.ts so step.ts, freetext.ts and persistence.ts can use the
 * types without importing the machine.
 */
import type { RiskFacts, RiskField, RiskGroup, RiskResult } from './risk';

// The languages are content's to name (content/types.ts); flows/ reads content's types, never the reverse.
import type { Locale } from '../content/types';
export { LOCALES, type Locale } from '../content/types';

export const AUDIENCES = ['parent', 'patient', 'family', 'professional'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Treatment explanations a visitor who knows the group can pick (docs/product.md). */
export const TREATMENT_GROUPS = ['low', 'intermediate', 'high', 'infantMS', 'smallAdrenal'] as const;
export type TreatmentGroup = (typeof TREATMENT_GROUPS)[number];

export const RISK_GROUPS: readonly RiskGroup[] = ['low', 'intermediate', 'high'];

/**
 * Where the remembered group came from: the visitor said the care team gave it (pickGroup), the
 * visitor went on from the widget's own estimate, or only chose a group to read about after an
 * undetermined result. Only 'careTeam' may be reported as the care team's word.
 */
export const GROUP_ORIGINS = ['careTeam', 'estimate', 'reading'] as const;
export type GroupOrigin = (typeof GROUP_ORIGINS)[number];

/** Where the cancer came back (docs/product.md, recurrence). */
export const RECURRENCE_PLACES = ['same', 'elsewhere', 'cns'] as const;
export type RecurrencePlace = (typeof RECURRENCE_PLACES)[number];

/** Words the glossary explains: each has the item `glossary.<term>` in every locale. */
export const GLOSSARY_TERMS = [
  'mycn',
  'mibg',
  'stemCellTransplant',
  'dinutuximab',
  'isotretinoin',
  'histology',
  'ploidy',
  'induction',
  'consolidation',
  'maintenance',
  'chemotherapy',
  'radiation',
  'observation',
  'biopsy',
  'imaging',
  'idrf',
  'riskGroup',
  'clinicalTrial',
  'relapse',
  'refractory',
  'gmcsf',
  'il2',
  'eflornithine',
  'naxitamab',
  'carT',
  'adrenal',
  'stage',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/**
 * Everything the visitor has told us: the machine's whole context. Going back replays the moves
 * before (flows/session.ts), so it also takes the answer back.
 */
export interface Memory {
  audience?: Audience;
  /** Intake answers; 'unknown' where the visitor said "I don't know". */
  facts: RiskFacts;
  /** Intake questions already asked, so an "I don't know" is not asked again. */
  asked: RiskField[];
  /** classifyRisk(facts) after the last intake answer. */
  result?: RiskResult;
  /** The group the visitor said the care team gave (pickGroup, or picked at an undetermined result). */
  group?: TreatmentGroup;
  /** Where `group` came from; set with it. */
  groupFrom?: GroupOrigin;
  /** Recurrence: the first risk group, or 'unknown'. */
  firstGroup?: RiskGroup | 'unknown';
  /** Recurrence: where it came back, or 'unknown'. */
  where?: RecurrencePlace | 'unknown';
  /** The glossary word on show. */
  term?: GlossaryTerm;
}

export type HelplineContext = Memory;

/** An answer: a string for choices, a number of months for age. */
export type AnswerValue = string | number;

export type HelplineEvent =
  | { type: 'LEARN' }
  | { type: 'RECURRENCE' }
  | { type: 'TRIALS' }
  | { type: 'QUESTIONS' }
  | { type: 'HANDOFF' }
  | { type: 'EMERGENCY' }
  | { type: 'URGENT' }
  | { type: 'CRISIS' }
  | { type: 'FEAR' }
  | { type: 'DISTRESS' }
  | { type: 'TOPIC'; topic: string }
  | { type: 'TOPICS' }
  | { type: 'NEXT' }
  | { type: 'EXPLAIN' }
  | { type: 'EXPLAIN_TERM'; term: string }
  | { type: 'ANSWER'; value: AnswerValue }
  /** Forget one answer and ask it again (stage MS at 18 months or older: check the stage or the age). */
  | { type: 'RECHECK'; field: 'inrgStage' | 'ageMonths' }
  /** Not moves: the session handles them (flows/session.ts), the machine never sees them. */
  | { type: 'BACK' }
  | { type: 'RESTART' }
  | { type: 'SET_LOCALE'; locale: Locale };

export type HelplineEventType = HelplineEvent['type'];

/** The events the session keeps for itself: going back, starting over, switching language. */
export const SESSION_EVENTS = ['BACK', 'RESTART', 'SET_LOCALE'] as const;

/** What the machine understands: a move forward. */
export type MoveEvent = Exclude<HelplineEvent, { type: (typeof SESSION_EVENTS)[number] }>;

export const emptyMemory = (): Memory => ({ facts: {}, asked: [] });

export function isGlossaryTerm(term: unknown): term is GlossaryTerm {
  return (GLOSSARY_TERMS as readonly unknown[]).includes(term);
}
