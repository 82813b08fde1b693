import { useId, useMemo, useState } from 'preact/hooks';
import { SOURCES } from '../../content/sources';
import type { LocaleContent } from '../../content/types';
import { glossaryHits, type GlossaryHit } from './glossary';
import { memo } from './memo';
import { RichText } from './rich-text';
import { fill, type TextVars } from './text';

/** A glossary word as a disclosure button (WAI-ARIA APG "Disclosure"): it shows its definition below. */
function Definition({ hit, content, vars }: { hit: GlossaryHit; content: LocaleContent; vars: TextVars }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const definition = content.items[`glossary.${hit.term}`];
  if (!definition) return null;
  return (
    <li class="term">
      <button type="button" class="term-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {hit.word}
      </button>
      <div id={id} class="term-definition" hidden={!open}>
        <RichText html={fill(definition.body, vars)} />
      </div>
    </li>
  );
}

/**
 * The greeting and the questions make no medical claim of their own: no citation under them (their
 * sources stay in content/ for review and for staff mode). Our own editorial items cite nothing.
 */
const isPrompt = (key: string) => key.startsWith('welcome.') || key.endsWith('.ask');

/**
 * One thing the assistant says: the content item through the one sanitizer, the medical words
 * it uses as disclosures with their meaning, and under medical answers where the claims come
 * from and when we last checked them (content/README.md, "Provenance").
 */
export const BotLine = memo(function BotLine({ content, itemKey, vars }: { content: LocaleContent; itemKey: string; vars: TextVars }) {
  const item = content.items[itemKey];
  const html = useMemo(() => (item ? fill(item.body, vars) : ''), [item, vars]);
  const hits = useMemo(() => glossaryHits(html, content, itemKey), [html, content, itemKey]);
  if (!item) return null;
  const ui = (key: string) => content.ui[key] ?? key;
  const cited = isPrompt(itemKey) ? [] : item.sources.filter((id) => id !== 'editorial');
  return (
    <div class="line bot">
      <RichText html={html} />
      {hits.length > 0 && (
        <ul class="terms" aria-label={ui('ui.words')}>
          {hits.map((hit) => (
            <Definition key={hit.term} hit={hit} content={content} vars={vars} />
          ))}
        </ul>
      )}
      {cited.length > 0 && (
        // One small disclosure per medical answer: where the claims come from, and when we
        // checked them, without burying the answer under citations.
        <details class="source">
          <summary>{ui('ui.sources').replace('{date}', item.reviewed)}</summary>
          <ul>
            {cited.map((id) => {
              // A topic family's own sources arrive with its words (load-topics.ts).
              const source = SOURCES[id as keyof typeof SOURCES] ?? content.sources?.[id];
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
        </details>
      )}
    </div>
  );
});
