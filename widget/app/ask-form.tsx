import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Conversation } from './conversation';

type T = (key: string) => string;

/**
 * The labelled text box for typed questions. It is uncontrolled so a re-render never moves the
 * caret; what is typed goes to the conversation's draft, which is saved with it (docs/product.md: "typed
 * text in the box is not lost").
 */
export function AskForm({ t, draft, conversation }: { t: T; draft: string; conversation: Conversation }) {
  const input = useRef<HTMLInputElement>(null);
  // The box mirrors every keystroke into the conversation's draft, so they differ only when the
  // conversation erased it (start over, reset()): then the box is emptied too.
  useLayoutEffect(() => {
    const current = conversation.getState().draft;
    if (input.current && input.current.value !== current) input.current.value = current;
  });
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const el = input.current;
    if (!el?.value.trim()) return;
    const text = el.value;
    el.value = '';
    conversation.ask(text);
    // Stay in the box: a visitor typing questions keeps typing.
    el.focus();
  };
  return (
    <form class="ask" onSubmit={onSubmit}>
      <label class="ask-label" for="hw-ask">
        {t('ui.typeQuestion')}
      </label>
      <div class="ask-row">
        <input
          ref={input}
          id="hw-ask"
          class="ask-input"
          type="text"
          autocomplete="off"
          enterkeyhint="send"
          defaultValue={draft}
          onInput={(event) => conversation.setDraft((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="send">
          {t('ui.send')}
        </button>
      </div>
    </form>
  );
}
