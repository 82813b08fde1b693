import { fillTemplate } from '../../flows/fill-template';

/**
 * What a reader reads of a body, for the reading-grade measure (text-readability's
 * Flesch-Kincaid grade): markup removed, each list item and paragraph its own sentence, the
 * placeholders as the words a visitor sees. Used by the content test (test/unit/content.test.ts),
 * the checker (widget/toolkit/check-cli.ts) and the review page (widget/toolkit/review/).
 */
export function readableText(html: string, kept = ''): string {
  const read: Record<string, string> = { phoneHref: '', emergencyHref: '', phone: 'the helpline', emergency: '911', reopens: 'on Monday', kept };
  return fillTemplate(html, (name) => (Object.hasOwn(read, name) ? read[name] : undefined))
    .replace(/<\/(li|p)>/g, (end) => `.${end}`)
    .replace(/<[^>]+>/g, ' ')
    .replace(/([.?!:])\./g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
