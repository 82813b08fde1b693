import { SOURCES } from '../../content/sources';
import { LOCALES, type ContentItem, type Locale, type LocaleContent, type SourceId } from '../../content/types';
import { readMarkup } from '../sanitize/markup';
import { isSafeHtml, sanitizeHtml } from '../sanitize/purify';
import { DEFAULT_EMERGENCY, DEFAULT_PHONE } from '../embed/config';
import { reachProblems } from './reach-rules';
import type { TextVars } from './text';

/**
 * data-content-url: a JSON file of replacement or extra content (content/README.md, "Overrides").
 *
 *     { "en": { "ui":       { "opt.learn": "Learn about treatment options" },
 *               "items":    { "treatment.low": { "body": "<p>…</p>", "sources": ["acs-risk"],
 *                                                "reviewed": "2026-11-01", "script": "…" } },
 *               "glossary": { "mycn": ["MYCN", "N-MYC"] } },
 *       "es": { … } }
 *
 * Replacements must use keys the built-in content has. Extra content is a new glossary term: its
 * words under "glossary" and its definition as the item "glossary.<term>", in every locale.
 * The file is taken whole or not at all: on any problem the built-in content stays, so a bad
 * override never leaves a visitor with a blank or half-translated widget.
 *
 * No override may remove the way to a person (reach-rules.ts): a text whose built-in form gives
 * the helpline, the emergency number or 988 keeps it, the call, hand-off and emergency texts and
 * every label show no number the widget does not dial, and no label or body is left empty.
 * Sizes are bounded so that no file can make the widget's glossary matcher or renderer slow.
 */

export interface LocaleOverrides {
  ui?: Record<string, string>;
  items?: Record<string, ContentItem>;
  glossary?: Record<string, readonly string[]>;
  /**
   * An item's "script", by item key: the line staff mode says for it. Kept apart from the items
   * because script lines live in the staff content, which only staff mode loads and applies them
   * to (widget/staff/staff-mode.tsx; test/bench/size-graph.mjs).
   */
  scripts?: Record<string, string>;
}
export type ContentOverrides = Partial<Record<Locale, LocaleOverrides>>;
export type ContentSet = Partial<Record<Locale, LocaleContent>>;

/** One thing wrong with the file, and where: a JSON path such as `$.en.items["treatment.low"].body`. */
export interface ContentProblem {
  path: string;
  message: string;
}

export interface ValidatedOverrides {
  /** The base content with the overrides applied, or the base itself when there was a problem. */
  content: ContentSet;
  /** The overrides that passed, to apply to a locale loaded later (empty when there was a problem). */
  overrides: ContentOverrides;
  problems: ContentProblem[];
}

export interface LoadedOverrides extends ValidatedOverrides {
  /** For the widget's `error` event; absent when the overrides were applied. */
  error?: { code: 'content-fetch' | 'content-timeout' | 'content-json' | 'content-invalid'; message: string };
}

const PLACEHOLDER = /\{(\w+)\}/g;
const PLACEHOLDERS = new Set(['phone', 'phoneHref', 'emergency', 'emergencyHref', 'reopens', 'date']);
const ITEM_FIELDS = new Set(['body', 'sources', 'reviewed', 'script']);
const SECTIONS = new Set(['ui', 'items', 'glossary']);
/** The whole file; the built-in content of both languages is about 100 KB. */
export const MAX_BYTES = 128 * 1024;
/** One item's body; the longest built-in one is under 1,000 characters. */
export const MAX_BODY = 4_000;
/** One ui label; the longest built-in label is under 120 characters. */
export const MAX_LABEL = 300;
/** One staff script line (what a specialist says for an item). */
export const MAX_SCRIPT = 1_200;
/** Glossary terms given in one locale; the built-in glossary has under 30. */
export const MAX_TERMS = 60;
/** Words naming one term, and the length of each; the built-in terms have at most 3, under 40 characters. */
export const MAX_WORDS = 8;
export const MAX_WORD = 60;
/** Markup a body may never carry: refused, not trimmed, so the site sees what it wrote was not used. */
const REFUSED_TAG = /<\s*\/?\s*(script|style|meta)\b/i;
const DEFAULT_VARS: TextVars = { phone: DEFAULT_PHONE, emergency: DEFAULT_EMERGENCY };
const PREFIX = '[helpline-widget]';

/**
 * Who judges an override's markup: DOMPurify in the page's window (the widget), or another judge
 * where there is no DOM (the command-line checker without jsdom, widget/toolkit/check-cli.ts).
 */
