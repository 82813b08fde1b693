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
 * One thing the assistant says: the content item through the one sanitizer, the medical words
 * it uses as disclosures with their meaning, and under medical answers where the claims come
 * from and when we last checked them (issue 4, "Provenance").
 */
export const BotLine = memo(function BotLine({ content, itemKey, vars }: { content: LocaleContent; itemKey: string; vars: TextVars }) {
  const item = content.items[itemKey];
  const html = useMemo(() => (item ? fill(item.body, vars) : ''), [item, vars]);
  const hits = useMemo(() => glossaryHits(html, content, itemKey), [html, content, itemKey]);
  if (!item) return null;
  const ui = (key: string) => content.ui[key] ?? key;
  // Our own editorial items (greetings, prompts) make no medical claim: no citation under them.
  const cited = item.sources.filter((id) => id !== 'editorial');
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
        <p class="source">
          {ui('ui.source')}:{' '}
          {cited.map((id, i) => {
            const source = SOURCES[id];
            return (
              <span key={id}>
                {i > 0 && '; '}
                {source.publisher},{' '}
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>{' '}
                ({ui('ui.revised')} {source.revised})
              </span>
            );
          })}
          . <span class="reviewed">{ui('ui.reviewed').replace('{date}', item.reviewed)}</span>
        </p>
      )}
    </div>
  );
});
