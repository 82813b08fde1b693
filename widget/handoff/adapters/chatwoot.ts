import { fieldValues, method, whenPresent, type OpenChat } from './vendor';

/**
 * Chatwoot (the website widget SDK, window.$chatwoot): the consented summary as conversation
 * custom attributes (contact attributes on an older Chatwoot without them), then the widget,
 * opened. The attributes are made in Settings, Custom Attributes, with these keys unless
 * data-chat-fields names others. $chatwoot exists as soon as the SDK runs, but passes messages to
 * its frame only once that has loaded ($chatwoot.hasLoaded, the page's "chatwoot:ready" event).
 * https://github.com/chatwoot/chatwoot/blob/develop/app/javascript/entrypoints/sdk.js
 */
const VENDOR = 'Chatwoot ($chatwoot)';

const DEFAULTS = { summary: 'helpline_summary', language: 'helpline_language' };

/** A text attribute's value is kept to 255 characters, the length the other vendors here take. */
export const LIMIT = 255;

export const openChat: OpenChat = async (request) => {
  const chatwoot = () => request.win.$chatwoot;
  const toggle = await whenPresent(
    request,
    VENDOR,
    () => ((chatwoot() as { hasLoaded?: unknown } | undefined)?.hasLoaded ? method(chatwoot(), 'toggle') : undefined),
    'chatwoot:ready',
  );
  const { values, cut } = fieldValues(request, 'Chatwoot', DEFAULTS, LIMIT);
  if (Object.keys(values).length > 0) {
    const set = method(chatwoot(), 'setConversationCustomAttributes') ?? method(chatwoot(), 'setCustomAttributes');
    if (!set) throw new Error(`${VENDOR} has neither setConversationCustomAttributes nor setCustomAttributes`);
    set(values);
  }
  toggle('open');
  return { cut };
};
