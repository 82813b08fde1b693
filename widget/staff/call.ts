import { createActor, type AnyStateMachine } from 'xstate';
import { currentStep, helplineMachine, type Locale, type Step, type StepOption } from '../../flows';
import type { Answer, CallRecord } from '../../flows/summary';

/** One move the specialist made: the step it was made at and the option chosen. */
interface Move {
  from: string;
  option: StepOption;
}

export interface CallState {
  step: Step;
  locale: Locale;
  /** What the call amounts to so far: the answers, explanations and steps on the current path. */
  record: CallRecord;
  /** The explanation item the caller asked for at this step ("what does this mean?"), if any. */
  explaining: string | null;
  /** Whether BACK leads anywhere from here. */
  canGoBack: boolean;
}

/**
 * The conversation machine driven by a specialist (issue 6). Unlike the visitor conversation it
 * keeps no transcript and stores nothing: it remembers the path of choices so that the answers
 * panel can show them and "change" can walk back to any of them with the machine's own BACK.
 */
export function createCall(locale: Locale, machine: AnyStateMachine = helplineMachine) {
  const actor = createActor(machine, { input: { locale } });
  const listeners = new Set<() => void>();
  let moves: Move[] = [];
  let explained: string[] = [];
  let explaining: string | null = null;
  let state: CallState;

  const step = (): Step => currentStep(actor.getSnapshot());

  const publish = () => {
    const now = step();
    const answers: Answer[] = moves
      .filter((m) => m.option.event.type === 'ANSWER')
      .map((m) => ({ step: m.from, label: m.option.label, value: m.option.event['value'] }));
    const record: CallRecord = {
      answers,
      explained,
      visited: [...moves.map((m) => m.from), now.id],
      // The machine's facts are the truth when it keeps them (flows/step.ts, answers.facts).
      ...(now.answers?.facts && { facts: now.answers.facts }),
    };
    state = {
      step: now,
      locale: (actor.getSnapshot().context as { locale: Locale }).locale,
      record,
      explaining,
      canGoBack: moves.length > 0,
    };
    for (const listener of listeners) listener();
  };

  const back = (): boolean => {
    const before = step().id;
    actor.send({ type: 'BACK' });
    const after = step().id;
    if (after === before) return false;
    // The machine decides where BACK goes; drop our moves down to the one made at that step.
    let popped: Move | undefined;
    do popped = moves.pop();
    while (popped && popped.from !== after && moves.length > 0);
    return true;
  };

  actor.start();
  publish();

  return {
    getState: (): CallState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Chooses one of the current step's options. */
    choose(option: StepOption) {
      const from = step();
      actor.send(option.event as never);
      if (option.event.type === 'EXPLAIN') {
        const key = from.explain ?? `${from.id}.explain`;
        explaining = key;
        if (!explained.includes(key)) explained = [...explained, key];
      } else if (step().id !== from.id) {
        moves = [...moves, { from: from.id, option }];
        explaining = null;
      }
      publish();
    },
    back() {
      if (back()) {
        moves = [...moves];
        explaining = null;
      }
      publish();
    },
    /** Walks back to an earlier step so its answer can be changed. */
    revisit(stepId: string) {
      // Each BACK either moves or stops: at most one per move made, so this always ends.
      for (let i = moves.length; i > 0 && step().id !== stepId && moves.some((m) => m.from === stepId); i--) {
        if (!back()) break;
      }
      moves = [...moves];
      explaining = null;
      publish();
    },
    restart() {
      actor.send({ type: 'RESTART' });
      moves = [];
      explained = [];
      explaining = null;
      publish();
    },
    setLocale(locale: Locale) {
      actor.send({ type: 'SET_LOCALE', locale });
      publish();
    },
    stop() {
      actor.stop();
      listeners.clear();
    },
  };
}

export type Call = ReturnType<typeof createCall>;
