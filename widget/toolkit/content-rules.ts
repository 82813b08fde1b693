import { ALL_SOURCES } from '../../content/whole';
import { LOCALES, type ContentItem, type Locale, type SourceId } from '../../content/types';
import { readableText } from './readable-text';

/**
 * The content rules beyond the file's shape (content/README.md; docs/product.md "Promises"), for
 * the checker (widget/toolkit/check-cli.ts), the review page (widget/toolkit/review/) and the content test: both
 * languages, a review no older than 12 months, plain language at grade 8 or below in English,
 * links that are well formed. The widget's validator (widget/app/content-overrides.ts) checks the
 * shape, the sources, the markup and the way to a person.
 */
export const MAX_GRADE = 8;
export const REVIEW_MONTHS = 12;
/** The review page's "due soon" filter. */
export const DUE_SOON_DAYS = 90;

export type Severity = 'error' | 'warning';
export interface RuleProblem {
  path: string;
  message: string;
  severity: Severity;
}

/** Flesch-Kincaid grade of a text (text-readability's fleschKincaidGrade). */
export type GradeOf = (text: string) => number;

const DAY = 86_400_000;
const parse = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The day the next review is due: 12 months after the last. */
export function nextReviewDue(reviewed: string): string {
  const d = new Date(parse(reviewed));
  d.setUTCMonth(d.getUTCMonth() + REVIEW_MONTHS);
  return d.toISOString().slice(0, 10);
}

export type ReviewState = 'stale' | 'due-soon' | 'current' | 'future';

/** Stale: the next review is past; due soon: within 90 days; future: a review date not yet reached. */
export function reviewState(reviewed: string, today: Date): ReviewState {
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (parse(reviewed) > now) return 'future';
  const due = parse(nextReviewDue(reviewed));
  if (due < now) return 'stale';
  return due - now <= DUE_SOON_DAYS * DAY ? 'due-soon' : 'current';
}

/** Each link's problem: https: addresses with a host, tel: links of digits (content/README.md). */
export function linkProblems(body: string): string[] {
  const out: string[] = [];
  for (const [, href] of body.matchAll(/<a\b[^>]*\bhref="([^"]*)"/gi)) {
    if (/^tel:/i.test(href!)) {
      if (!/^tel:\+?[0-9]{3,15}$/.test(href!) && !/^tel:\{(phone|emergency)Href\}$/.test(href!))
        out.push(`the link "${href}" is not a tel: number of digits`);
      continue;
    }
    let url: URL | undefined;
    try {
      url = new URL(href!);
    } catch {
      // reported below
    }
    if (url?.protocol !== 'https:' || !/\.[a-z]{2,}$/i.test(url.hostname)) out.push(`the link "${href}" is not a whole https: address`);
  }
  return out;
}

const isItem = (v: unknown): v is ContentItem =>
  typeof v === 'object' && v !== null && typeof (v as ContentItem).body === 'string' && typeof (v as ContentItem).reviewed === 'string';
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const at = (path: string, key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

/** One item's rules: review date, sources' revisions, links and (English) reading grade. */
export function itemProblems(
  locale: Locale,
  key: string,
  item: ContentItem,
  today: Date,
  gradeOf?: GradeOf,
  path = at(at(at('$', locale), 'items'), key),
): RuleProblem[] {
  const out: RuleProblem[] = [];
  const problem = (p: string, message: string, severity: Severity = 'error') => out.push({ path: p, message, severity });
  if (/^\d{4}-\d{2}-\d{2}$/.test(item.reviewed)) {
    const state = reviewState(item.reviewed, today);
    if (state === 'stale')
      problem(
        at(path, 'reviewed'),
        `reviewed ${item.reviewed}, more than ${REVIEW_MONTHS} months ago (due ${nextReviewDue(item.reviewed)}): review it against its sources`,
      );
    if (state === 'future') problem(at(path, 'reviewed'), `reviewed ${item.reviewed}, a day that has not come yet`);
    if (state === 'due-soon')
      problem(at(path, 'reviewed'), `next review due ${nextReviewDue(item.reviewed)}, within ${DUE_SOON_DAYS} days`, 'warning');
    for (const id of item.sources ?? []) {
      const source = ALL_SOURCES[id as SourceId];
      if (source && source.revised > item.reviewed) {
        problem(
          at(path, 'reviewed'),
          `reviewed ${item.reviewed}, before its source "${id}" was revised (${source.revised}): review it against the new version`,
          'warning',
        );
      }
    }
  }
  for (const message of linkProblems(item.body)) problem(at(path, 'body'), message);
  if (locale === 'en' && gradeOf) {
    const grade = gradeOf(readableText(item.body));
    if (grade > MAX_GRADE)
      problem(
        at(path, 'body'),
        `reads at grade ${grade.toFixed(1)} (Flesch-Kincaid); write for grade 6-${MAX_GRADE}: shorter sentences, shorter words`,
      );
  }
  return out;
}

/**
 * The rules over an overrides file: each item's, and both languages for every key given (a key
 * replaced in one language only leaves the other language's visitors reading the old text).
 */
export function overridesProblems(json: unknown, today: Date, gradeOf?: GradeOf): RuleProblem[] {
  const out: RuleProblem[] = [];
  const file = record(json);
  const given = Object.fromEntries(LOCALES.map((l) => [l, record(file[l])])) as Record<Locale, Record<string, unknown>>;
  for (const locale of LOCALES) {
    const lpath = at('$', locale);
    for (const [key, value] of Object.entries(record(given[locale].items))) {
      if (isItem(value)) out.push(...itemProblems(locale, key, value, today, gradeOf, at(at(lpath, 'items'), key)));
    }
    for (const section of ['ui', 'items', 'glossary'] as const) {
      for (const key of Object.keys(record(given[locale][section]))) {
        if (section === 'ui' && key.startsWith('staff.')) continue;
        for (const other of LOCALES) {
          if (other !== locale && !(key in record(given[other][section]))) {
            out.push({
              path: at(at(lpath, section), key),
              message: `given in "${locale}" only: add it under "${other}" too, or ${other} visitors keep the built-in text`,
              severity: 'error',
            });
          }
        }
      }
    }
  }
  return out;
}
