import {
  questionBehind,
  send as sessionSend,
  startSession,
  stateOf,
  stepOf,
  type Locale,
  type Session,
  type Step,
  type StepOption,
  type Understanding,
} from '../../flows';
import { AGREED, CHANGE, echoOf, yesNoStep, type ConversationEvent } from './confirmation';
import type { Entry } from './entry';
import { offerOf, offered } from './offered';
import { readRisk } from './risk-view';
import { loadSaved, readSaved, shownOf, toSaved } from './saved';
import type { Later } from './save-when-idle';
import type { Store } from './storage';

export type { Entry } from './entry';
export type { ConversationEvent } from './confirmation';

export interface ConversationState {
  /** The moves so far (flows/session.ts): the summary reads its answers from them. */
  session: Session;
  step: Step;
  /** The buttons on offer now (widget/app/offered.ts): the step's options, or Yes / Change, ... */
  options: readonly StepOption[];
  locale: Locale;
  transcript: readonly Entry[];
  /** What the visitor has typed and not sent yet: kept so a reload or re-render loses nothing. */
  draft: string;
  /** Whether BACK leads anywhere from here. */
  canGoBack: boolean;
  /** Whether the visitor just started over and can still bring the conversation before back. */
  canUndo: boolean;
}

/** Reads typed text at this step (flows/understanding.ts). */
export type TextMatcher = (text: string, locale: Locale, step: Step) => Understanding;

/** The items said when typed text is not understood (catalog: "free text not understood"). */
export const NOT_UNDERSTOOD = 'freetext.notUnderstood';
/** The short reply to "thank you" or "ok": the step's options stay on offer below it. */
export const THANKS = 'freetext.thanks';

export interface ConversationOptions {
  locale: Locale;
  store?: Store;
  matchText?: TextMatcher;
  /**
   * When given, changes are saved through it, later and once however many came meanwhile
   * (save-when-idle.ts: the widget saves when the browser is idle); else each change is saved
   * at once. Start over erases the store at once either way.
   */
  saveLater?: (write: () => void) => Later;
}

const sameEvent = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The visitor's session (flows/session.ts) plus the transcript it has produced, saved to the
 * chosen store after every change. The widget renders this; it adds no rules of its own about
 * where the conversation goes, and every message the visitor sends gets a reply.
 */
