import type { ChatProvider } from './chat-settings';
import type { OpenChat } from './adapters/vendor';

/**
 * One chunk per vendor, imported only when the site's data-chat-provider names it and the visitor
 * taps "Chat now": a page without the attribute never requests any (test/e2e/handoff.spec.ts).
 */
const ADAPTERS: Record<ChatProvider, () => Promise<{ openChat: OpenChat }>> = {
  salesforce: () => import('./adapters/salesforce'),
  zendesk: () => import('./adapters/zendesk'),
  livechat: () => import('./adapters/livechat'),
  intercom: () => import('./adapters/intercom'),
  chatwoot: () => import('./adapters/chatwoot'),
};

export const loadAdapter = (provider: ChatProvider): Promise<OpenChat> => ADAPTERS[provider]().then((mod) => mod.openChat);
