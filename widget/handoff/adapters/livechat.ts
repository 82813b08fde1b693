import { fieldValues, method, whenPresent, type OpenChat } from './vendor';

/**
 * LiveChat (the Chat Widget JS API, LiveChatWidget.call): the consented summary as session
 * variables for the agent, and as a draft in the visitor's own message box, which they see and
 * may edit before sending. https://platform.text.com/docs/extending-chat-widget/javascript-api
 * The tracking snippet queues calls made before the widget has loaded, so a call is never lost.
 */
const VENDOR = 'LiveChat (LiveChatWidget)';

const DEFAULTS = { summary: 'helpline_summary', language: 'helpline_language' };

/** Each session variable's value is kept to 255 characters; the draft is the visitor's to edit and is not cut. */
export const LIMIT = 255;

export const openChat: OpenChat = async (request) => {
  const call = await whenPresent(request, VENDOR, () => method(request.win.LiveChatWidget, 'call'));
  const { values, cut } = fieldValues(request, 'LiveChat', DEFAULTS, LIMIT);
  if (Object.keys(values).length > 0) call('set_session_variables', values);
  if (request.summary) call('maximize', { messageDraft: request.summary.shared.text });
  else call('maximize');
  return { cut };
};
