/**
 * Keyboard shortcuts of the staff view (docs/product.md): 1-9 choose an option, Backspace goes back,
 * Escape asks to start over. They must never fire while the specialist types (a text field on the
 * page or in the widget), nor with a modifier held (Ctrl+1 switches browser tabs), and they act
 * only while focus is in the guide or nowhere (WCAG 2.1.4 Character Key Shortcuts: "active only on
 * focus"): a key pressed on the desk page's own links and controls is theirs.
 */
export type ShortcutAction = { kind: 'option'; index: number } | { kind: 'back' } | { kind: 'restart' };

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** The element the key was really pressed in: composedPath()[0] looks inside shadow roots. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = (event.composedPath?.()[0] ?? event.target) as Element | null;
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  if (TYPING.has(target.tagName)) return true;
  return (target as HTMLElement).isContentEditable === true;
}

/**
 * Whether the key was pressed in the guide (composedPath()[0] reaches inside the open shadow
 * root) or with nothing focused (the page's body: a chosen button has just disappeared). A guide
 * the page took away without destroy() takes no keys: they belong to whatever the page shows now.
 */
export function inGuide(event: KeyboardEvent, guide: Element): boolean {
  if (!guide.isConnected) return false;
  const target = (event.composedPath?.()[0] ?? event.target) as Node | null;
  if (!target || typeof target.nodeType !== 'number') return true;
  const doc = guide.ownerDocument;
  return target === doc || target === doc.body || target === doc.documentElement || guide.contains(target);
}

export function shortcutFor(event: KeyboardEvent, guide?: Element): ShortcutAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return null;
  if (guide && !inGuide(event, guide)) return null;
  if (/^[1-9]$/.test(event.key)) return { kind: 'option', index: Number(event.key) - 1 };
  if (event.key === 'Backspace') return { kind: 'back' };
  if (event.key === 'Escape') return { kind: 'restart' };
  return null;
}
