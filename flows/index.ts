export { STEP_IDS, helplineMachine } from './machine';
export type { StepId } from './machine';
export {
  AUDIENCES,
  GLOSSARY_TERMS,
  LOCALES,
  RECURRENCE_PLACES,
  RISK_GROUPS,
  SESSION_EVENTS,
  TREATMENT_GROUPS,
  isGlossaryTerm,
} from './context';
export type {
  AnswerValue,
  Audience,
  GlossaryTerm,
  HelplineContext,
  HelplineEvent,
  HelplineEventType,
  Locale,
  Memory,
  MoveEvent,
  RecurrencePlace,
  TreatmentGroup,
} from './context';
export { currentStep } from './step';
export { back, move, questionBehind, replay, send, startSession, stateOf, stepOf } from './session';
export { recordOf } from './record';
export type { HelplineState, Move, Session } from './session';
export type { Answers, CallLine, Step, StepKind, StepMeta, StepOption, SnapshotLike } from './step';
export { AGE_BANDS, INTAKE_CHOICES, INTAKE_STEPS, RISK_AGE_LINES, ageBandOf, choiceLabel, nextQuestion, readAnswer } from './intake';
export type { IntakeChoice } from './intake';
export { RECURRENCE_OUTCOMES, recurrenceOutcome, treatmentFor } from './outcomes';
export type { RecurrenceOutcome } from './outcomes';
export { RISK_FIELDS, RULES, ageBand, classifyRisk, describeRule, fieldsThatCanChange } from './risk';
export type { AgeBand, RiskFacts, RiskField, RiskGroup, RiskReason, RiskResult, Rule, RuleId } from './risk';
// The free-text matcher (freetext.ts, read-age.ts) is not re-exported here: it is a chunk of its
// own, loaded on first typing (widget/app/free-text.ts), and a static re-export would put it back
// into the conversation every visitor loads.
export type { UnclearReason, Understanding } from './understanding';
export { MAX_MOVES, SAVE_VERSION, fits, isRecord, readSession, toSavedSession } from './saved-session';
export type { Check, SavedSession } from './saved-session';
export { TOPICS, TOPIC_FAMILIES, TOPIC_IDS, isTopic, type TopicFamily } from './topics';
