/**
 * The allow-list of content markup (content/README.md), as data: shared by the reader that builds built-in
 * markup (markup.ts) and by DOMPurify, which judges every built-in body at test time and every
 * content override at load time (purify.ts).
 */
export const ALLOWED_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br', 'span'] as const;
export const ALLOWED_ATTR = ['href', 'lang'] as const;
/** Links: https: and tel: only (content/README.md). */
export const ALLOWED_URI = /^(?:https:|tel:)/i;
/**
 * `lang` only on a span, marking words in another language inside a sentence (WCAG 3.1.2,
 * https://www.w3.org/WAI/WCAG22/Understanding/language-of-parts): a short BCP 47 tag, a primary
 * language and optional subtags ("es", "en-US"), https://www.rfc-editor.org/rfc/rfc5646.
 */
export const LANG_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
