/**
 * A page that defines Object.prototype.then (an old library, or a hostile page) turns every
 * object into a "thenable": a promise resolved with an object calls that `then` and, as the
 * page's never calls back, never settles (ECMAScript, "Promise Resolve Functions": the value's
 * `then` is looked up and called). Promise.all resolves with an array, so it hangs too.
 * So the widget's promises resolve only with what cannot carry a `then`: nothing, a primitive,
 * a module namespace (its prototype is null) or one of these boxes.
 */
export interface Boxed<T> {
  readonly value: T;
}

export function boxed<T>(value: T): Boxed<T> {
  const box = Object.create(null) as { value: T };
  box.value = value;
  return box;
}

/** Both values, once both have arrived (started together): Promise.all without its array. */
export function bothBoxed<A, B>(first: Promise<Boxed<A>>, second: Promise<Boxed<B>>): Promise<Boxed<readonly [A, B]>> {
  return first.then((a) => second.then((b) => boxed([a.value, b.value] as const)));
}
