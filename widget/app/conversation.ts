import { createActor, type SnapshotFrom } from 'xstate';
import { currentStep, helplineMachine, type HelplineEvent, type Locale, type Step } from '../../flows';

/** One line of the transcript. Bot lines hold content keys, so a language switch re-renders them. */
export type Entry =
  | { id: number; by: 'bot'; key: string; step: string }
  | { id: number; by: 'user'; label?: string; text?: string };

export interface ConversationState {
  step: Step;
  locale: Locale;
  transcript: readonly Entry[];
}

export type Snapshot = SnapshotFrom<typeof helplineMachine>;

/**
 * The machine plus the transcript it has produced. The widget renders this; it adds no rules of
 * its own about where the conversation goes.
 */
export function createConversation(locale: Locale) {
  const actor = createActor(helplineMachine, { input: { locale } });
  const listeners = new Set<() => void>();
  let nextId = 1;
  let transcript: Entry[] = [];
  let state: ConversationState;

  const botLines = (step: Step): Entry[] =>
    step.say.map((key) => ({ id: nextId++, by: 'bot' as const, key, step: step.id }));

  const publish = () => {
    const snapshot = actor.getSnapshot();
    state = { step: currentStep(snapshot), locale: snapshot.context.locale, transcript };
    for (const listener of listeners) listener();
  };

  actor.start();
  transcript = botLines(currentStep(actor.getSnapshot()));
  publish();

  return {
    actor,
    getState: (): ConversationState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Sends an event; `said` is what the visitor chose or typed, shown as their line. */
    send(event: HelplineEvent, said?: { label?: string; text?: string }) {
      const before = currentStep(actor.getSnapshot());
      if (event.type === 'RESTART') transcript = [];
      else if (said) transcript = [...transcript, { id: nextId++, by: 'user', ...said }];
      actor.send(event);
      const after = currentStep(actor.getSnapshot());
      if (after.id !== before.id || event.type === 'RESTART') transcript = [...transcript, ...botLines(after)];
      publish();
    },
    stop() {
      actor.stop();
      listeners.clear();
    },
  };
}

export type Conversation = ReturnType<typeof createConversation>;
