import type { ContentPart, LocaleContent } from './types';

/** `content` with a part's words added: the rest of the language, or a topic family. */
export const withPart = (content: LocaleContent, part: ContentPart): LocaleContent => ({
  ...content,
  ui: { ...content.ui, ...part.ui },
  items: { ...content.items, ...part.items },
  glossary: part.glossary ? { ...content.glossary, ...part.glossary } : content.glossary,
  sources: part.sources ? { ...content.sources, ...part.sources } : content.sources,
});

/** A language's core with its rest: the whole language, save the topic families (which load one at a time). */
export function withRest(core: LocaleContent, rest: ContentPart): LocaleContent {
  const { partial: _, ...whole } = withPart(core, rest);
  return whole;
}
