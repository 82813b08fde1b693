import { SOURCES } from '../../content/sources';
import type { LocaleContent } from '../../content/types';
import { RichText } from './rich-text';
import { fill, type TextVars } from './text';

/** One thing the assistant says, with "Source: ..." under medical answers (issue 5). */
export function BotText({ content, itemKey, vars }: { content: LocaleContent; itemKey: string; vars: TextVars }) {
  const item = content.items[itemKey];
  if (!item) return null;
  const cited = item.sources.filter((id) => id !== 'editorial');
  return (
    <div class="line bot">
      <RichText html={fill(item.body, vars)} />
      {cited.length > 0 && (
        <p class="source">
          {content.ui['ui.source']}:{' '}
          {cited.map((id) => `${SOURCES[id].publisher}, “${SOURCES[id].title}” (${SOURCES[id].revised})`).join('; ')}
        </p>
      )}
    </div>
  );
}
