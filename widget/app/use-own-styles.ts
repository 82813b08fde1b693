import { useLayoutEffect, useRef } from 'preact/hooks';
import { adoptStyles } from '../embed/styles';

/** Shadow roots that already have each style sheet: adopted once, however many cards show. */
const adopted = new Map<string, WeakSet<ShadowRoot>>();

/**
 * A ref for a card that brings its own styles into whichever shadow root shows it (the visitor
 * panel or staff mode), so those styles load with the card's chunk, not with every panel.
 */
export function useOwnStyles<T extends Element>(css: string) {
  const box = useRef<T>(null);
  useLayoutEffect(() => {
    const root = box.current?.getRootNode();
    if (!(root instanceof ShadowRoot)) return;
    const roots = adopted.get(css) ?? new WeakSet<ShadowRoot>();
    adopted.set(css, roots);
    if (roots.has(root)) return;
    roots.add(root);
    adoptStyles(root, css);
  }, []);
  return box;
}
