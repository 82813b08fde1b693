export { en } from './en/index';
export { es } from './es/index';
export { LINKS, SOURCES } from './sources';
export { LOCALES } from './types';
export type { ContentItem, Locale, LocaleContent, Source, SourceId, StaffContent, UiStrings } from './types';
export { LAUNCHER_LABELS } from './launcher';
