import { Fragment } from 'preact';
import { useId, useMemo, useState } from 'preact/hooks';
import type { LocaleContent } from '../../content/types';
import { fillTemplate } from '../../flows/fill-template';
import { readMarkup, textOf } from '../sanitize/markup';
import type { GlossaryHit } from './glossary';
import { markTerms } from './mark-terms';
import { RichText } from './rich-text';
import { fill, type TextVars } from './text';

/**
 * A term's definition, through the one sanitizer as today; under the block its word is in, and
 * there only while open (closed, it would sit between the answer's paragraphs in its text).
 */
function Definition({ id, hit, content, vars }: { id: string; hit: GlossaryHit; content: LocaleContent; vars: TextVars }) {
  const definition = content.items[`glossary.${hit.term}`];
  return (
    <div id={id} class="term-definition">
      {definition && <RichText html={fill(definition.body, vars)} />}
    </div>
  );
}

/**
 * One small disclosure per medical answer: where the claims come from, and when we checked them,
 * without burying the answer under citations. A button and the list it opens (WAI-ARIA APG
 * "Disclosure"), as the glossary words are, and the list there only while open: a <details> here
 * made adding any later one cost as much as there were of them already (a style update of 2.5 ms
 * at 300 unthrottled in Chromium), so a long conversation's turns slowed down (test/bench/bench.mjs).
 */
function Sources({ cited, content, reviewed }: { cited: readonly string[]; content: LocaleContent; reviewed: string }) {
  const [open, setOpen] = useState(false);
  const list = useId();
  const ui = (key: string) => content.ui[key] ?? key;
  return (
    <div class="source">
      <button type="button" class="source-toggle" aria-expanded={open} aria-controls={open ? list : undefined} onClick={() => setOpen((was) => !was)}>
        {fillTemplate(ui('ui.sources'), (name) => (name === 'date' ? reviewed : undefined))}
      </button>
      {open && (
        <ul id={list}>
          {cited.map((id) => {
            const source = content.sources?.[id];
            if (!source) return null;
            // The source in the reader's language where it has one; else its own, marked as such.
            const own = source[content.lang as 'es'];
            const lang = own ? undefined : content.lang === 'en' ? undefined : 'en';
            return (
              <li key={id}>
                {source.publisher},{' '}
                <a href={own?.url ?? source.url} target="_blank" rel="noopener noreferrer" lang={lang}>
                  {own?.title ?? source.title}
                </a>{' '}
                ({ui('ui.revised')} {source.revised})
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/**
 * The greeting and the questions make no medical claim of their own: no citation under them (their
 * sources stay in content/ for review and for staff mode). Our own editorial items cite nothing.
 */
const isPrompt = (key: string) => key.startsWith('welcome.') || key.endsWith('.ask');

/**
 * One thing the assistant says: the content item through the one sanitizer, the medical words
 * it uses marked where they appear, each opening its meaning, and under medical answers where the claims come
 * from and when we last checked them (content/README.md, "Provenance"). `id` is its words' own:
 * a question names the group of its answers by them (panel.tsx).
 */
export function BotLine({ content, itemKey, vars, id }: { content: LocaleContent; itemKey: string; vars: TextVars; id?: string }) {
  if (!content.items[itemKey]) return null;
  return (
    <div class="line bot">
      <ItemBody content={content} itemKey={itemKey} vars={vars} id={id} />
    </div>
  );
}

/** A content item's body with its words marked, and its sources: a bot line's, or a part of a card's. */
export function ItemBody({ content, itemKey, vars, id }: { content: LocaleContent; itemKey: string; vars: TextVars; id?: string }) {
  const item = content.items[itemKey];
  const html = useMemo(() => (item ? fill(item.body, vars) : ''), [item, vars]);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const base = useId();
  const idOf = (term: string) => `${base}-${term}`;
  // Each medical word is a disclosure button at the word itself (WAI-ARIA APG "Disclosure"),
  // its meaning opening under the paragraph it is in.
  const blocks = useMemo(
    () =>
      markTerms(readMarkup(html) ?? [textOf(html)], content, itemKey, (hit) => (
        <button
          type="button"
          class="term"
          aria-expanded={open.has(hit.term)}
          aria-controls={open.has(hit.term) ? idOf(hit.term) : undefined}
          onClick={() =>
            setOpen((was) => {
              const next = new Set(was);
              if (!next.delete(hit.term)) next.add(hit.term);
              return next;
            })
          }
        >
          {hit.word}
        </button>
      )),
    [html, content, itemKey, open],
  );
  if (!item) return null;
  // The sources arrive with the rest of the language (content/<locale>/rest.ts), a topic family's with its words.
  const cited = isPrompt(itemKey) ? [] : item.sources.filter((id) => id !== 'editorial' && content.sources?.[id]);
  return (
    <>
      <div id={id}>
        {blocks.map(({ node, terms }, index) => (
          <Fragment key={index}>
            {node}
            {terms
              .filter((hit) => open.has(hit.term))
              .map((hit) => (
                <Definition key={hit.term} id={idOf(hit.term)} hit={hit} content={content} vars={vars} />
              ))}
          </Fragment>
        ))}
      </div>
      {cited.length > 0 && <Sources cited={cited} content={content} reviewed={item.reviewed} />}
    </>
  );
}
