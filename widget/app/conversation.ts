import { createActor, type SnapshotFrom } from 'xstate';
import { currentStep, helplineMachine, type HelplineEvent, type Locale, type Step, type Understanding } from '../../flows';
import { readRisk, type RiskView } from './risk-view';
import { loadSaved, readSaved, toSaved } from './saved';
import type { Store } from './storage';

/**
 * One line of the transcript. Bot lines hold content keys, so a language switch re-renders them;
 * cards are what the widget draws itself (the risk reasons, the hand-off card).
 */
export type Entry =
  | { id: number; by: 'bot'; key: string; step: string }
  | { id: number; by: 'user'; label?: string; text?: string }
  | { id: number; by: 'card'; kind: 'risk'; step: string; risk: RiskView }
  | { id: number; by: 'card'; kind: 'handoff'; step: string };

export interface ConversationState {
  step: Step;
  locale: Locale;
  transcript: readonly Entry[];
  /** What the visitor has typed and not sent yet: kept so a reload or re-render loses nothing. */
  draft: string;
  /** Whether BACK leads anywhere from here. */
  canGoBack: boolean;
}

export type Snapshot = SnapshotFrom<typeof helplineMachine>;

/** Reads typed text at this step (flows/understanding.ts). */
export type TextMatcher = (text: string, locale: Locale, step: Step) => Understanding;

/** The items said when typed text is not understood (catalog: "free text not understood"). */
export const NOT_UNDERSTOOD = 'freetext.notUnderstood';

export interface ConversationOptions {
  locale: Locale;
  store?: Store;
  matchText?: TextMatcher;
}

/**
 * The machine plus the transcript it has produced, saved to the chosen store on every change.
 * The widget renders this; it adds no rules of its own about where the conversation goes.
 */
export function createConversation({ locale, store, matchText }: ConversationOptions) {
  const saved = loadSaved(store);
  const start = (snapshot?: unknown) => {
    const actor = createActor(helplineMachine, {
      input: { locale },
      ...(snapshot ? { snapshot: snapshot as Snapshot } : {}),
    });
    // A snapshot from an older release may name states that no longer exist: XState then puts
    // the actor in error, and reports it as uncaught unless someone listens.
    actor.subscribe({ error: () => {} });
    actor.start();
    currentStep(actor.getSnapshot());
    if (actor.getSnapshot().status !== 'active') throw new Error('the saved conversation has ended');
    return actor;
  };
  let actor: ReturnType<typeof start>;
  let restored = false;
  try {
    actor = start(saved?.snapshot);
    restored = Boolean(saved);
  } catch {
    store?.clear();
    actor = start();
  }

  const listeners = new Set<() => void>();
  let nextId = restored && saved ? saved.nextId : 1;
  let transcript: Entry[] = restored && saved ? saved.transcript : [];
  let draft = restored && saved ? saved.draft : '';
  let state: ConversationState;

  const linesFor = (step: Step): Entry[] => {
    const lines: Entry[] = step.say.map((key) => ({ id: nextId++, by: 'bot' as const, key, step: step.id }));
    const risk = step.id.startsWith('risk.') ? readRisk(step) : null;
    if (risk) lines.push({ id: nextId++, by: 'card', kind: 'risk', step: step.id, risk });
    if (step.id === 'handoff') lines.push({ id: nextId++, by: 'card', kind: 'handoff', step: step.id });
    return lines;
  };

  /** The saved form of the conversation shown, to tell another tab's news from an echo of ours. */
  let shown = '';
  const persist = () => {
    try {
      const saved = toSaved(actor.getPersistedSnapshot(), transcript, draft);
      shown = saved.conversation;
      store?.save(saved);
    } catch {
      // A snapshot that cannot be serialized must not break the conversation.
    }
  };

  /** Shows the machine's state; `save` is false for a conversation another tab already saved. */
  const publish = (save = true) => {
    const snapshot = actor.getSnapshot();
    state = {
      step: currentStep(snapshot),
      locale: snapshot.context.locale,
      transcript,
      draft,
      canGoBack: snapshot.can({ type: 'BACK' }),
    };
    if (save) persist();
    for (const listener of listeners) listener();
  };

  // A restored conversation keeps its own language: the visitor chose it on an earlier page.
  if (!restored) transcript = linesFor(currentStep(actor.getSnapshot()));
  publish();

  /**
   * One conversation per browser with data-storage="local" (README, "Two tabs"): what another
   * tab saves replaces this tab's conversation, unless the visitor has unsent text here (then
   * this tab's next step is saved over the other's). This tab keeps its language and its draft.
   */
  const unfollow =
    store?.watch((value) => {
      if (draft) return;
      const newer = readSaved(value);
      // Another tab typing saves its draft on each key: only a new conversation is news.
      if (!newer || (value as { conversation: string }).conversation === shown) return;
      let next: typeof actor;
      try {
        next = start(newer.snapshot);
      } catch {
        return;
      }
      actor.stop();
      actor = next;
      if (actor.getSnapshot().context.locale !== state.locale) actor.send({ type: 'SET_LOCALE', locale: state.locale });
      shown = (value as { conversation: string }).conversation;
      transcript = newer.transcript;
      // Line ids only grow in a tab: the widget tells new lines by id (mount.tsx).
      nextId = Math.max(nextId, newer.nextId);
      publish(false);
    }) ?? (() => {});

  const send = (event: HelplineEvent, said?: { label?: string; text?: string }) => {
    const before = currentStep(actor.getSnapshot());
    if (event.type === 'RESTART') {
      transcript = [];
      store?.clear();
    } else if (said) transcript = [...transcript, { id: nextId++, by: 'user', ...said }];
    actor.send(event);
    const after = currentStep(actor.getSnapshot());
    if (after.id !== before.id || event.type === 'RESTART') transcript = [...transcript, ...linesFor(after)];
    else if (event.type === 'EXPLAIN' && after.explain) {
      // "What does this mean?" answers without leaving the step (Step.explain).
      transcript = [...transcript, { id: nextId++, by: 'bot', key: after.explain, step: after.id }];
    }
    publish();
  };

  return {
    getState: (): ConversationState => state,
    /** True when this conversation continues one saved on an earlier page load. */
    restored,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Sends an event; `said` is what the visitor chose or typed, shown as their line. */
    send,
    /** Typed text: matched to an event for this step, or answered honestly with the options again. */
    ask(text: string) {
      const typed = text.trim();
      if (!typed) return;
      draft = '';
      const understood = matchText?.(typed, state.locale, state.step) ?? { kind: 'none' };
      if (understood.kind === 'event') return send(understood.event, { text: typed });
      if (understood.kind === 'answer') return send({ type: 'ANSWER', value: understood.value }, { text: typed });
      transcript = [
        ...transcript,
        { id: nextId++, by: 'user', text: typed },
        { id: nextId++, by: 'bot', key: NOT_UNDERSTOOD, step: state.step.id },
      ];
      publish();
    },
    setDraft(text: string) {
      if (text === draft) return;
      draft = text;
      // No re-render for each keystroke: the text box already shows it; only the store needs it.
      state = { ...state, draft };
      persist();
    },
    stop() {
      unfollow();
      actor.stop();
      listeners.clear();
    },
  };
}

export type Conversation = ReturnType<typeof createConversation>;
