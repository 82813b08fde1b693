/**
 * A conversation is its list of moves: the step each was made at and the event sent there. The
 * machine (machine.ts) only goes forward; going back is the same moves without the last one,
 * starting over is no moves, and a saved conversation is its moves replayed through today's
 * steps (saved-session.ts). Visitor and staff mode both keep one of these (docs/architecture.md,
 * "One session").
 * Pure: XState's transition() computes each state, no actor runs, nothing is kept elsewhere.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { SESSION_EVENTS, type HelplineEvent, type Locale, type MoveEvent } from './context';
import { helplineMachine } from './machine';
import { currentStep, type Step, type StepMeta } from './step';

export type HelplineState = SnapshotFrom<typeof helplineMachine>;

/** One move forward: the step it was made at and what was chosen or typed there. */
export interface Move {
  from: string;
  event: MoveEvent;
}

export interface Session {
  readonly locale: Locale;
  readonly moves: readonly Move[];
  /** The machine before each move, and now last: one more than the moves. Derived, never saved. */
  readonly states: readonly HelplineState[];
}

const isSessionEvent = (event: HelplineEvent): event is Exclude<HelplineEvent, MoveEvent> =>
  (SESSION_EVENTS as readonly string[]).includes(event.type);

export const startSession = (locale: Locale): Session => ({ locale, moves: [], states: [initialTransition(helplineMachine)[0]] });

export const stateOf = (session: Session): HelplineState => session.states[session.states.length - 1]!;

export const stepOf = (session: Session): Step => currentStep(stateOf(session));

/**
 * The machine after `event`, or null when the event is no move: the step does not take it, or
 * it changes nothing (a crisis sent again at the crisis step, "what does this mean?").
 */
function forward(state: HelplineState, event: MoveEvent): HelplineState | null {
  const [next] = transition(helplineMachine, state, event);
  if (next.status !== 'active') return null;
  const same = JSON.stringify(next.value) === JSON.stringify(state.value) && JSON.stringify(next.context) === JSON.stringify(state.context);
  return same ? null : next;
}

/** The session after one more move, or the same session when `event` is no move from here. */
export function move(session: Session, event: MoveEvent): Session {
  const now = stateOf(session);
  const next = forward(now, event);
  if (!next) return session;
  return { locale: session.locale, moves: [...session.moves, { from: currentStep(now).id, event }], states: [...session.states, next] };
}

/** The session without its last move: the step before, with the answers as they were there. */
export function back(session: Session): Session {
  if (session.moves.length === 0) return session;
  return { locale: session.locale, moves: session.moves.slice(0, -1), states: session.states.slice(0, -1) };
}

/** Any event: a move, or going back, starting over, switching language. */
export function send(session: Session, event: HelplineEvent): Session {
  if (!isSessionEvent(event)) return move(session, event);
  if (event.type === 'BACK') return back(session);
  if (event.type === 'RESTART') return startSession(session.locale);
  return event.locale === session.locale ? session : { ...session, locale: event.locale };
}

/**
 * The session these moves make, or null when one of them is not a move today from the step it
 * names: a save from another release, or edited, is replayed exactly or not at all.
 */
export function replay(locale: Locale, moves: readonly Move[]): Session | null {
  let session = startSession(locale);
  for (const saved of moves) {
    if (stepOf(session).id !== saved.from) return null;
    const next = move(session, saved.event);
    if (next === session) return null;
    session = next;
  }
  return session;
}

const isAside = (step: Step) => (helplineMachine.getStateNodeById(`helpline.${step.id}`).meta as StepMeta | undefined)?.aside === true;

/**
 * A typed side question in the middle of the questions ("what is MYCN?") is answered on a step of
 * its own, which must not strand the visitor: the question they left is offered again, with its
 * answers. Side answers can follow one another ("what is stage?", then "and MYCN?"): the question
 * is the one left before the first of them. Undefined when not at a side answer.
 */
export function questionBehind(session: Session): Step | undefined {
  if (!isAside(stepOf(session))) return undefined;
  let i = session.moves.length - 1;
  while (i >= 0 && isAside(currentStep(session.states[i]!))) i--;
  const left = i >= 0 ? currentStep(session.states[i]!) : undefined;
  return left?.kind === 'question' ? left : undefined;
}
