import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale, LocaleContent } from '../../content/types';
import { telHref } from '../embed/config';
import { AskForm } from './ask-form';
import { BotLine } from './bot-line';
import { HandoffCard, RiskCard, UserLine } from './cards';
import { ConfirmLine } from './confirm-line';
import { EmergencyCard } from './emergency-card';
import type { ChatOffer } from './chat-hours';
import type { Conversation, ConversationEvent, ConversationState } from './conversation';
import { GlobalControls } from './global-controls';
import { PanelHeader } from './panel-header';
import { placeTurn } from './place-turn';
import { fill, type TextVars } from './text';
import { VisitorSummary } from '../summary/visitor-summary';

export interface PanelProps {
  conversation: Conversation;
  /** The current locale's content (one language is loaded at a time). */
  content: LocaleContent;
  vars: TextVars;
  open: boolean;
  /** Whether to draw the transcript; false only while the hidden panel is first drawn in idle pieces (mount.tsx). */
  lines?: boolean;
  chat: ChatOffer;
  /** The widget's clock, read when a hand-off card shows (no timers in the machine). */
  now(): Date;
  onClose(): void;
  onMinimize(): void;
  onLocale(locale: Locale): void;
  /** Reports a hand-off; false when the site took it over (preventDefault on helpline:handoff). */
  onHandoff(channel: 'phone' | 'chat'): boolean;
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
 * The chat panel: a non-modal dialog (WAI-ARIA APG) with the transcript as a polite live log,
 * the current options as buttons, a text box for questions, and the helpline always one tap away.
 */
export function Panel(props: PanelProps) {
  const { conversation, content, vars, open, chat, now, onClose, onHandoff } = props;
  const state = useConversation(conversation);
  // Stable while the language and settings are: the memoized transcript lines compare it by identity.
  const t = useMemo(() => (key: string) => fill(content.ui[key] ?? key, vars), [content, vars]);
  const onChat = useMemo(() => () => onHandoff('chat'), [onHandoff]);
  const dialog = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const transcript = useRef<HTMLDivElement>(null);
  const options = useRef<HTMLDivElement>(null);
  const call = useRef<HTMLAnchorElement>(null);
  /** Set when the visitor chose an option: its button is about to disappear with the step. */
  const chose = useRef(false);

  useEffect(() => {
    if (open) dialog.current?.focus();
  }, [open]);

  // A new turn is placed by its first line (place-turn.ts); focus stays where the visitor is.
  // While the panel is hidden it has no layout to scroll (display: none), so nothing is read then.
  const shownId = useRef(0);
  // A topic's words load on demand (load-topics.ts): its turn is placed once they are drawn.
  const waiting = state.transcript.some((e) => e.id > shownId.current && e.by === 'bot' && !(e.key in content.items));
  useLayoutEffect(() => {
    const box = scroller.current;
    const log = transcript.current;
    if (!box || !log || !open || waiting) return;
    const opening = shownId.current === 0;
    const lines = state.transcript;
    let start = lines.findIndex((entry) => entry.id > shownId.current);
    shownId.current = lines[lines.length - 1]?.id ?? 0;
    if (start < 0) return;
    // Just opened: from the start of the last turn the visitor took (the top while none).
    if (opening) {
      start = lines.length - 1;
      while (start > 0 && lines[start]?.by !== 'user') start--;
    }
    const place = () => {
      const entries = [...log.children];
      const first = entries[start];
      const said = entries.slice(start).find((el) => el.getAttribute('data-by') !== 'user') ?? first;
      if (!first || !said) return;
      // At short heights (400% zoom) the whole panel scrolls instead (panel.css).
      const whole = getComputedStyle(box).overflowY === 'visible';
      placeTurn({ box: whole ? dialog.current! : box, cover: call.current, first, said, option: options.current?.querySelector('button') });
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
  useLayoutEffect(() => {
    if (!chose.current) return;
    chose.current = false;
    const root = dialog.current?.getRootNode() as Document | ShadowRoot | undefined;
    const active = root?.activeElement;
    if (active && dialog.current?.contains(active)) return;
    (options.current?.querySelector('button') ?? dialog.current)?.focus({ preventScroll: true });
  }, [state.step]);

  const choose = (event: ConversationEvent, label: string) => {
    // The offer to switch language (widget/app/offered.ts) switches as the header's button does.
    if (event.type === 'SET_LOCALE') return props.onLocale(event.locale);
    chose.current = true;
    conversation.send(event, { label });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };

  // Any tel: link to the helpline (the call button, the number inside an answer) is a hand-off.
  const onClick = (event: MouseEvent) => {
    const target = event.composedPath()[0];
    const link = target instanceof Element ? target.closest('a[href^="tel:"]') : null;
    if (link && link.getAttribute('href') === telHref(vars.phone)) onHandoff('phone');
  };

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
        onStartOver={() => conversation.send({ type: 'RESTART' })}
        onMinimize={props.onMinimize}
        onClose={onClose}
      />
      <p class="automated">{t('ui.automated')}</p>
      {/* The transcript and the replies scroll together; the text box and the call link stay put,
          so at 320 px or 200% zoom they are never pushed off screen (docs/product.md). */}
      <div ref={scroller} class="scroller">
      <div ref={transcript} class="transcript" role="log" aria-live="polite" aria-label={t('ui.transcript')}>
        {props.lines !== false && state.transcript.map((entry) => (
          // One element per entry: the turn placement finds lines by it, whatever a card draws.
          <div key={entry.id} class="entry" data-by={entry.by}>
            {entry.by === 'user' ? (
              <UserLine label={entry.label} text={entry.text} t={t} />
            ) : entry.by === 'bot' ? (
              <BotLine content={content} itemKey={entry.key} vars={vars} />
            ) : entry.kind === 'risk' ? (
              <RiskCard risk={entry.risk} t={t} />
            ) : entry.kind === 'calls' ? (
              <EmergencyCard calls={entry.calls} t={t} vars={vars} />
            ) : entry.kind === 'confirm' ? (
              <ConfirmLine echo={entry.echo} t={t} lang={content.lang} />
            ) : (
              <>
                <HandoffCard content={content} vars={vars} chat={chat} now={now} t={t} open={open} onChat={onChat} />
                {/* The summary to tell the specialist, under the latest hand-off only. */}
                {entry === latestHandoff && (
                  <VisitorSummary step={state.step} transcript={state.transcript} content={content} vars={vars} />
                )}
              </>
            )}
          </div>
        ))}
      </div>
      <div ref={options} class="options" role="group" aria-label={t('ui.options')}>
        {/* A topic's buttons wait for its words, which load on demand (load-topics.ts). */}
        {state.options.filter((option) => option.label in content.ui).map((option, index) => (
          <button
            key={`${state.step.id}:${option.label}:${index}`}
            type="button"
            class="option"
            onClick={() => choose(option.event as ConversationEvent, option.label)}
          >
            {t(option.label)}
          </button>
        ))}
      </div>
      <GlobalControls t={t} state={state} choose={choose} />
      </div>
      <AskForm t={t} draft={state.draft} conversation={conversation} />
      <a ref={call} class="call" href={telHref(vars.phone)}>
        {t('ui.callHelpline')}
      </a>
    </div>
  );
}