export interface MarkupJudge {
  isSafe(html: string): boolean;
  /** The markup as the widget stores and renders it. */
  canonical(html: string): string;
}

const purifyJudge = (win: Window): MarkupJudge => ({ isSafe: (html) => isSafeHtml(html, win), canonical: (html) => sanitizeHtml(html, win) });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Own properties only: "toString" or "__proto__" is not a key the content has. */
const owns = (record: object | undefined, key: string) => record !== undefined && Object.prototype.hasOwnProperty.call(record, key);
const tooLong = (value: unknown, max: number) => typeof value === 'string' && value.length > max;
const longer = (max: number) => `longer than ${max} characters`;
const at = (path: string, key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);
const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * Checks the overrides file against the content schema; see the module comment for the shape.
 * `vars` are the page's numbers (data-phone, data-emergency-number) the rules hold texts to.
 */
export function validateOverrides(
  json: unknown,
  base: ContentSet,
  win: Window = window,
  vars: TextVars = DEFAULT_VARS,
  judge: MarkupJudge = purifyJudge(win),
): ValidatedOverrides {
  const problems: ContentProblem[] = [];
  const problem = (path: string, message: string) => void problems.push({ path, message });
  const overrides: ContentOverrides = {};
  const known = LOCALES.map((l) => base[l]).filter((c): c is LocaleContent => c !== undefined);
  const has = (section: 'ui' | 'items' | 'glossary', key: string) => known.some((c) => owns(c[section], key));
  /** The built-in text of a key, in every locale loaded (both share their numbers). */
  const builtIn = (section: 'ui' | 'items', key: string): string[] =>
    known.flatMap((c) => {
      if (!owns(c[section], key)) return [];
      const value = c[section][key];
      return [typeof value === 'string' ? value : (value as ContentItem).body];
    });
  const reach = (key: string, value: string, path: string, section: 'ui' | 'items') => {
    for (const message of reachProblems(key, value, builtIn(section, key), vars, section === 'ui')) problem(path, message);
  };
  const bounded = (value: unknown, path: string, max: number) => {
    if (tooLong(value, max)) problem(path, longer(max));
  };

  /** `builtIn` is the key's own text: the placeholders only it fills ({groups} in the summary) are allowed too. */
  const text = (value: unknown, path: string, builtIn: readonly string[] = []): value is string => {
    if (typeof value !== 'string' || value.trim() === '') {
      problem(path, 'must be a non-empty string');
      return false;
    }
    const own = new Set(builtIn.flatMap((known) => [...known.matchAll(PLACEHOLDER)].map(([, name]) => name)));
    for (const [, name] of value.matchAll(PLACEHOLDER)) {
      if (!PLACEHOLDERS.has(name!) && !own.has(name)) problem(path, `unknown placeholder {${name}}`);
    }
    return true;
  };
  const plain = (value: unknown, path: string, builtIn: readonly string[] = []) => {
    if (text(value, path, builtIn) && /[<>]/.test(value)) problem(path, 'must be plain text, without markup');
  };

  if (!isRecord(json)) {
    problem('$', 'must be an object with "en" and/or "es"');
    return { content: base, overrides: {}, problems };
  }
  if (known.length === 0) problem('$', 'no built-in content to check the overrides against');

  const newTerms = new Map<string, Set<Locale>>();
  for (const [locale, section] of Object.entries(json)) {
    const lpath = at('$', locale);
    // The JSON Schema an editor checks the file against (dist/schema.json, README "data-content-url").
    if (locale === '$schema' && typeof section === 'string') continue;
    if (!(LOCALES as readonly string[]).includes(locale)) {
      problem(lpath, `unknown locale (expected ${LOCALES.join(' or ')})`);
      continue;
    }
    if (!isRecord(section)) {
      problem(lpath, 'must be an object with "ui", "items" and/or "glossary"');
      continue;
    }
    const out: LocaleOverrides = {};
    for (const name of Object.keys(section)) {
      if (!SECTIONS.has(name)) problem(at(lpath, name), 'unknown key (expected "ui", "items" or "glossary")');
    }

    if (section.ui !== undefined) {
      const upath = at(lpath, 'ui');
      if (!isRecord(section.ui)) problem(upath, 'must be an object of strings');
      else {
        out.ui = {};
        for (const [key, value] of Object.entries(section.ui)) {
          const path = at(upath, key);
          // staff.* strings are staff mode's own content, which a visitor's widget never loads:
          // one file serves a site's visitor and staff pages (widget/staff/staff-mode.tsx).
          if (!has('ui', key) && !key.startsWith('staff.')) problem(path, 'unknown key');
          plain(value, path, builtIn('ui', key));
          bounded(value, path, MAX_LABEL);
          if (typeof value === 'string') {
            reach(key, value, path, 'ui');
            out.ui[key] = value;
          }
        }
      }
    }

    const terms = new Set<string>();
    if (section.glossary !== undefined) {
      const gpath = at(lpath, 'glossary');
      if (!isRecord(section.glossary)) problem(gpath, 'must be an object of word lists');
      else {
        out.glossary = {};
        const entries = Object.entries(section.glossary);
        // Checked before any word is read: a file of thousands of terms stops here.
        if (entries.length > MAX_TERMS) {
          problem(gpath, `more than ${MAX_TERMS} terms`);
          entries.length = 0;
        }
        for (const [term, words] of entries) {
          const path = at(gpath, term);
          if (!/^[A-Za-z][A-Za-z0-9]{0,39}$/.test(term)) problem(path, 'a term id is up to 40 letters and digits');
          if (!Array.isArray(words) || words.length === 0) {
            problem(path, 'must be a non-empty list of words');
            continue;
          }
          if (words.length > MAX_WORDS) {
            problem(path, `more than ${MAX_WORDS} words`);
            continue;
          }
          words.forEach((word, i) => {
            plain(word, `${path}[${i}]`);
            bounded(word, `${path}[${i}]`, MAX_WORD);
          });
          out.glossary[term] = words.filter((w): w is string => typeof w === 'string');
          terms.add(term);
          if (!has('glossary', term)) {
            if (!newTerms.has(term)) newTerms.set(term, new Set());
            newTerms.get(term)!.add(locale as Locale);
          }
        }
      }
    }

    if (section.items !== undefined) {
      const ipath = at(lpath, 'items');
      if (!isRecord(section.items)) problem(ipath, 'must be an object of content items');
      else {
        out.items = {};
        for (const [key, value] of Object.entries(section.items)) {
          const path = at(ipath, key);
          const extraTerm = /^glossary\.(\w+)$/.exec(key)?.[1];
          if (!has('items', key) && !(extraTerm && terms.has(extraTerm))) {
            problem(path, extraTerm ? `new term "${extraTerm}" needs its words under "glossary"` : 'unknown key');
          }
          const checked = checkItem(value, path, problem, (v, p) => text(v, p, builtIn('items', key)), plain, judge);
          if (checked) reach(key, checked.body, at(path, 'body'), 'items');
          if (checked) out.items[key] = checked;
          if (isRecord(value) && typeof value.script === 'string') (out.scripts ??= {})[key] = value.script;
        }
      }
    }
    overrides[locale as Locale] = out;
  }

  for (const [term, locales] of newTerms) {
    for (const locale of LOCALES) {
      if (!locales.has(locale)) problem(at(at(at('$', locale), 'glossary'), term), 'a new term must be given in every locale');
      else if (!overrides[locale]?.items?.[`glossary.${term}`] && !has('items', `glossary.${term}`)) {
        problem(at(at(at('$', locale), 'items'), `glossary.${term}`), 'a new term needs its definition');
      }
    }
  }

  if (problems.length > 0) return { content: base, overrides: {}, problems };
  const content: ContentSet = {};
  for (const locale of LOCALES) {
    const c = base[locale];
    if (c) content[locale] = applyOverrides(c, overrides);
  }
  return { content, overrides, problems };
}

