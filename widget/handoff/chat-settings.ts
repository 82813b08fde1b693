/**
 * data-chat-provider and data-chat-fields (README, "Live chat from your chat vendor"), read by the
 * app from the settings the loader hands it, so the loader does not grow (test/bench/size-graph.mjs).
 * A bad value logs one warning naming the attribute, as every other attribute does (docs/product.md).
 */
export const PROVIDERS = ['salesforce', 'zendesk', 'livechat', 'intercom', 'chatwoot'] as const;
export type ChatProvider = (typeof PROVIDERS)[number];

/** What the widget can put in a vendor's fields: the consented summary's text and its language. */
export const FIELDS = ['summary', 'language'] as const;
export type FieldName = (typeof FIELDS)[number];
export type ChatFields = Partial<Record<FieldName, string>>;

export interface ChatVendor {
  provider: ChatProvider;
  /** The site's names (or ids) for our fields, from data-chat-fields; empty for the vendor's defaults. */
  fields: ChatFields;
}

/** A site's field name or id: letters, digits, _ . - (Salesforce API names, Zendesk ids, attribute keys). */
const NAME = /^[\w.-]{1,100}$/;

/**
 * The vendor chosen with data-chat-provider, or null. It needs data-chat-url: that link is what
 * the visitor gets when the vendor's chat cannot open, so without it the provider is ignored.
 */
export function readChatVendor(data: DOMStringMap, chatUrl: string | null, warn: (message: string) => void): ChatVendor | null {
  const name = data.chatProvider?.trim().toLowerCase();
  if (!name) return null;
  if (!(PROVIDERS as readonly string[]).includes(name)) {
    warn(`data-chat-provider="${data.chatProvider}" is not one of ${PROVIDERS.join(', ')}; using the chat link only.`);
    return null;
  }
  if (!chatUrl) {
    warn(`data-chat-provider="${name}" needs data-chat-url, the link the visitor gets if the chat cannot open; ignoring it.`);
    return null;
  }
  return { provider: name as ChatProvider, fields: readChatFields(data.chatFields, warn) };
}

/**
 * "summary:Helpline_Summary__c, language:Helpline_Language__c": our field, a colon, the site's
 * name for it. Each bad pair is left out with one warning; the others are used.
 */
export function readChatFields(raw: string | undefined, warn: (message: string) => void): ChatFields {
  const fields: ChatFields = {};
  for (const pair of (raw ?? '').split(',')) {
    if (!pair.trim()) continue;
    const [ours = '', theirs = '', ...rest] = pair.split(':').map((part) => part.trim());
    if (!(FIELDS as readonly string[]).includes(ours) || !NAME.test(theirs) || rest.length > 0) {
      warn(`data-chat-fields="${raw}": "${pair.trim()}" is not <${FIELDS.join('|')}>:<your field name>; leaving it out.`);
      continue;
    }
    fields[ours as FieldName] = theirs;
  }
  return fields;
}
