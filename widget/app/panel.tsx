import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale, LocaleContent } from '../../content/types';
import { telHref } from '../embed/config';
import { AskForm } from './ask-form';
import { closeInnermost } from './close-innermost';
import type { ChatOffer } from './chat-hours';
import type { Conversation, ConversationEvent, ConversationState } from './conversation';
import { firstAfter } from './first-after';
import { GlobalControls } from './global-controls';
import type { HandoffDetail } from '../handoff/shared';
import type { VendorHooks } from '../handoff/vendor-chat';
import { modalWhileFullScreen } from './modal';
import { PanelHeader } from './panel-header';
import { placeTurn } from './place-turn';
import { spokenText } from './spoken';
import { fill, type TextVars } from './text';
import { chunksOf, TranscriptChunk } from './transcript-chunk';
import { lastLine, previousLine } from './transcript-lines';
import { WordsPending } from './words-pending';

export interface PanelProps {
  conversation: Conversation;
  /** The current locale's content (one language is loaded at a time). */
  content: LocaleContent;
  vars: TextVars;
  open: boolean;
  /** Whether to draw the transcript; false only while the hidden panel is first drawn in idle pieces (visitor-mode.tsx). */
  lines?: boolean;
  /** Whether opening moves focus into the panel: not for an inline embed opened by its page (visitor-mode.tsx). */
  focus?: boolean;
  chat: ChatOffer;
  /** The widget's clock, read when a hand-off card shows (no timers in the machine). */
  now(): Date;
  onClose(): void;
  onLocale(locale: Locale): void;
  /** Reports a hand-off; false when the site took it over (preventDefault on helpline:handoff). */
  onHandoff(detail: HandoffDetail): boolean;
  /** The site's own chat (data-chat-provider), opened from the hand-off card instead of the link. */
  vendor?: VendorHooks | undefined;
  /** The words the step on show waits for could not load (visitor-mode.tsx); `onRetry` loads them again. */
  wordsFailed?: boolean;
  onRetry?(): void;
}

/** The lines since the visitor's last one: what the assistant says this turn. */
function lastTurn(state: ConversationState) {
  const lines = state.transcript;
  let from = lines.length;
  while (from > 0 && lines[from - 1]!.by !== 'user') from--;
  return lines.slice(from);
}

/**
 * The element of each line from `index` on (one element per entry), read back from the end: the
 * newest lines of a long transcript, without walking it from the first.
 */
function linesFrom(log: Element, lines: readonly unknown[], index: number): Element[] {
  const found: Element[] = [];
  for (let el = lastLine(log); el && found.length < lines.length - index; el = previousLine(el)) found.unshift(el);
  return found;
}

/** Subscribe in a layout effect: Preact defers effects, and an event sent right after mount would be missed. */
function useConversation(conversation: Conversation): ConversationState {
  const [state, setState] = useState(conversation.getState());
  useLayoutEffect(() => {
    setState(conversation.getState());
    return conversation.subscribe(() => setState(conversation.getState()));
  }, [conversation]);
  return state;
}

/**
 * The chat panel: a dialog (WAI-ARIA APG; modal only while it covers a phone's screen, modal.ts)
 * with the transcript as a log, the current options as buttons, a text box for questions, and
 * the helpline always one tap away. A screen reader hears each turn once, from a status region:
 * who said it and its words, without its sources or glossary (spoken.ts), and a language switch
 * as one sentence rather than every line rewritten (Bot Framework Web Chat, docs/ACCESSIBILITY.md).
 */
