import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SOURCES, type LocaleContent } from '../../content';
import { telHref } from '../embed/config';
import type { Conversation, ConversationState } from './conversation';
import { RichText } from './rich-text';
import { fill, type TextVars } from './text';

export interface PanelProps {
  conversation: Conversation;
  content: Record<'en' | 'es', LocaleContent>;
  vars: TextVars;
  open: boolean;
  onClose(): void;
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
 * the current options as buttons, and the helpline always one tap away.
 */
export function Panel({ conversation, content, vars, open, onClose }: PanelProps) {
  const state = useConversation(conversation);
  const c = content[state.locale];
  const t = (key: string) => fill(c.ui[key] ?? key, vars);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) dialog.current?.focus();
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      ref={dialog}
      class="panel"
      role="dialog"
      aria-labelledby="hw-title"
      lang={c.lang}
      tabIndex={-1}
      hidden={!open}
      onKeyDown={onKeyDown}
    >
      <div class="header">
        <h2 id="hw-title" class="title">
          {t('ui.title')}
        </h2>
        <button type="button" class="icon-button" aria-label={t('ui.close')} onClick={onClose}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </div>
      <p class="automated">{t('ui.automated')}</p>
      <div class="transcript" role="log" aria-live="polite" aria-label={t('ui.transcript')}>
        {state.transcript.map((entry) =>
          entry.by === 'bot' ? (
            <BotLine key={entry.id} content={c} itemKey={entry.key} vars={vars} />
          ) : (
            <p key={entry.id} class="line user">
              {entry.label ? t(entry.label) : entry.text}
            </p>
          ),
        )}
      </div>
      <div class="options" role="group" aria-label={t('ui.options')}>
        {state.step.options.map((option) => (
          <button
            key={option.label}
            type="button"
            class="option"
            onClick={() => conversation.send(option.event as never, { label: option.label })}
          >
            {t(option.label)}
          </button>
        ))}
      </div>
      <a class="call" href={telHref(vars.phone)}>
        {t('ui.callHelpline')}
      </a>
    </div>
  );
}

function BotLine({ content, itemKey, vars }: { content: LocaleContent; itemKey: string; vars: TextVars }) {
  const item = content.items[itemKey];
  if (!item) return null;
  const medical = item.sources.some((id) => id !== 'editorial');
  return (
    <div class="line bot">
      <RichText html={fill(item.body, vars)} />
      {medical && (
        <p class="source">
          {content.ui['ui.source']}:{' '}
          {item.sources
            .filter((id) => id !== 'editorial')
            .map((id) => `${SOURCES[id].publisher}, “${SOURCES[id].title}” (${SOURCES[id].revised})`)
            .join('; ')}
        </p>
      )}
    </div>
  );
}
