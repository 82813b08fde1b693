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

/** A whole glossary word found in the text: its term, the word as the text spells it, where. */
interface WordAt {
  term: string;
  word: string;
  at: number;
}

interface Matcher {
  /**
   * One pattern for every word of every term, compiled once: V8 compiles a pattern the first time
   * it runs, and the Unicode letter classes make each compilation cost milliseconds (issue 7:
   * a pattern per word per line per render was most of the script time at load). It matches,
   * empty, where a word could start; a lookahead per word captures each word that starts there,
   * so words that overlap (one term's word inside another's) are all found.
   */
  starts: RegExp;
  /** For capture group i + 1: its term and word. */
  words: readonly { term: string }[];
}

/** Letters and digits in any script: a glossary word is whole only between other characters. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const matchersByContent = new WeakMap<LocaleContent, Matcher>();

function matcher(content: LocaleContent): Matcher {
  let found = matchersByContent.get(content);
  if (!found) {
    const words = Object.entries(content.glossary ?? {}).flatMap(([term, list]) => list.map((word) => ({ term, word })));
    const any = words.map(({ word }) => escapeRegExp(word)).join('|');
    const each = words.map(({ word }) => `(?=(${escapeRegExp(word)})|)`).join('');
    found = {
      starts: new RegExp(words.length ? `(?<![\\p{L}\\p{N}])(?=${any})${each}` : '(?!)', 'giu'),
      words: words.map(({ term }) => ({ term })),
    };
    matchersByContent.set(content, found);
  }
  return found;
}

/** Every whole glossary word in the text, by position, then in the order the content lists them. */
function wordsIn(text: string, { starts, words }: Matcher): WordAt[] {
  const found: WordAt[] = [];
  starts.lastIndex = 0;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    for (let i = 0; i < words.length; i++) {
      const word = m[i + 1];
      if (word === undefined) continue;
      const next = text.codePointAt(m.index + word.length);
      if (next !== undefined && WORD_CHAR.test(String.fromCodePoint(next))) continue;
      found.push({ term: (words[i] as { term: string }).term, word, at: m.index });
    }
    // Empty matches: step on by hand to look for the next start.
    starts.lastIndex = m.index + 1;
  }
  return found;
}

/**
 * The glossary terms an answer's text names, in reading order, each once (issue 4: "shown where
 * the word appears"). Whole words only, in any letter case; a term is not offered inside its
 * own definition. Where a term first appears, the first of its words that the text has there.
 */
export function glossaryHits(html: string, content: LocaleContent, itemKey = ''): GlossaryHit[] {
  const text = html.replace(/<[^>]*>/g, ' ');
  const hits = new Map<string, GlossaryHit>();
  for (const { term, word } of wordsIn(text, matcher(content))) {
    if (hits.has(term) || itemKey === `glossary.${term}` || !content.items[`glossary.${term}`]) continue;
    hits.set(term, { term, word });
  }
  return [...hits.values()];
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