function checkItem(
  value: unknown,
  path: string,
  problem: (path: string, message: string) => void,
  text: (value: unknown, path: string) => value is string,
  plain: (value: unknown, path: string) => void,
  judge: MarkupJudge,
): ContentItem | undefined {
  if (!isRecord(value)) {
    problem(path, 'must be an object with "body", "sources" and "reviewed"');
    return undefined;
  }
  for (const field of Object.keys(value)) {
    if (!ITEM_FIELDS.has(field)) problem(at(path, field), 'unknown key (expected body, sources, reviewed, script)');
  }
  const { body: given, sources, reviewed, script } = value;
  // Stored as DOMPurify writes it out: the widget's reader (widget/sanitize/markup.ts) renders
  // exactly that form, so what DOMPurify judged is what the visitor sees.
  let body: unknown = given;
  if (text(given, at(path, 'body'))) {
    const refused = REFUSED_TAG.exec(given)?.[1];
    if (tooLong(given, MAX_BODY)) problem(at(path, 'body'), longer(MAX_BODY));
    else if (refused) problem(at(path, 'body'), `<${refused.toLowerCase()}> is not allowed in content`);
    else if (!judge.isSafe(given)) {
      problem(
        at(path, 'body'),
        'unsafe or unsupported HTML (allowed: p, ul, ol, li, strong, em, br, a href="https:…|tel:…", span lang="…" with a language tag)',
      );
    } else {
      const canonical = judge.canonical(given);
      body = canonical;
      if (!readMarkup(canonical)) {
        problem(
          at(path, 'body'),
          'HTML the widget cannot show as written (a list item outside a list, a link holding < or >, a span without lang, control characters)',
        );
      }
    }
  }
  if (!Array.isArray(sources) || sources.length === 0) problem(at(path, 'sources'), 'must name at least one source');
  else {
    sources.forEach((id, i) => {
      if (typeof id !== 'string' || !owns(SOURCES, id)) {
        problem(`${at(path, 'sources')}[${i}]`, `unknown source (one of ${Object.keys(SOURCES).join(', ')})`);
      }
    });
  }
  if (typeof reviewed !== 'string' || !isIsoDate(reviewed)) problem(at(path, 'reviewed'), 'must be a date, yyyy-mm-dd');
  if (script !== undefined) {
    plain(script, at(path, 'script'));
    if (tooLong(script, MAX_SCRIPT)) problem(at(path, 'script'), longer(MAX_SCRIPT));
  }
  if (typeof body !== 'string' || !Array.isArray(sources) || typeof reviewed !== 'string') return undefined;
  return { body, sources: sources as SourceId[], reviewed };
}

