import { readFile } from 'node:fs/promises';

/**
 * The chat vendors' demo pages, /chat-<vendor>.html: one page (chat-vendor.html) filled in per
 * vendor, with what the vendor receives and the fields it needs (README, "Live chat").
 */
const VENDORS = {
  chatwoot: { name: 'Chatwoot', receives: 'conversation custom attributes helpline_summary and helpline_language' },
  intercom: { name: 'Intercom', receives: 'a new message with the summary typed in' },
  livechat: {
    name: 'LiveChat',
    receives: 'session variables helpline_summary and helpline_language, and the visitor&rsquo;s message draft',
  },
  salesforce: {
    name: 'Salesforce Messaging for In-App and Web',
    receives: 'hidden pre-chat fields Helpline_Summary and Helpline_Language',
    fields: 'summary:Helpline_Summary,language:Helpline_Language',
  },
  zendesk: {
    name: 'Zendesk messaging',
    receives: 'conversation fields 900000000001 and 900000000002 (Zendesk names fields by id)',
    fields: 'summary:900000000001,language:900000000002',
  },
};

/** The page for a path like /chat-zendesk.html, or null for any other path. */
export async function vendorPage(pathname, demoDir) {
  const vendor = /^\/chat-([a-z]+)\.html$/.exec(pathname)?.[1];
  const page = vendor && Object.hasOwn(VENDORS, vendor) ? VENDORS[vendor] : null;
  if (!page) return null;
  const values = { vendor, ...page };
  const template = await readFile(`${demoDir}/chat-vendor.html`, 'utf8');
  // An attribute the vendor has no value for is left out, not left empty (data-chat-fields).
  return template.replace(/\{\{(\w+)\}\}/g, (_, key) => values[key] ?? '').replace(/\s+[\w-]+=""/g, '');
}
