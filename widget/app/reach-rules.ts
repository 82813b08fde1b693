import { fill, type TextVars } from './text';

/**
 * What a content override may not do to the way to a person (README, data-content-url): drop a
 * number the built-in text gives, show a number other than one the widget dials, or leave a
 * label with nothing to read. Checked on the filled text (placeholders replaced by the page's
 * data-phone and data-emergency-number), so `{phone}` and the number written out are the same.
 */

/** The US 988 Suicide & Crisis Lifeline (https://988lifeline.org/), named in the built-in crisis text. */
export const CRISIS_NUMBER = '988';

/** Keys that are the way to a person even where their built-in text names no number. */
const REACH_PREFIXES = ['handoff.', 'emergency.', 'crisis.', 'urgent.'];

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: ' ',
};

/** What a reader sees: tags gone, entities read. */
const visible = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? ' ');

/** North American numbers are dialled with or without the leading 1. */
const normal = (digits: string) => (digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits);
const digitsOf = (text: string) => normal(text.replace(/\D/g, ''));

/** A number a reader could dial: 7 digits or more, or exactly 3 (911, 988, 112). */
const isPhoneLike = (digits: string) => digits.length >= 7 || digits.length === 3;

/**
 * The phone-like numbers in text. A run of digit groups joined by one space, dot or dash, or
 * bracketed, is read from the left as the longest known number it starts with, so that
 * "{phone} 24/7" is the helpline and then a 24, not one long number; what is left of a run that
 * starts with no known number is one number.
 */
function phoneNumbers(text: string, known: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [run] of text.matchAll(/\+?(?:\d+|\(\d+\))(?:[ .\u00a0-]?(?:\d+|\(\d+\)))*/g)) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(run)) continue; // an ISO date
    let groups: string[] = run.match(/\d+/g) ?? [];
    while (groups.length > 0) {
      let taken = 0;
      for (let end = groups.length; end > 0 && taken === 0; end--) {
        if (known.has(normal(groups.slice(0, end).join('')))) taken = end;
      }
      const digits = normal(groups.slice(0, taken || groups.length).join(''));
      if (isPhoneLike(digits)) found.push(digits);
      groups = taken ? groups.slice(taken) : [];
    }
  }
  return found;
}

const telLinks = (html: string) => [...html.matchAll(/href\s*=\s*["']?tel:([^"'\s>]*)/gi)].map(([, number]) => digitsOf(number ?? ''));

/** The numbers the widget dials, by what a reader calls them. */
function dialled(vars: TextVars): [string, string][] {
  return [
    ['the helpline number', digitsOf(vars.phone)],
    ['the emergency number', digitsOf(vars.emergency)],
    ['988', CRISIS_NUMBER],
  ];
}

/**
 * The controls that lead to a person, and the words (English or Spanish, as either language's
 * override may be checked) one of which their label must keep: relabelled "Read more", a way to
 * the helpline would still dial but no longer say where it goes.
 */
const REACH_LABELS = [
  'opt.talkToPerson',
  'opt.emergency',
  'ui.callNow',
  'ui.callHelpline',
  'ui.callEmergency',
  'ui.callCrisis',
  'ui.textCrisis',
  'ui.openChat',
];
const SAYS_REACH =
  /\b(person|people|someone|somebody|human|specialist|helpline|hotline|call|phone|text|talk|chat|emergency|help|persona|alguien|especialista|l[ií]nea|llam\p{L}*|tel[eé]fono|texto|mensaje|hablar|chat|emergencia|ayuda|\d{3,})\b/iu;

/** Whether some letter or digit is left to read (not only spaces, zero-width or control characters). */
export const hasVisibleText = (text: string) => /[\p{L}\p{N}]/u.test(visible(text));

/**
 * The problems with an override of `key` given as `given`, against its built-in text in each
 * locale (`builtIn`, empty for new content). One message per rule broken.
 */
export function reachProblems(key: string, given: string, builtIn: readonly string[], vars: TextVars, label: boolean): string[] {
  const problems: string[] = [];
  if (!hasVisibleText(given)) problems.push(label ? 'a label must have text a reader can see' : 'must have text a reader can see');
  const filled = fill(given, vars);
  if (label && REACH_LABELS.includes(key) && hasVisibleText(given) && !SAYS_REACH.test(visible(filled)))
    problems.push('a label that leads to a person must say so (a word such as "person", "call", "helpline", "chat" or "emergency")');
  const numbers = dialled(vars);
  const allowed = new Set(numbers.map(([, number]) => number));
  const shown = phoneNumbers(visible(filled), allowed);
  const kept = builtIn.map((text) => phoneNumbers(visible(fill(text, vars)), allowed));
  for (const [name, number] of numbers) {
    if (kept.some((list) => list.includes(number)) && !shown.includes(number)) {
      problems.push(`must keep ${name} (${number}) that the built-in text gives`);
    }
  }
  const isReach = label || REACH_PREFIXES.some((prefix) => key.startsWith(prefix)) || kept.some((list) => list.some((n) => allowed.has(n)));
  const foreign = [...shown, ...telLinks(filled)].filter((number) => !allowed.has(number));
  if (isReach && foreign.length > 0) {
    problems.push(`shows or dials a number the widget does not dial (${[...new Set(foreign)].join(', ')}); use {phone} or {emergency}`);
  }
  for (const [, href, text] of filled.matchAll(/<a\b[^>]*href\s*=\s*["']?tel:([^"'\s>]*)[^>]*>([\s\S]*?)<\/a>/gi)) {
    const onLink = phoneNumbers(visible(text ?? ''), allowed);
    if (onLink.some((number) => number !== digitsOf(href ?? ''))) problems.push('a phone link shows a number other than the one it dials');
  }
  return problems;
}