export function createConversation({ locale, store, matchText, saveLater }: ConversationOptions) {
  const saved = loadSaved(store);
  const restored = saved !== null;
  let session: Session = saved?.session ?? startSession(locale);
  const listeners = new Set<() => void>();
  let nextId = saved?.nextId ?? 1;
  let transcript: Entry[] = saved?.transcript ?? [];
  let draft = saved?.draft ?? '';
  let state: ConversationState;
  /**
   * The conversation as it was before the visitor started over: kept in memory only (storage is
   * erased at once, docs/product.md "Start over erases them"), so Undo can bring it back until
   * the next answer. A mistaken tap on Start over then costs nothing.
   */
  let beforeRestart: { session: Session; transcript: Entry[]; draft: string } | null = null;

  const bot = (key: string, step: string): Entry => ({ id: nextId++, by: 'bot', key, step });

  /** Everything a step says, in full: its lines, with its call buttons right after the first. */
  const linesFor = (step: Step): Entry[] => {
    // A risk result is one card: the group, why, and "not a diagnosis" inside it (risk-card.tsx).
    const risk = step.kind === 'result' ? readRisk(step) : null;
    if (risk) return [{ id: nextId++, by: 'card', kind: 'risk', step: step.id, risk }];
    // Numbered in the order they are shown: a saved transcript's ids only grow (saved.ts).
    const [first, ...rest] = step.say;
    const lines: Entry[] = first === undefined ? [] : [bot(first, step.id)];
    if (step.calls) lines.push({ id: nextId++, by: 'card', kind: 'calls', step: step.id, calls: step.calls });
    for (const key of rest) lines.push(bot(key, step.id));
    if (step.kind === 'handoff') lines.push({ id: nextId++, by: 'card', kind: 'handoff', step: step.id });
    return lines;
  };

  /** The saved form of the conversation shown, to tell another tab's news from an echo of ours. */
  let shown = '';
  /** Set once the widget is taken down (stop()): what was waiting is saved then, and nothing after. */
  let stopped = false;
  /** Saves the conversation as it is when it runs. */
  const write = () => {
    // A typed message's answer can still come in after the widget is taken down (its matcher was
    // loading): saving it would land over the conversation of a widget started again meanwhile.
    if (stopped) return;
    const saved = toSaved(session, transcript, draft);
    shown = shownOf(saved);
    store?.save(saved);
  };
  const later = store && saveLater ? saveLater(write) : null;
  const persist = () => (later ? later.soon() : write());

  /** Shows the session; `save` is false for a conversation another tab already saved. */
  const publish = (save = true) => {
    const step = stepOf(session);
    state = {
      session,
      step,
      options: offered(step, transcript, session.locale, questionBehind(session)),
      locale: session.locale,
      transcript,
      draft,
      canGoBack: session.moves.length > 0,
      canUndo: beforeRestart !== null,
    };
    if (save) persist();
    for (const listener of listeners) listener();
  };

  // A restored conversation keeps its own language: the visitor chose it on an earlier page.
  if (!restored) transcript = linesFor(stepOf(session));
  publish();

  /**
   * One conversation per browser with data-storage="local" (README, "Two tabs"): what another
   * tab saves replaces this tab's conversation, unless the visitor has unsent text here (then
   * this tab's next step is saved over the other's). This tab keeps its language and its draft.
   */
  const unfollow =
    store?.watch((value) => {
      if (draft) return;
      // Another tab typing saves its draft on each key: only a new conversation is news.
      if (shownOf(value) === shown) return;
      const newer = readSaved(value);
      if (!newer) return;
      session = { ...newer.session, locale: state.locale };
      beforeRestart = null;
      shown = shownOf(value);
      transcript = newer.transcript;
      // Line ids only grow in a tab: the widget tells new lines by id (visitor-mode.tsx).
      nextId = Math.max(nextId, newer.nextId);
      publish(false);
    }) ?? (() => {});

  /** What the visitor chose or typed; `shown` when their line is on screen already (show()). */
  type Said = { label?: string; text?: string; shown?: boolean };
  const lineOf = ({ label, text }: Said): Entry[] => [
    { id: nextId++, by: 'user', ...(label === undefined ? {} : { label }), ...(text === undefined ? {} : { text }) },
  ];

  /** The visitor's line and the assistant's reply, the machine untouched. */
  const reply = (said: Said, ...lines: Entry[]) => {
    beforeRestart = null;
    // The reply's lines were made first: number them after the visitor's line, so ids only grow
    // in the order shown (a saved transcript out of order is dropped, saved.ts).
    const user = said.shown ? [] : lineOf(said);
    transcript = [...transcript, ...user, ...lines.map((line) => ({ ...line, id: nextId++ }))];
    publish();
  };

  const send = (event: ConversationEvent, said?: Said, undoable = false) => {
    if (event.type === 'CHANGE') {
      // The question's own options come back (offered.ts); nothing was recorded.
      return reply(said ?? {}, bot('freetext.change', state.step.id));
    }
    // An answer to the question left for a side answer (or "what does this mean?" about it): back
    // to the question first, then send it there.
    const aside = stepOf(session);
    if (
      event.type === 'BACK_TO_QUESTION' ||
      (questionBehind(session) && (event.type === 'ANSWER' || event.type === 'EXPLAIN') && !stateOf(session).can(event))
    ) {
      // One step back per side answer since the question: each is a move (flows/session.ts).
      while (questionBehind(session)) session = sessionSend(session, { type: 'BACK' });
    }
    // Back to the question says the question again; an answer there is said from the question.
    const before = event.type === 'BACK_TO_QUESTION' ? aside : stepOf(session);
    // Anything but a language switch moves on: Undo is offered only until the next answer.
    const kept = beforeRestart;
    if (event.type !== 'SET_LOCALE') beforeRestart = null;
    const added = transcript.length;
    if (event.type === 'RESTART') {
      // Start over twice in a row: Undo still brings back the conversation, not the empty one.
      if (undoable) beforeRestart = kept ?? { session, transcript, draft };
      transcript = [];
      // Start over forgets everything, the half-typed message too.
      draft = '';
      store?.clear();
    } else if (said && !said.shown) transcript = [...transcript, ...lineOf(said)];
    if (event.type !== 'BACK_TO_QUESTION') session = sessionSend(session, event);
    const after = stepOf(session);
    if (after.id !== before.id || !sameEvent(after.say, before.say) || event.type === 'RESTART') {
      transcript = [...transcript, ...linesFor(after)];
    } else if (event.type === 'EXPLAIN' && after.explain) {
      // "What does this mean?" answers without leaving the step (Step.explain).
      transcript = [...transcript, bot(after.explain, after.id)];
    }
    // Every message gets a reply: when nothing new was said (a crisis sent twice, an answer this
    // step does not take), the step is said again in full, call buttons included.
    if (said && !transcript.slice(added).some((entry) => entry.by !== 'user')) transcript = [...transcript, ...linesFor(after)];
    publish();
  };

  /**
   * The visitor's typed line on screen at once, while what reads it is still loading
   * (free-text.ts); ask(text, true) then answers it.
   */
  const show = (text: string) => {
    const typed = text.trim();
    if (!typed) return;
    draft = '';
    beforeRestart = null;
    transcript = [...transcript, ...lineOf({ text: typed })];
    publish();
  };

  /**
   * Typed text, read as an Understanding (flows/understanding.ts) and answered, whatever it is.
   * `shown`: the line is on screen already (show()), so only the reply is added.
   */
  const ask = (text: string, shown = false) => {
    const typed = text.trim();
    if (!typed) return;
    // Shown already (show()): the box was emptied then, and what the visitor has typed since is a
    // new draft to keep.
    if (!shown) draft = '';
    beforeRestart = null;
    const said: Said = { text: typed, shown };
    const read = (step: Step): Understanding => matchText?.(typed, state.locale, step) ?? { kind: 'none' };
    const before = state.transcript[state.transcript.length - (shown ? 2 : 1)];
    if (before?.by === 'card' && before.kind === 'confirm' && before.step === state.step.id) {
      const yesNo = read(yesNoStep(state.step));
      if (yesNo.kind === 'answer' && yesNo.value === AGREED) return send({ type: 'ANSWER', value: before.value }, said);
      if (yesNo.kind === 'answer' && yesNo.value === 'no') return send(CHANGE, said);
    }
    // At a side answer, typed text is read against the question left behind.
    const question = questionBehind(session) ?? state.step;
    const understood = read(question);
    switch (understood.kind) {
      case 'event':
        return send(understood.event, said);
      case 'answer':
        if (!understood.confirm) return send({ type: 'ANSWER', value: understood.value }, said);
        return reply(said, {
          id: nextId++,
          by: 'card',
          kind: 'confirm',
          step: state.step.id,
          value: understood.value,
          echo: echoOf(question, understood.value),
        });
      case 'unclear':
        return reply(said, bot(`freetext.unclear.${understood.reason}`, state.step.id));
      case 'thanks':
        return reply(said, bot(THANKS, state.step.id));
      case 'otherLanguage':
        // Offered, not done: the visitor taps the switch (offered.ts) and asks again in it.
        return reply(said, bot(offerOf(understood.locale), state.step.id));
      default:
        return reply(said, bot(NOT_UNDERSTOOD, state.step.id));
    }
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
    send: (event: ConversationEvent, said?: { label?: string; text?: string }) => send(event, said),
    show,
    ask,
    /**
     * The header's Start over: everything is erased from storage and the screen, and the
     * conversation before is held in memory so `undo()` can restore it until the next answer.
     */
    startOver: () => send({ type: 'RESTART' }, undefined, true),
    /** Brings back the conversation from before Start over, in the language shown now. */
    undo() {
      const kept = beforeRestart;
      if (!kept) return;
      beforeRestart = null;
      session = { ...kept.session, locale: state.locale };
      // Numbered anew after the lines Start over showed: ids only grow in the order shown (saved.ts).
      transcript = kept.transcript.map((entry) => ({ ...entry, id: nextId++ }));
      draft = kept.draft;
      publish();
    },
    setDraft(text: string) {
      if (text === draft) return;
      draft = text;
      // No re-render for each keystroke: the text box already shows it; only the store needs it.
      state = { ...state, draft };
      // Written at once, not when idle: unsent text is what keeps another tab's step from
      // replacing this conversation (the watch above), so a late write of it would land over
      // a step the other tab took meanwhile, and that tab would follow it back.
      if (later) later.now();
      else write();
    },
    stop() {
      // What is waiting to be saved is saved: a widget mounted again continues from it.
      later?.stop();
      stopped = true;
      unfollow();
      listeners.clear();
    },
  };
}

export type Conversation = ReturnType<typeof createConversation>;
