import { cloneElement, isValidElement, type ComponentChildren, type VNode } from 'preact';
import type { LocaleContent } from '../../content/types';
import { wordsIn, type GlossaryHit } from './glossary';

/** Draws one marked word: the caller's disclosure button. */
export type DrawTerm = (hit: GlossaryHit) => VNode;

/**
 * The answer's sanitized blocks with each glossary term marked where it first appears in the
 * text (once per term, reading order), so the meaning is offered at the word itself instead of as
 * answer-like buttons under the message. Only text nodes are read: the markup the sanitizer built
 * is kept as it is, and nothing is marked inside a link (no button inside a link) nor inside words
 * in another language (a span with its own lang: this language's glossary does not explain them).
 * A term is not marked inside its own definition, nor without a definition.
 */
export function markTerms(
  children: ComponentChildren[],
  content: LocaleContent,
  itemKey: string,
  draw: DrawTerm,
): { node: ComponentChildren; terms: GlossaryHit[] }[] {
  const seen = new Map<string, GlossaryHit>();
  const usable = (term: string) => !seen.has(term) && itemKey !== `glossary.${term}` && Boolean(content.items[`glossary.${term}`]);

  const inText = (text: string): ComponentChildren[] => {
    const out: ComponentChildren[] = [];
    let from = 0;
    // Found by position, then in content order: at one position the longest unmarked word wins.
    const found = wordsIn(text, content);
    for (let i = 0; i < found.length; i++) {
      const at = found[i]!.at;
      if (at < from) continue;
      let best: (typeof found)[number] | undefined;
      for (let j = i; j < found.length && found[j]!.at === at; j++) {
        const candidate = found[j]!;
        if (usable(candidate.term) && (!best || candidate.word.length > best.word.length)) best = candidate;
      }
      if (!best) continue;
      const hit = { term: best.term, word: best.word };
      seen.set(hit.term, hit);
      if (at > from) out.push(text.slice(from, at));
      out.push(draw(hit));
      from = at + hit.word.length;
    }
    if (from === 0) return [text];
    if (from < text.length) out.push(text.slice(from));
    return out;
  };

  const walk = (nodes: ComponentChildren[]): ComponentChildren[] =>
    nodes.flatMap((node) => {
      if (typeof node === 'string') return inText(node);
      if (!isValidElement(node) || node.type === 'a' || (node.props as { lang?: string }).lang) return [node];
      const own = (node.props as { children?: ComponentChildren }).children;
      const list = own === undefined || own === null ? [] : Array.isArray(own) ? own : [own];
      return [cloneElement(node, undefined, ...walk(list))];
    });

  // Per top-level block (a paragraph, a list), with the terms first marked in it: a definition
  // opens right after the block its word is in.
  return children.map((child) => {
    const before = seen.size;
    const node = walk([child]);
    return { node, terms: [...seen.values()].slice(before) };
  });
}
