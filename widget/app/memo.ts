import { Component, type FunctionComponent } from 'preact';

/** Shallow, by identity: the same keys, each the same value, but for the keys in `except`. */
export function sameProps<P extends object>(prev: P, next: P, except: readonly string[] = []): boolean {
  const was = prev as Record<string, unknown>;
  const now = next as Record<string, unknown>;
  for (const key in was) if (!(key in now)) return false;
  for (const key in now) if (was[key] !== now[key] && !except.includes(key)) return false;
  return true;
}

/**
 * A component that renders again only when one of its props changed (shallow, by identity, or by
 * `same` when given), like preact/compat's memo without pulling in compat. Transcript lines never
 * change once said, so a turn renders the new lines only, however long the conversation has grown
 * (test/bench/bench.mjs, the 300-turn conversation).
 */
export function memo<P extends object>(render: FunctionComponent<P>, same: (prev: P, next: P) => boolean = sameProps): FunctionComponent<P> {
  class Memo extends Component<P> {
    static override displayName = `Memo(${render.displayName ?? render.name})`;

    override shouldComponentUpdate(next: P): boolean {
      return !same(this.props, next);
    }

    // Called, not nested as a component of its own: one component per line, not two (a long
    // transcript holds thousands). Preact runs hooks in a class component's render as well.
    override render(props: P) {
      return render(props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
