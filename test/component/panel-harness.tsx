import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { en } from '../../content/en';
import { es } from '../../content/es';
import type { Locale, LocaleContent } from '../../content/types';
import { chatSetup, type ChatSetup } from '../../widget/app/chat-hours';
import { createConversation, type ConversationOptions } from '../../widget/app/conversation';
import { loadHandoffView } from '../../widget/app/handoff-slot';
import { Panel } from '../../widget/app/panel';
import type { HandoffDetail } from '../../widget/handoff/shared';
import type { VendorHooks } from '../../widget/handoff/vendor-chat';

// The hand-off card is a chunk of its own in the widget: here it is loaded before any test renders.
await loadHandoffView();

export const vars = { phone: '1-800-227-2345', emergency: '911' };
export const CONTENT: Record<Locale, LocaleContent> = { en, es };

export interface Harness {
  chat?: ChatSetup;
  now?: Date;
  conversation?: Partial<ConversationOptions>;
  vendor?: VendorHooks;
}

/** The panel as the widget mounts it, with the language switch wired to real content. */
export function renderPanel({ chat, now, conversation: options, vendor }: Harness = {}) {
  const conversation = createConversation({ locale: 'en', ...options });
  const handlers = { onClose: vi.fn(), onHandoff: vi.fn((_detail: HandoffDetail) => true), onLocale: vi.fn() };
  const setup = chat ?? chatSetup(null, null, () => {});
  const clock = () => now ?? new Date('2026-11-23T16:00:00Z');
  const view = (locale: Locale) => (
    <Panel
      conversation={conversation}
      content={CONTENT[locale]}
      vars={vars}
      open
      chat={setup}
      now={clock}
      vendor={vendor}
      {...handlers}
      onLocale={(next) => {
        handlers.onLocale(next);
        conversation.send({ type: 'SET_LOCALE', locale: next });
        result.rerender(view(next));
      }}
    />
  );
  const result = render(view(conversation.getState().locale));
  return { conversation, ...handlers, ...result };
}
