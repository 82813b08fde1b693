/**
 * The transcript's lines in the page: the log holds groups of lines (transcript-chunk.tsx), and
 * each group one element per entry, in order. Read from either end, so the newest turn is found
 * without walking a long conversation from its start.
 */

/** Every line, oldest first. */
export function linesOf(log: Element): Element[] {
  return [...log.children].flatMap((group) => [...group.children]);
}

/** The newest line, or null. */
export function lastLine(log: Element): Element | null {
  for (let group = log.lastElementChild; group; group = group.previousElementSibling) if (group.lastElementChild) return group.lastElementChild;
  return null;
}

/** The line before `line`, across groups, or null. */
export function previousLine(line: Element): Element | null {
  if (line.previousElementSibling) return line.previousElementSibling;
  for (let group = line.parentElement?.previousElementSibling; group; group = group.previousElementSibling)
    if (group.lastElementChild) return group.lastElementChild;
  return null;
}

/** The line `node` is in (or is), or null. */
export function lineOf(log: Element, node: Node | null): Element | null {
  let at = node;
  while (at && at.parentNode?.parentNode !== log) at = at.parentNode;
  return at instanceof Element ? at : null;
}
