import { en } from './en/index';
import { topics as enTopics } from './en/topics';
import { es } from './es/index';
import { topics as esTopics } from './es/topics';
import { SOURCES } from './sources';
import { TOPIC_SOURCES } from './topic-sources';
import type { Locale, LocaleContent, Source, SourceId, TopicContent } from './types';
import { withPart } from './with-part';

/** Every source, the core's and the topic families' (content/topic-sources.ts). */
export const ALL_SOURCES: Readonly<Record<SourceId, Source>> = { ...SOURCES, ...TOPIC_SOURCES };

const withTopics = (content: LocaleContent, topics: Record<string, TopicContent>): LocaleContent => ({
  ...Object.values(topics).reduce(withPart, content),
  sources: ALL_SOURCES,
});

/**
 * Each language's whole content, its core, its rest and every topic family merged, as the widget
 * has it once every family has loaded: for the tools that review or check all of it (the review
 * page, the checker). The widget itself loads the families one at a time (widget/app/load-topics.ts).
 */
export const WHOLE: Readonly<Record<Locale, LocaleContent>> = { en: withTopics(en, enTopics), es: withTopics(es, esTopics) };
