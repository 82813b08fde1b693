import { fieldValues, method, whenPresent, type OpenChat } from './vendor';

/**
 * Salesforce Messaging for In-App and Web (Enhanced Web Chat): the consented summary as hidden
 * pre-chat fields, then the chat window, maximized.
 * https://developer.salesforce.com/docs/service/messaging-web/references/m4w-reference/prechatAPI.html
 * https://developer.salesforce.com/docs/service/messaging-web/references/m4w-reference/utilAPI.html
 * Hidden fields may be set only after the page's onEmbeddedMessagingReady event and before the
 * conversation begins (https://developer.salesforce.com/docs/service/messaging-web/guide/pre-chat.html).
 */
const VENDOR = 'Salesforce Messaging for Web (embeddedservice_bootstrap)';

/** The hidden pre-chat fields' names in Setup, unless data-chat-fields names others. */
const DEFAULTS = { summary: 'Helpline_Summary', language: 'Helpline_Language' };

/** A Salesforce Text field holds at most 255 characters; a hidden field made shorter in Setup is the site's to match. */
export const LIMIT = 255;

export const openChat: OpenChat = async (request) => {
  const bootstrap = () => request.win.embeddedservice_bootstrap;
  const launch = await whenPresent(request, VENDOR, () => method(bootstrap(), 'utilAPI.launchChat'), 'onEmbeddedMessagingReady');
  const { values, cut } = fieldValues(request, 'Salesforce', DEFAULTS, LIMIT);
  if (Object.keys(values).length > 0) {
    const set = method(bootstrap(), 'prechatAPI.setHiddenPrechatFields');
    if (!set) throw new Error(`${VENDOR} has no prechatAPI.setHiddenPrechatFields`);
    set(values);
  }
  await launch();
  return { cut };
};
