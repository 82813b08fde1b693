/**
 * The transcript as one tab stop (Bot Framework Web Chat, docs/ACCESSIBILITY.md; WAI-ARIA APG,
 * "Keyboard Navigation Inside Components"): its lines take focus one at a time with the arrow
 * keys (a roving tabindex), Enter moves into a line's links and buttons, and only the current
 * turn's links and buttons are on the Tab path, so a long conversation is not dozens of Tab
 * presses from its options. Its own chunk, fetched when the panel first opens (panel.tsx). Escape
 * back out of a line is panel.tsx's (close-innermost.ts).
 */
import { lastLine, lineOf, linesOf, previousLine } from './transcript-lines';

const CONTROLS = 'a[href],button,input';
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
  /** As last drawn: the line that was the tab stop, and the lines whose controls were on the Tab path. */
  let stop: Element | undefined;
  let live = new Set<Element>();

  const isLine = (el: unknown): el is HTMLElement => el instanceof HTMLElement && el.parentElement?.parentElement === log && el.childElementCount > 0;
  const lines = () => linesOf(log).filter(isLine);
  const focused = () => (log.getRootNode() as Document | ShadowRoot).activeElement;

  /** One line's tab stop, and whether its links and buttons are on the Tab path. */
  const tidyLine = (line: HTMLElement) => {
    const index = line === current ? '0' : '-1';
    if (line.getAttribute('tabindex') !== index) line.setAttribute('tabindex', index);
    const open = live.has(line);
    for (const control of line.querySelectorAll<HTMLElement>(CONTROLS)) {
      if (open) control.removeAttribute('tabindex');
      else if (control.getAttribute('tabindex') !== '-1') control.tabIndex = -1;
    }
  };

  /**
   * Brings the Tab path up to date, touching only the lines whose part in it may have changed:
   * the newest turn's and the one before, the tab stop before and now, the line Enter opened, and
   * `changed` (lines drawn or redrawn). A turn costs its own lines, however long the transcript.
   */
  const tidy = (changed: Iterable<Element> = []) => {
    const before = [...live, stop];
    // The newest turn: the lines after the visitor's last one.
    const turn: HTMLElement[] = [];
    let last: HTMLElement | null = null;
    for (let el = lastLine(log); el; el = previousLine(el)) {
      if (!isLine(el)) continue;
      last ??= el;
      if (el.dataset.by === 'user') break;
      turn.unshift(el);
    }
    if (last !== newest || !current || !log.contains(current)) {
      newest = last;
      if (!log.contains(focused() ?? null)) current = turn[0] ?? last ?? undefined;
    }
    live = new Set<Element>(entered ? [...turn, entered] : turn);
    stop = current;
    for (const line of new Set([...before, ...changed, ...live, current])) if (isLine(line)) tidyLine(line);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const at = event.target as HTMLElement;
    if (!isLine(at)) return;
    const step = STEPS[event.key];
    if (step) {
      const all = lines();
      const index = all.indexOf(at);
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
    const line = event.target;
    if (isLine(line) && line !== current) {
      current = line;
      tidy();
    }
  };

  // The lines a change drew or redrew: new lines (in a new group or not), and lines with new parts
  // (an opened meaning, a card's code arriving).
  const watch = new MutationObserver((records) => {
    const changed = new Set<Element>();
    for (const record of records) {
      const line = lineOf(log, record.target);
      if (line) changed.add(line);
      else
        record.addedNodes.forEach((node) =>
          (node.parentNode === log ? [...(node as Element).children] : [node]).forEach((el) => isLine(el) && changed.add(el)),
        );
    }
    tidy(changed);
  });
  watch.observe(log, { childList: true, subtree: true });
  log.addEventListener('keydown', onKeyDown);
  log.addEventListener('focusout', onFocusOut);
  log.addEventListener('focusin', onFocusIn);
  tidy(lines());
  return () => {
    watch.disconnect();
    log.removeEventListener('keydown', onKeyDown);
    log.removeEventListener('focusout', onFocusOut);
    log.removeEventListener('focusin', onFocusIn);
  };
}
