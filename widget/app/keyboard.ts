/**
 * The transcript as one tab stop (Bot Framework Web Chat, docs/ACCESSIBILITY.md; WAI-ARIA APG,
 * "Keyboard Navigation Inside Components"): its lines take focus one at a time with the arrow
 * keys (a roving tabindex), Enter moves into a line's links and buttons, and only the current
 * turn's links and buttons are on the Tab path, so a long conversation is not dozens of Tab
 * presses from its options. Its own chunk, fetched when the panel first opens (panel.tsx). Escape
 * back out of a line is panel.tsx's (escape.ts).
 */
const CONTROLS = 'a[href],button,summary,input';
const STEPS: Record<string, (at: number, last: number) => number> = {
  ArrowUp: (at) => at - 1,
  ArrowDown: (at) => at + 1,
  Home: () => 0,
  End: (_, last) => last,
};

export function keyboard(log: HTMLElement): () => void {
  /** The line on the Tab path, and the older line whose controls Enter opened, if any. */
  let current: HTMLElement | undefined;
  let entered: Element | undefined;
  /** The newest line seen: a new turn moves the tab stop to its start. */
  let newest: Element | null = null;

  const lines = () => [...log.children].filter((el): el is HTMLElement => el.childElementCount > 0);
  const focused = () => (log.getRootNode() as Document | ShadowRoot).activeElement;

  const tidy = () => {
    const all = lines();
    let start = all.length;
    while (start > 0 && all[start - 1]!.dataset.by !== 'user') start--;
    const last = all[all.length - 1] ?? null;
    if (last !== newest || !current || !log.contains(current)) {
      newest = last;
      if (!log.contains(focused() ?? null)) current = all[start] ?? last ?? undefined;
    }
    all.forEach((line, index) => {
      line.tabIndex = line === current ? 0 : -1;
      const live = index >= start || line === entered;
      for (const control of line.querySelectorAll<HTMLElement>(CONTROLS)) {
        if (live) control.removeAttribute('tabindex');
        else control.tabIndex = -1;
      }
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const at = event.target as HTMLElement;
    const all = lines();
    const index = all.indexOf(at);
    if (index < 0) return;
    const step = STEPS[event.key];
    if (step) {
      const next = all[Math.max(0, Math.min(all.length - 1, step(index, all.length - 1)))]!;
      event.preventDefault();
      current = next;
      tidy();
      next.focus();
    } else if (event.key === 'Enter' && at.querySelector(CONTROLS)) {
      event.preventDefault();
      entered = at;
      tidy();
      at.querySelector<HTMLElement>(CONTROLS)!.focus();
    }
  };

  // Out of an older line's controls: they leave the Tab path again.
  const onFocusOut = (event: FocusEvent) => {
    if (entered && !entered.contains(event.relatedTarget as Node | null)) {
      entered = undefined;
      tidy();
    }
  };
  const onFocusIn = (event: FocusEvent) => {
    const line = lines().find((el) => el === event.target);
    if (line && line !== current) {
      current = line;
      tidy();
    }
  };

  const watch = new MutationObserver(tidy);
  watch.observe(log, { childList: true, subtree: true });
  log.addEventListener('keydown', onKeyDown);
  log.addEventListener('focusout', onFocusOut);
  log.addEventListener('focusin', onFocusIn);
  tidy();
  return () => {
    watch.disconnect();
    log.removeEventListener('keydown', onKeyDown);
    log.removeEventListener('focusout', onFocusOut);
    log.removeEventListener('focusin', onFocusIn);
  };
}
