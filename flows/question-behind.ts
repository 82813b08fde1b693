/**
 * A typed side question in the middle of the questions ("what is MYCN?") answers it on a step of
 * its own. That step must not strand the visitor: the question they left is offered again, with
 * its answers, so they can answer it from where they are or go back to it. Side answers can follow
 * one another ("what is stage?", then "and MYCN?", or a topic's menu, then one of its parts): the
 * question is the one left before the first of them.
 */
import type { HelplineContext } from './context';
import { helplineMachine } from './machine';
import { currentStep, type SnapshotLike, type Step, type StepMeta } from './step';

const isAside = (id: string) => (helplineMachine.getStateNodeById(`helpline.${id}`).meta as StepMeta | undefined)?.aside === true;

/** The question the visitor left for the side answers on show, or undefined. */
export function questionBehind(snapshot: SnapshotLike & { context: HelplineContext }): Step | undefined {
  if (!isAside(currentStep(snapshot).id)) return undefined;
  const { trail } = snapshot.context;
  let i = trail.length - 1;
  while (i >= 0 && isAside(trail[i]!.step)) i--;
  const left = trail[i];
  if (!left) return undefined;
  const node = helplineMachine.getStateNodeById(`helpline.${left.step}`);
  const step = currentStep({ getMeta: () => ({ [node.id]: node.meta }), context: left.memory });
  return step.kind === 'question' ? step : undefined;
}
