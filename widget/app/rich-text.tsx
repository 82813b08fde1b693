import { useMemo } from 'preact/hooks';
import { readMarkup, textOf } from '../sanitize/markup';

/**
 * Content markup through the one sanitizer module's reader: the canonical allow-listed subset as
 * elements, anything else as its text only. No HTML parser and no string sink are involved.
 */
export function RichText({ html, class: className, id }: { html: string; class?: string; id?: string }) {
  const children = useMemo(() => readMarkup(html) ?? textOf(html), [html]);
  return (
    <div class={className} id={id}>
      {children}
    </div>
  );
}
