/**
 * Escape closes the innermost open thing around `at` and gives focus back to what opened it: a
 * glossary definition, then a sources disclosure; inside a line of the transcript, focus goes
 * back to the line (keyboard.ts). Only when there is none does the panel close (WAI-ARIA APG,
 * "Disclosure" and "Dialog"). Returns whether Escape was used up. Something of its own that
 * closes on Escape (a menu, a confirmation) calls preventDefault(): the panel then leaves that
 * Escape alone (panel.tsx).
 */
export function closeInnermost(at: Element): boolean {
  // A glossary word is a button in the text (bot-line.tsx); its open meaning, the element it
  // controls, sits under the paragraph. From either, Escape closes that meaning.
  const definition = at.closest('.term-definition');
  const toggle = definition
    ? [...(definition.parentElement?.querySelectorAll<HTMLElement>('.term') ?? [])].find(
        (term) => term.getAttribute('aria-controls') === definition.id,
      )
    : at.closest<HTMLElement>('.term[aria-expanded="true"]');
  // The sources' button and the list it opens sit together (bot-line.tsx).
  const sources = at.closest('.source')?.querySelector<HTMLElement>('.source-toggle[aria-expanded="true"]');
  const line = at.closest<HTMLElement>('[role="article"][tabindex]');
  let back: HTMLElement | null | undefined = line === at ? null : line;
  const open = toggle ?? sources;
  if (open) {
    open.click();
    back = open;
  }
  back?.focus();
  return Boolean(back);
}
