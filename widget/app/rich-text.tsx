import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeToFragment } from '../sanitize';

/** Content markup, through the one sanitizer, appended as nodes (no innerHTML sink). */
export function RichText({ html, class: className }: { html: string; class?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const view = el.ownerDocument.defaultView;
    if (view) el.replaceChildren(sanitizeToFragment(html, view));
  }, [html]);
  return <div class={className} ref={ref} />;
}
