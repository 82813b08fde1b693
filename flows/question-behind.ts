/**
 * A typed side question in the middle of the questions ("what is MYCN?") answers it on a step of
 * its own. That step must not strand the visitor: the question they left is offered again, with
 * its answers, so they can answer it from where they are or go back to it.
 */
import type { HelplineContext } from './context';
import { helplineMachine } from './machine';
import { currentStep, type SnapshotLike, type Step, type StepMeta } from './step';

/** The question the visitor left for the side answer on show, or undefined. */
export function questionBehind(snapshot: SnapshotLike & { context: HelplineContext }): Step | undefined {
  const id = `helpline.${currentStep(snapshot).id}`;
  if (!(helplineMachine.getStateNodeById(id).meta as StepMeta).aside) return undefined;
  const left = snapshot.context.trail[snapshot.context.trail.length - 1];
  if (!left) return undefined;
  const node = helplineMachine.getStateNodeById(`helpline.${left.step}`);
  const step = currentStep({ getMeta: () => ({ [node.id]: node.meta }), context: left.memory });
  return step.kind === 'question' ? step : undefined;
}
