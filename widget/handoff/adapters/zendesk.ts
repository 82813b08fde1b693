import { fieldValues, whenPresent, type OpenChat } from './vendor';

/**
 * Zendesk messaging (the messaging Web Widget): the consented summary as conversation fields, then
 * the messenger, opened. https://developer.zendesk.com/api-reference/widget-messaging/web/core
 * Conversation fields are custom ticket fields by id, made in Admin Center and open to end users
 * (https://developer.zendesk.com/documentation/zendesk-web-widget-sdks/sdks/android/messaging_metadata),
 * so they have no default here: data-chat-fields="summary:<field id>,language:<field id>".
 */
const VENDOR = 'Zendesk messaging (zE)';

/** A single-line text ticket field; kept to 255 characters, the length the other vendors here take. */
export const LIMIT = 255;

type ZE = (...args: unknown[]) => unknown;

export const openChat: OpenChat = async (request) => {
  const zE = await whenPresent(request, VENDOR, () => (typeof request.win.zE === 'function' ? (request.win.zE as ZE) : undefined));
  const { values, cut } = fieldValues(request, 'Zendesk', {}, LIMIT);
  const fields = Object.entries(values).map(([id, value]) => ({ id, value }));
  if (fields.length > 0) zE('messenger:set', 'conversationFields', fields);
  zE('messenger', 'open');
  return { cut };
};
