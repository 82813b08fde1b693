/**
 * Fills the `{name}` placeholders of a content string ({phone}, {emergency}, {kept}...; README.md, content overrides). A name
 * `value` has no answer for stays as written, so a gap shows instead of a blank. The one
 * placeholder rule: the widget's markup (widget/app/text.ts, which escapes the values), its plain
 * words (widget/summary/words.ts) and the reading-grade measure (widget/toolkit/readable-text.ts)
 * all fill through it.
 */
export function fillTemplate(template: string, value: (name: string) => string | undefined): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => value(name) ?? placeholder);
}
