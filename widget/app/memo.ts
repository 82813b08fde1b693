import { Component, h, type FunctionComponent } from 'preact';

/**
 * A component that renders again only when one of its props changed (shallow, by identity), like
 * preact/compat's memo without pulling in compat. Transcript lines never change once said, so a
 * turn renders the new lines only, however long the conversation has grown (test/bench/size-graph.mjs, bench).
 */
export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    static override displayName = `Memo(${render.displayName ?? render.name})`;

    override shouldComponentUpdate(next: P): boolean {
      const prev = this.props as Record<string, unknown>;
      const now = next as Record<string, unknown>;
      for (const key in prev) if (!(key in now)) return true;
      for (const key in now) if (prev[key] !== now[key]) return true;
      return false;
    }

    override render(props: P) {
      return h(render, props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
