/**
 * What a session amounts to, for the summary (flows/summary.ts): the same record for a visitor's
 * hand-off and a specialist's call. Apart from session.ts so the hand-off's summary reads a
 * session without loading the machine.
 */
import { choiceLabel } from './intake';
import type { Session } from './session';
import { currentStep, type Step } from './step';
import type { Answer, CallRecord } from './summary';

/**
 * The answer as the summary names it: the option's label, or for a typed age, its band's
 * (flows/intake.ts). A group chosen to read about is named as the group ("Read about the
 * treatment for: High risk"), not by the button's words.
 */
function labelOf(step: Step, value: unknown): string {
  const option = step.options.find((o) => o.event.type === 'ANSWER' && o.event.value === value);
  const label = option?.label ?? (step.field && choiceLabel(step.field, value)) ?? String(value);
  return label.replace(/^opt\.read\./, 'opt.group.');
}

/**
 * What the session amounts to on its path, for the summary (flows/summary.ts): each step's
 * answer in the order the steps were first answered (the order the staff guide asks them; an
 * answer given again, after "change the stage", replaces the first), the steps reached, the
 * machine's facts. `explained` are the "what does this mean?" answers given, which are not moves.
 */
export function recordOf(session: Session, explained: readonly string[]): CallRecord {
  const now = session.states[session.states.length - 1]!;
  const answers: Answer[] = [];
  session.moves.forEach(({ from, event }, i) => {
    if (event.type !== 'ANSWER') return;
    const answer = { step: from, label: labelOf(currentStep(session.states[i]!), event.value), value: event.value };
    const at = answers.findIndex((given) => given.step === from);
    answers.splice(at < 0 ? answers.length : at, at < 0 ? 0 : 1, answer);
  });
  return {
    answers,
    explained,
    visited: [...session.moves.map((m) => m.from), currentStep(now).id],
    facts: now.context.facts,
  };
}
