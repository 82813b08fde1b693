/** The parts of the panel a turn is placed by (all inside `box`, the element that scrolls). */
export interface TurnParts {
  /** The element that scrolls: the transcript's scroller, or the whole panel at short heights. */
  box: HTMLElement;
  /** What covers the bottom of `box` while it scrolls (the call link, sticky at short heights). */
  cover?: HTMLElement | null | undefined;
  /** The turn's first line (the visitor's own line, or the first line said). */
  first: Element;
  /** The first line the assistant said in this turn: the question or the answer. */
  said: Element;
  /** The first option to answer with, if the step has one. */
  option?: Element | null | undefined;
}

/** Breathing room above the line placed at the top. */
const GAP = 8;

/**
 * Where a new turn goes (after Intercom and Zendesk messaging): its first line at the top of the
 * view when the turn is taller than the view, else all of it with what came before above it.
 * What the assistant said first never leaves the view, and the first option is brought into it
 * while both fit; scrolling to the bottom instead hid tall answers' beginnings above the fold.
 */
export function placeTurn({ box, cover, first, said, option }: TurnParts): void {
  const boxTop = box.getBoundingClientRect().top + box.clientTop;
  const origin = boxTop - box.scrollTop;
  const top = (el: Element) => el.getBoundingClientRect().top - origin - GAP;
  // The view ends where a pinned cover begins.
  const pinned = cover && getComputedStyle(cover).position === 'sticky';
  const view = pinned ? cover.getBoundingClientRect().top - boxTop : box.clientHeight;
  const optionBottom = option ? option.getBoundingClientRect().bottom - origin : 0;
  let at = Math.min(Math.max(top(first), optionBottom + GAP - view), top(said));
  // A tight view gives up the breathing room before it gives up the first option.
  if (optionBottom - at > view) at = Math.min(optionBottom - view, top(said) + GAP);
  box.scrollTop = at;
}