export function Panel(props: PanelProps) {
  const { conversation, content, vars, open, chat, now, onClose, onHandoff } = props;
  const state = useConversation(conversation);
  // Stable while the language and settings are: the memoized transcript lines compare it by identity.
  const t = useMemo(() => (key: string) => fill(content.ui[key] ?? key, vars), [content, vars]);
  const dialog = useRef<HTMLDivElement>(null);
  /**
   * Where focus goes on opening, and when a choice leaves no answer to focus: the dialog's title,
   * its name, at the top (WAI-ARIA APG, "Dialog (Modal)": a static element at the start). Not the
   * dialog itself: its ring is drawn around the panel, off screen where the panel fills a phone's.
   */
  const title = useRef<HTMLHeadingElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const transcript = useRef<HTMLDivElement>(null);
  const options = useRef<HTMLDivElement>(null);
  const call = useRef<HTMLAnchorElement>(null);
  /** The line under the header: "automated guide", or "Conversation cleared" with Undo. */
  const strip = useRef<HTMLParagraphElement>(null);
  /** Set when the visitor chose an option: its button is about to disappear with the step. */
  const chose = useRef(false);
  /** Set when Undo brought a conversation back: it is shown from its last turn, as on opening. */
  const undone = useRef(false);

  // The transcript's arrow keys and single tab stop (keyboard.ts), in their own chunk: fetched when
  // the panel first opens, so it is there before the first Tab press.
  const keys = useRef<Promise<() => void> | null>(null);
  useEffect(() => {
    if (open) keys.current ??= import('./keyboard').then(({ keyboard }) => (transcript.current ? keyboard(transcript.current) : () => {}));
    if (open && props.focus !== false) title.current?.focus();
    if (open) return modalWhileFullScreen(dialog.current!, window);
  }, [open]);

  const shownId = useRef(0);
  // Words that load apart (the rest of the language, a topic family: visitor-mode.tsx): a turn is placed
  // and said once they are drawn.
  const waiting = state.transcript.slice(firstAfter(state.transcript, shownId.current)).some((e) => e.by === 'bot' && !(e.key in content.items));
  // The step on show lacks some of its words yet: its buttons wait for them (words-pending.tsx).
  const unready =
    state.options.some((option) => !(option.label in content.ui)) || lastTurn(state).some((e) => e.by === 'bot' && !(e.key in content.items));
  const failed = unready && props.wordsFailed === true;

  // What the status region says now; `n` makes each announcement new nodes, so a repeat is heard.
  const [heard, setHeard] = useState({ n: 0, lines: [] as string[] });
  /** The newest line announced; -1 while closed (opening reads the dialog, not the history). */
  const spoken = useRef(-1);
  useLayoutEffect(() => {
    if (waiting) return;
    const log = transcript.current;
    const lines = state.transcript;
    const from = spoken.current;
    spoken.current = open && log && props.lines !== false ? (lines[lines.length - 1]?.id ?? 0) : -1;
    if (from < 0 || !log) return;
    const said: string[] = [];
    let who = '';
    const start = firstAfter(lines, from);
    linesFrom(log, lines, start).forEach((line, index) => {
      const text = spokenText(line);
      if (!text) return;
      const by = lines[start + index]!.by === 'user' ? 'ui.youSaid' : 'ui.assistantSaid';
      if (by === who) said[said.length - 1] += ` ${text}`;
      else said.push(`${t(by)} ${text}`);
      who = by;
    });
    // After Start over, the one status region says so first: Undo is the button under the welcome.
    if (said.length && state.canUndo) said.unshift(t('ui.cleared'));
    if (said.length) setHeard((was) => ({ n: was.n + 1, lines: said }));
  }, [state.transcript, open, props.lines, waiting]);
  useLayoutEffect(() => {
    if (open && failed) setHeard((was) => ({ n: was.n + 1, lines: [t('ui.notLoaded')] }));
  }, [open, failed]);
  const lang = useRef(content.lang);
  useLayoutEffect(() => {
    if (lang.current === content.lang) return;
    lang.current = content.lang;
    if (open) setHeard((was) => ({ n: was.n + 1, lines: [t('ui.nowInLanguage')] }));
  }, [content]);

  // A new turn is placed by its first line (place-turn.ts); focus stays where the visitor is.
  // While the panel is hidden it has no layout to scroll (display: none), so nothing is read then.
  useLayoutEffect(() => {
    const box = scroller.current;
    const log = transcript.current;
    if (!box || !log || !open || waiting) return;
    const opening = shownId.current === 0 || undone.current;
    undone.current = false;
    const lines = state.transcript;
    let start = firstAfter(lines, shownId.current);
    shownId.current = lines[lines.length - 1]?.id ?? 0;
    if (start === lines.length) return;
    // Just opened: from the start of the last turn the visitor took (the top while none).
    if (opening) {
      start = lines.length - 1;
      while (start > 0 && lines[start]?.by !== 'user') start--;
    }
    const place = () => {
      const turn = linesFrom(log, lines, start);
      const first = turn[0];
      const said = turn.find((el) => el.getAttribute('data-by') !== 'user') ?? first;
      if (!first || !said) return;
      // At short heights (400% zoom) the whole panel scrolls instead (panel.css), the header and
      // the line under it with it. After Start over, focus is still on Start over in the header,
      // and that line, with Undo, is said first (the status region says "Conversation cleared"
      // first too): the panel is shown from its top, header, then Undo, then the welcome.
      const whole = getComputedStyle(box).overflowY === 'visible';
      if (whole && state.canUndo) {
        dialog.current!.scrollTop = 0;
        return;
      }
      placeTurn({
        box: whole ? dialog.current! : box,
        cover: call.current,
        first,
        said,
        option: options.current?.querySelector('button'),
      });
    };
    if (!opening) return place();
    // Just opened: reading layout now would force a layout of the whole panel inside the click
    // (most of click-to-first-message, BENCHMARKS.md). In the next frame, before it is painted,
    // the layout that frame needs anyway answers it.
    const frame = requestAnimationFrame(place);
    return () => cancelAnimationFrame(frame);
  }, [state.transcript, open, waiting]);
  useLayoutEffect(() => {
    if (!open) shownId.current = 0;
  }, [open]);

  // The chosen button is gone with its step: give focus to the new step's first option, so a
  // keyboard or screen-reader user is not dropped to the top of the page.
  // While the step's words load it has no buttons: focus waits on the title, and goes to them
  // when they come, or to "Try again" if they cannot (words-pending.tsx).
  useLayoutEffect(() => {
    if (!chose.current) return;
    if (!unready) chose.current = false;
    const root = dialog.current?.getRootNode() as Document | ShadowRoot | undefined;
    const active = root?.activeElement;
    if (active && active !== title.current && dialog.current?.contains(active)) return;
    (options.current?.querySelector('button') ?? title.current)?.focus({ preventScroll: true });
  }, [state.step, unready, failed]);

  const choose = (event: ConversationEvent, label: string) => {
    // The offer to switch language (widget/app/offered.ts) switches as the header's button does.
    if (event.type === 'SET_LOCALE') return props.onLocale(event.locale);
    chose.current = true;
    // Start over erases the conversation: Undo can bring it back until the next answer.
    if (event.type === 'RESTART') return conversation.startOver();
    conversation.send(event, { label });
  };

  useEffect(() => () => void keys.current?.then((stop) => stop()), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.stopPropagation();
    if (!closeInnermost(event.target as Element)) onClose();
  };

  // Any tel: link to the helpline (the call button, the number inside an answer) is a hand-off,
  // with nothing shared; the hand-off card's own buttons (data-handoff) report theirs.
  const onClick = (event: MouseEvent) => {
    const target = event.composedPath()[0];
    const link = target instanceof Element ? target.closest('a[href^="tel:"]') : null;
    if (link && link.getAttribute('href') === telHref(vars.phone) && !link.hasAttribute('data-handoff'))
      onHandoff({ channel: 'phone', shared: false });
  };

  // The answers are named by the question they answer, when the last line asks one.
  const ids = useId();
  const last = state.transcript[state.transcript.length - 1];
  const asked = (last?.by === 'bot' && last.key.endsWith('.ask')) || (last?.by === 'card' && last.kind === 'confirm') ? `${ids}-${last.id}` : '';

  const latestHandoff = useMemo(() => {
    for (let i = state.transcript.length - 1; i >= 0; i--) {
      const entry = state.transcript[i];
      if (entry?.by === 'card' && entry.kind === 'handoff') return entry;
    }
    return undefined;
  }, [state.transcript]);

  return (
    <div
      ref={dialog}
      class="panel"
      role="dialog"
      aria-labelledby="hw-title"
      lang={content.lang}
      tabIndex={-1}
      hidden={!open}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <PanelHeader
        t={t}
        locale={state.locale}
        onLocale={props.onLocale}
        onStartOver={() => conversation.startOver()}
        onClose={onClose}
        titleRef={title}
      />
      {/* Under the header, one line: that this is an automated guide; or, right after Start over
          and until the next answer, that the conversation was cleared, with Undo. Here rather
          than in the transcript, so the new welcome and its first option keep the room at 320x568;
          the welcome itself says it is an automated guide. Not a second status region: the one
          below says "Conversation cleared" with the welcome. */}
      <p ref={strip} class={state.canUndo ? 'automated cleared' : 'automated'}>
        {state.canUndo ? (
          <>
            {t('ui.cleared')}{' '}
            <button
              type="button"
              class="undo-button"
              onClick={() => {
                undone.current = true;
                chose.current = true;
                conversation.undo();
              }}
            >
              {t('ui.undo')}
            </button>
          </>
        ) : (
          t('ui.automated')
        )}
      </p>
      {/* The transcript and the replies scroll together; the text box and the call link stay put,
          so at 320 px or 200% zoom they are never pushed off screen (docs/product.md). */}
      <div ref={scroller} class="scroller">
        {/* Not live: the status region below says each turn once (aria-live="off" overrides the log's own). */}
        <div ref={transcript} class="transcript" role="log" aria-live="off" aria-label={t('ui.transcript')}>
          {props.lines !== false &&
            chunksOf(state.transcript).map((entries, index) => (
              <TranscriptChunk
                key={index}
                entries={entries}
                ids={ids}
                t={t}
                content={content}
                vars={vars}
                chat={chat}
                now={now}
                open={open}
                latest={latestHandoff}
                session={state.session}
                transcript={state.transcript}
                onHandoff={onHandoff}
                vendor={props.vendor}
              />
            ))}
        </div>
        <div ref={options} class="options" role="group" aria-labelledby={`${asked} ${ids}-hint`.trim()}>
          <span id={`${ids}-hint`} hidden>
            {t('ui.options')}
          </span>
          {unready && <WordsPending t={t} vars={vars} failed={failed} onRetry={() => props.onRetry?.()} />}
          {!unready &&
            state.options.map((option, index) => (
              <button
                key={`${state.step.id}:${option.label}:${index}`}
                type="button"
                class="option"
                // The switch to the other language is said in it (WCAG 3.1.2).
                lang={option.event.type === 'SET_LOCALE' ? (option.event.locale as string) : undefined}
                onClick={() => choose(option.event as ConversationEvent, option.label)}
              >
                {t(option.label)}
              </button>
            ))}
        </div>
        <GlobalControls t={t} state={state} choose={choose} />
      </div>
      <div class="visually-hidden" role="status">
        {heard.lines.map((line, index) => (
          <p key={`${heard.n}:${index}`}>{line}</p>
        ))}
      </div>
      <AskForm t={t} draft={state.draft} conversation={conversation} />
      <a ref={call} class="call" href={telHref(vars.phone)}>
        {t('ui.callHelpline')}
      </a>
    </div>
  );
}
