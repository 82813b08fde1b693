/**
 * What a reader reads of a body, for the reading-grade measure (text-readability's
 * Flesch-Kincaid grade): markup removed, each list item and paragraph its own sentence, the
 * placeholders as the words a visitor sees. Used by the content test (test/unit/content.test.ts),
 * the checker (widget/toolkit/check-cli.ts) and the review page (widget/toolkit/review/).
 */
export function readableText(html: string, kept = ''): string {
  return html
    .replace(/\{(phoneHref|emergencyHref)\}/g, '')
    .replace(/\{phone\}/g, 'the helpline')
    .replace(/\{emergency\}/g, '911')
    .replace(/\{reopens\}/g, 'on Monday')
    .replace(/\{kept\}/g, kept)
    .replace(/<\/(li|p)>/g, (end) => `.${end}`)
    .replace(/<[^>]+>/g, ' ')
    .replace(/([.?!:])\./g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
