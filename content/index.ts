export { en } from './en/index';
export { es } from './es/index';
export { LINKS, SOURCES } from './sources';
export { TOPIC_SOURCES } from './topic-sources';
export { topics as enTopics } from './en/topics';
export { topics as esTopics } from './es/topics';
export { LOCALES } from './types';
export type { ContentItem, TopicContent, Locale, LocaleContent, Source, SourceId, StaffContent, UiStrings } from './types';
export { LAUNCHER_LABELS } from './launcher';
