/**
 * What a screen reader should hear of a line when it arrives: its words, without the parts a
 * listener can open later (the sources disclosure, a glossary word's opened meaning), without anything
 * hidden, and without the line's own speaker label (panel.tsx; the announcement adds its own).
 * Block elements are words apart; inline ones run on (Bot Framework Web Chat,
 * docs/ACCESSIBILITY.md: each message is read once, as text, with who said it).
 */
const UNSPOKEN = '.source,.term-definition,[data-speaker],[hidden],[aria-hidden="true"]';
const INLINE = /^(A|STRONG|EM|B|I|SPAN|ABBR|CODE|BUTTON)$/;

export function spokenText(node: Node): string {
  let said = '';
  const walk = (at: Node) => {
    if (at.nodeType === 3) said += at.nodeValue;
    if (at.nodeType !== 1 || (at as Element).matches(UNSPOKEN)) return;
    const gap = INLINE.test((at as Element).tagName) ? '' : ' ';
    said += gap;
    at.childNodes.forEach(walk);
    said += gap;
  };
  walk(node);
  return said
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:?!])/g, '$1')
    .trim();
}
