/**
 * Runs `run` with the page's enumerable Object.prototype members (an old library's
 * `Object.prototype.each`, a stray `.q` or `.toJSON`) made non-enumerable, and puts them back
 * after. XState walks its own plain objects with for...in (its scheduler's pending events, the
 * persisted context), so one such member crashes the machine or recurses without end. The page
 * keeps its members; they are hidden only while the widget's own code runs, synchronously.
 */
export function withPlainPrototype<T>(run: () => T): T {
  const hidden: string[] = [];
  for (const key in Object.prototype) {
    try {
      Object.defineProperty(Object.prototype, key, { enumerable: false });
      hidden.push(key);
    } catch {
      // a frozen or non-configurable member: nothing the widget can do about it
    }
  }
  try {
    return run();
  } finally {
    for (const key of hidden) Object.defineProperty(Object.prototype, key, { enumerable: true });
  }
}

/** A copy of `target` whose methods each run through withPlainPrototype. */
export function shielded<T extends object>(target: T): T {
  const copy = { ...target } as Record<string, unknown>;
  for (const [key, value] of Object.entries(target))
    if (typeof value === 'function')
      copy[key] = (...args: unknown[]) => withPlainPrototype(() => (value as (...a: unknown[]) => unknown).apply(target, args));
  return copy as T;
}
