/**
 * The shape of everything the widget says. Content is pure data: a content editor changes a
 * sentence here without touching logic, and a reviewer sees where each claim comes from.
 */

export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];

/** Identifiers of the documents our content draws on (see sources.ts). */
export type CoreSourceId = 'acs-risk' | 'nci-patient' | 'nci-recurrent' | 'nci-hp' | 'editorial';
/** Sources only the topic families cite (topic-sources.ts): they load with the topics, not the core. */
export type TopicSourceId = 'nci-late-effects' | 'akh-fever-neutropenia' | 'review-dinutuximab-pain';
export type SourceId = CoreSourceId | TopicSourceId;

export interface Source {
  title: string;
  publisher: string;
  url: string;
  /** The source's own "last revised" / "updated" date, ISO yyyy-mm-dd. */
  revised: string;
  /** The same document in Spanish, where its publisher has one: linked in Spanish mode. */
  es?: { title: string; url: string };
}

/**
 * One thing the assistant says. `body` is plain text or a small allow-listed HTML subset
 * (p, ul, ol, li, strong, em, a[href^=https:|tel:], br, span[lang]), written as DOMPurify writes it out (an
 * https link with target="_blank" rel="noopener noreferrer"); the widget's one sanitizer module
 * (widget/sanitize/) is the only way it reaches the DOM, and tests hold every body to that form.
 */
export interface ContentItem {
  body: string;
  /** Where the claims come from; at least one. */
  sources: readonly SourceId[];
  /** When we last reviewed this item against its sources, ISO yyyy-mm-dd. */
  reviewed: string;
}

/**
 * What every content key looks like: a dotted name such as `opt.talkToPerson` or
 * `value.inrgStage.L1`. A key read back from storage is held to it (widget/app/saved.ts), so a
 * saved line can never name `__proto__`, `toString` or `constructor`; a test holds every built-in
 * key to it too.
 */
export const CONTENT_KEY = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+){1,5}$/;
export const MAX_CONTENT_KEY = 100;

/** Short interface strings: labels, button texts, headings. Plain text only. */
export type UiStrings = Record<string, string>;

export interface LocaleContent {
  locale: Locale;
  /** BCP 47 tag for lang attributes. */
  lang: string;
  /** The language's own name, for the language switch. */
  name: string;
  ui: UiStrings;
  items: Record<string, ContentItem>;
  /**
   * Glossary: for each term id (the `glossary.<term>` item holds its definition), the words
   * that name it in this language, the first being the one to show. The widget offers the
   * definition where one of these words appears in an answer (content/README.md).
   */
  glossary?: Record<string, readonly string[]>;
  /**
   * The sources the items cite, by id: they come with the rest of the language (rest.ts), the
   * topic families' own with their words (widget/app/load-topics.ts).
   */
  sources?: Readonly<Record<string, Source>>;
  /**
   * Set on a language's core alone (content/<locale>/core.ts): what the first screen needs. The
   * rest of its words (rest.ts) load apart, as the panel opens (widget/app/load-content.ts);
   * merged in, they clear it (with-part.ts).
   */
  partial?: boolean;
}

/**
 * A part of a language's words that loads apart from its core: the rest (content/<locale>/rest.ts)
 * or a topic family. Merged into the LocaleContent on arrival (with-part.ts).
 */
export interface ContentPart {
  ui: UiStrings;
  items: Record<string, ContentItem>;
  glossary?: Record<string, readonly string[]>;
  sources?: Readonly<Record<string, Source>>;
}

/**
 * One topic family's words (flows/topics.ts), in one language: a module of its own that the
 * widget imports when a step of the family is shown (widget/app/load-topics.ts), so the core
 * conversation does not carry it. Merged into the LocaleContent on arrival.
 */
export interface TopicContent extends ContentPart {
  /** Button labels of the family's steps (`opt.topic.<family>.<subtopic>`, `.more`). */
  ui: UiStrings;
  /** The family's items (`topic.<family>` and `topic.<family>.<subtopic>`). */
  items: Record<string, ContentItem>;
}

/**
 * What only staff mode says (docs/product.md), per locale: the call guide's own interface strings and, by
 * item key, the line a specialist says on a call in place of the item's body. A module of its own
 * (content/<locale>/staff.ts) so that a visitor's conversation never downloads it (test/bench/size-graph.mjs).
 */
export interface StaffContent {
  locale: Locale;
  /** The staff.* strings only the call guide shows (the summary's are in the LocaleContent). */
  ui: UiStrings;
  /** Item key to the line to say; a step without one is read from the item's body. */
  scripts: Record<string, string>;
}
