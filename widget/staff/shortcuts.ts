/**
 * Keyboard shortcuts of the staff view (docs/product.md): 1-9 choose an option, Backspace goes back,
 * Escape starts over. They must never fire while the specialist types (a text field on the
 * page or in the widget), nor with a modifier held (Ctrl+1 switches browser tabs).
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

export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return null;
  if (/^[1-9]$/.test(event.key)) return { kind: 'option', index: Number(event.key) - 1 };
  if (event.key === 'Backspace') return { kind: 'back' };
  if (event.key === 'Escape') return { kind: 'restart' };
  return null;
}