/** A locale's content with validated overrides applied (a new object; the built-in content is untouched). */
export function applyOverrides(content: LocaleContent, overrides: ContentOverrides): LocaleContent {
  const o = overrides[content.locale];
  if (!o) return content;
  return {
    ...content,
    ui: { ...content.ui, ...o.ui },
    items: { ...content.items, ...o.items },
    glossary: { ...content.glossary, ...o.glossary },
  };
}

export interface LoadOptions {
  /** Give up after this long (default 8 s): a slow server must not hold the widget's content. */
  timeoutMs?: number;
  /** Where the one warning goes, e.g. the host's warn (default: console.warn with the widget's prefix). */
  warn?: (message: string) => void;
  win?: Window;
  /** The page's numbers, which no override may drop or contradict (reach-rules.ts). */
  vars?: TextVars;
}

/**
 * Fetches and validates the overrides. Never rejects: on a network error, a timeout, bad JSON or
 * content that fails validation, it returns the base content, an `error` for the widget's error
 * event, and logs one warning saying what was wrong and where.
 */
export async function loadOverrides(url: string, fetchFn: typeof fetch, base: ContentSet, options: LoadOptions = {}): Promise<LoadedOverrides> {
  const { timeoutMs = 8000, warn = (m: string) => console.warn(`${PREFIX} ${m}`), win = window, vars = DEFAULT_VARS } = options;
  const fail = (code: NonNullable<LoadedOverrides['error']>['code'], detail: string, problems: ContentProblem[] = []) => {
    const message = `content overrides from ${url} were not used: ${detail}`;
    warn(`${message}. Showing the built-in content.`);
    return { content: base, overrides: {}, problems, error: { code, message } };
  };

  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, timeoutMs);
  });
  let body: string;
  try {
    const response = await Promise.race([
      fetchFn(url, { signal: controller.signal, credentials: 'omit', headers: { Accept: 'application/json' } }),
      timeout,
    ]);
    if (response === 'timeout') return fail('content-timeout', `no answer within ${timeoutMs / 1000} s`);
    if (!response.ok) return fail('content-fetch', `the server answered ${response.status}`);
    const read = await Promise.race([response.text(), timeout]);
    if (read === 'timeout') return fail('content-timeout', `no answer within ${timeoutMs / 1000} s`);
    body = read;
  } catch (error) {
    if (controller.signal.aborted) return fail('content-timeout', `no answer within ${timeoutMs / 1000} s`);
    return fail('content-fetch', `network error (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    clearTimeout(timer);
  }

  if (body.length > MAX_BYTES) return fail('content-invalid', `the file is larger than ${MAX_BYTES / 1024} KB`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return fail('content-json', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = validateOverrides(json, base, win, vars);
  if (result.problems.length === 0) return result;
  const shown = result.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
  const more = result.problems.length > shown.length ? `; and ${result.problems.length - shown.length} more` : '';
  return fail('content-invalid', `${shown.join('; ')}${more}`, result.problems);
}
