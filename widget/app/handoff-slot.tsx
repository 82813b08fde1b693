import { useEffect, useState } from 'preact/hooks';
import { telHref } from '../embed/config';
import type { HandoffViewProps } from '../handoff/handoff-view';
import { type Boxed, boxed } from './boxed';

type View = (props: HandoffViewProps) => preact.JSX.Element;

let loaded: View | null = null;
let loading: Promise<Boxed<View>> | null = null;

/**
 * The hand-off card's code (the summary, the choice to share it, the call card, the vendors'
 * chats) is a chunk of its own, fetched when a hand-off first shows: most visitors never ask for a
 * person, and the conversation stays small (test/bench/size-graph.mjs). A failed fetch is forgotten.
 */
export const loadHandoffView = (): Promise<Boxed<View>> =>
  (loading ??= import('../handoff/handoff-view').then(
    // Boxed: a function is an object too, so a page's Object.prototype.then would stall it (boxed.ts).
    (mod) => boxed((loaded = mod.HandoffView)),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));

/**
 * The hand-off card once its code and its words (the rest of the language, visitor-mode.tsx) are here;
 * until then (or if they cannot come) the helpline, one tap away.
 */
export function HandoffSlot(props: HandoffViewProps) {
  const [View, setView] = useState<View | null>(() => loaded);
  useEffect(() => {
    if (!View)
      loadHandoffView().then(
        ({ value }) => setView(() => value),
        () => {},
      );
  }, []);
  if (View && !props.content.partial) return <View {...props} />;
  return (
    <div class="line bot card">
      <a class="call-now" href={telHref(props.vars.phone)}>
        {props.t('ui.callHelpline')}
      </a>
    </div>
  );
}
