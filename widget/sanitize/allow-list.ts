/**
 * The allow-list of content markup (content/README.md), as data: shared by the reader that builds built-in
 * markup (markup.ts) and by DOMPurify, which judges every built-in body at test time and every
 * content override at load time (purify.ts).
 */
export const ALLOWED_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'] as const;
export const ALLOWED_ATTR = ['href'] as const;
/** Links: https: and tel: only (content/README.md). */
export const ALLOWED_URI = /^(?:https:|tel:)/i;
