import { createActor, type AnyStateMachine } from 'xstate';
import { currentStep, helplineMachine, type Locale, type Step, type StepOption } from '../../flows';
import type { Answer, CallRecord } from '../../flows/summary';
import type { Store } from '../app/storage';
import { isSavedOption, readSavedCall, toSavedCall, type SavedCall } from './saved-call';

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

export interface CallOptions {
  /**
   * Where the call is kept between page loads. Given only when the page's data-storage asks for
   * it (docs/product.md, staff-mode.tsx); without it the call lives in this page alone.
   */
  store?: Store;
  machine?: AnyStateMachine;
}

/**
 * The conversation machine driven by a specialist (docs/product.md). Unlike the visitor conversation it
 * keeps no transcript: it remembers the path of choices so that the answers panel can show them,
 * "change" can walk back to any of them with the machine's own BACK, and a saved call can be
 * rebuilt by replaying them (saved-call.ts).
 */
export function createCall(locale: Locale, { store, machine = helplineMachine }: CallOptions = {}) {
  const saved = readSavedCall(store?.load());
  let actor = createActor(machine, { input: { locale: saved?.locale ?? locale } });
  const listeners = new Set<() => void>();
  let moves: Move[] = [];
  let explained: string[] = [];
  let explaining: string | null = null;
  let state: CallState;

  const step = (): Step => currentStep(actor.getSnapshot());

  /**
   * Replays a saved path through the fresh machine. Each move must be offered, by the same label
   * and event, at the step it was made at, and must move the call on: a path today's steps no
   * longer allow (another release, edited data) is not half-restored.
   */
  const replay = (call: SavedCall): boolean => {
    for (const move of call.moves) {
      const from = step();
      const option = from.id === move.from ? from.options.find((o) => isSavedOption(o, move)) : undefined;
      if (!option || option.event.type === 'EXPLAIN') return false;
      actor.send(option.event as never);
      if (step().id === from.id) return false;
      moves.push({ from: from.id, option });
    }
    explained = [...new Set(call.explained)];
    // The explanation on show belongs to the step the call is at, or to none.
    const here = step();
    explaining = call.explaining === (here.explain ?? `${here.id}.explain`) ? call.explaining : null;
    return true;
  };

  const persist = () => {
    if (!store) return;
    // Start over leaves nothing behind (docs/product.md, "start over erases them"), nor does a call
    // that has not begun.
    if (moves.length === 0 && explained.length === 0) return store.clear();
    store.save(toSavedCall(state.locale, moves, explained, explaining));
  };

  const publish = () => {
    const now = step();
    const answers: Answer[] = moves
      .filter((m) => m.option.event.type === 'ANSWER')
      .map((m) => ({ step: m.from, label: m.option.label, value: m.option.event.value }));
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
    persist();
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

  const stepBack = () => {
    if (back()) {
      moves = [...moves];
      explaining = null;
    }
    publish();
  };

  actor.start();
  if (saved && !replay(saved)) {
    // The saved call no longer fits: start fresh, in the page's language, and forget it.
    actor.stop();
    actor = createActor(machine, { input: { locale } });
    actor.start();
    moves = [];
    explained = [];
    explaining = null;
  }
  publish();

  return {
    getState: (): CallState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Chooses one of the current step's options. */
    choose(option: StepOption) {
      // An option that goes back (the hand-off's "keep talking") is a step back, not a move.
      if (option.event.type === 'BACK') return stepBack();
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
    back: () => stepBack(),
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
