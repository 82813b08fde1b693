import { recordOf, send, startSession, stepOf, type Locale, type Session, type Step, type StepOption } from '../../flows';
import type { CallRecord } from '../../flows/summary';
import type { Store } from '../app/storage';
import { readSavedCall, toSavedCall } from './saved-call';

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
}

/**
 * The conversation driven by a specialist (docs/product.md): the same session of moves a visitor
 * has (flows/session.ts), without a transcript. The answers panel shows the path's answers,
 * "change" walks back to one of them, and a saved call is its moves replayed (saved-call.ts).
 */
export function createCall(locale: Locale, { store }: CallOptions = {}) {
  const saved = readSavedCall(store?.load());
  let session: Session = saved?.session ?? startSession(locale);
  let explained: string[] = saved ? [...saved.explained] : [];
  // The explanation on show belongs to the step the call is at, or to none.
  const here = stepOf(session);
  let explaining: string | null = saved?.explaining === (here.explain ?? `${here.id}.explain`) ? saved.explaining : null;
  const listeners = new Set<() => void>();
  let state: CallState;

  const persist = () => {
    if (!store) return;
    // Start over leaves nothing behind (docs/product.md, "start over erases them"), nor does a call
    // that has not begun.
    if (session.moves.length === 0 && explained.length === 0) return store.clear();
    store.save(toSavedCall(session, explained, explaining));
  };

  const publish = () => {
    state = {
      step: stepOf(session),
      locale: session.locale,
      record: recordOf(session, explained),
      explaining,
      canGoBack: session.moves.length > 0,
    };
    persist();
    for (const listener of listeners) listener();
  };

  /** The session after `event`; a step left is an explanation no longer on show. */
  const go = (event: StepOption['event']) => {
    const before = session;
    session = send(session, event as never);
    if (session.moves !== before.moves) explaining = null;
  };

  publish();

  return {
    getState: (): CallState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Chooses one of the current step's options. */
    choose(option: StepOption) {
      if (option.event.type === 'EXPLAIN') {
        const from = stepOf(session);
        const key = from.explain ?? `${from.id}.explain`;
        explaining = key;
        if (!explained.includes(key)) explained = [...explained, key];
      } else go(option.event);
      publish();
    },
    back() {
      go({ type: 'BACK' });
      publish();
    },
    /** Walks back to an earlier step so its answer can be changed. */
    revisit(stepId: string) {
      const at = session.moves.map((m) => m.from).lastIndexOf(stepId);
      while (at >= 0 && session.moves.length > at) go({ type: 'BACK' });
      publish();
    },
    restart() {
      go({ type: 'RESTART' });
      explained = [];
      explaining = null;
      publish();
    },
    setLocale(locale: Locale) {
      go({ type: 'SET_LOCALE', locale });
      publish();
    },
    stop() {
      listeners.clear();
    },
  };
}

export type Call = ReturnType<typeof createCall>;
