export { helplineMachine } from './machine';
export type { HelplineContext, HelplineEvent, HelplineInput, Locale } from './machine';
export { currentStep } from './step';
export type { Step, StepMeta, StepOption, SnapshotLike } from './step';
