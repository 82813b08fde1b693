import { useId, useMemo, useState } from 'preact/hooks';
import { SOURCES } from '../../content/sources';
import type { LocaleContent } from '../../content/types';
import { memo } from './memo';
import { RichText } from './rich-text';
import { fill, type TextVars } from './text';

export interface GlossaryHit {
  /** The term id: its definition is the item `glossary.<term>`. */
  term: string;
  /** The word as the answer spells it. */
  word: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Per term, one pattern for all its words; built once per content, not per line or render. */
type Matchers = readonly (readonly [term: string, pattern: RegExp])[];
const matchersByContent = new WeakMap<LocaleContent, Matchers>();

function matchers(content: LocaleContent): Matchers {
  let found = matchersByContent.get(content);
  if (!found) {
    // The words in the order the content lists them: at one position the first listed word that
    // matches wins, as when each word was tried alone and only an earlier match replaced it.
    found = Object.entries(content.glossary ?? {})
      .filter(([, words]) => words.length > 0)
      .map(([term, words]) => {
        const alternatives = words.map(escapeRegExp).join('|');
        return [term, new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu')] as const;
      });
    matchersByContent.set(content, found);
  }
  return found;
}

/**
 * The glossary terms an answer's text names, in reading order, each once (issue 4: "shown where
 * the word appears"). Whole words only, in any letter case; a term is not offered inside its
 * own definition.
 */
export function glossaryHits(html: string, content: LocaleContent, itemKey = ''): GlossaryHit[] {
  const text = html.replace(/<[^>]*>/g, ' ');
  const hits: (GlossaryHit & { at: number })[] = [];
  for (const [term, pattern] of matchers(content)) {
    if (itemKey === `glossary.${term}` || !content.items[`glossary.${term}`]) continue;
    const match = pattern.exec(text);
    if (match) hits.push({ term, word: match[0], at: match.index });
  }
  return hits.sort((a, b) => a.at - b.at).map(({ term, word }) => ({ term, word }));
}

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
