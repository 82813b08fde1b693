import { readFile } from 'node:fs/promises';
import readability from 'text-readability';
import { en, es } from '../../content';
import { MAX_BYTES, validateOverrides, type MarkupJudge } from '../app/content-overrides';
import { readMarkup } from '../sanitize/markup';
import * as purify from '../sanitize/purify';
import { overridesProblems, type RuleProblem } from './content-rules';

/**
 * `npx helpline-widget check overrides.json [more.json] [--today yyyy-mm-dd]`: the widget's own
 * validator (widget/app/content-overrides.ts) and the content rules (widget/toolkit/content-rules.ts) on
 * each file, every problem printed with its JSON path, exit code 1 when there is an error
 * (warnings alone exit 0), 2 when a file cannot be read or the command is wrong.
 * Built by `npm run build` into dist/cli/helpline-widget.mjs with what it needs bundled
 * (text-readability for the reading grade), so it works after `npm i helpline-widget`.
 * Markup is judged by DOMPurify in jsdom where jsdom is installed, exactly as the widget judges it
 * in the browser; without jsdom, by the widget's strict reader, which never accepts what DOMPurify
 * refuses but may refuse markup DOMPurify would rewrite (a note says so).
 */
const USAGE = 'usage: helpline-widget check <overrides.json>... [--today yyyy-mm-dd]';

export interface CheckResult {
  file: string;
  problems: RuleProblem[];
}

interface Judge {
  judge: MarkupJudge;
  win: Window;
  note?: string;
}

/** DOMPurify in jsdom when the project has jsdom; the strict reader otherwise. */
async function markupJudge(): Promise<Judge> {
  try {
    const { JSDOM } = (await import(/* @vite-ignore */ 'jsdom' as string)) as { JSDOM: new (html: string) => { window: Window } };
    const { isSafeHtml, sanitizeHtml } = purify;
    const win = new JSDOM('<!doctype html>').window;
    return { win, judge: { isSafe: (html) => isSafeHtml(html, win), canonical: (html) => sanitizeHtml(html, win) } };
  } catch {
    return {
      win: globalThis as unknown as Window,
      judge: { isSafe: (html) => readMarkup(html) !== undefined, canonical: (html) => html },
      note:
        'note: jsdom is not installed, so markup was checked by the widget’s strict reader, which accepts only the form the widget stores ' +
        '(links as <a href="https://…" target="_blank" rel="noopener noreferrer">). For the exact check the widget runs: npm i -D jsdom',
    };
  }
}

export async function checkFile(file: string, today: Date, judge: Judge): Promise<CheckResult> {
  const problems: RuleProblem[] = [];
  const error = (path: string, message: string) => problems.push({ path, message, severity: 'error' });
  const text = await readFile(file, 'utf8');
  if (text.length > MAX_BYTES) {
    error('$', `the file is larger than ${MAX_BYTES / 1024} KB`);
    return { file, problems };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    error('$', `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    return { file, problems };
  }
  const { problems: shape } = validateOverrides(json, { en, es }, judge.win, undefined, judge.judge);
  for (const p of shape) error(p.path, p.message);
  problems.push(...overridesProblems(json, today, (t) => readability.fleschKincaidGrade(t)));
  return { file, problems };
}

export function format({ file, problems }: CheckResult): string[] {
  return problems.map((p) => `${file}: ${p.severity} ${p.path}: ${p.message}`);
}

export async function main(argv: string[], out = console.log, err = console.error): Promise<number> {
  const args = [...argv];
  if (args[0] === 'check') args.shift();
  else {
    err(USAGE);
    return 2;
  }
  let today = new Date();
  const t = args.indexOf('--today');
  if (t >= 0) {
    const value = args[t + 1] ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      err(`--today takes a date, yyyy-mm-dd\n${USAGE}`);
      return 2;
    }
    today = new Date(`${value}T00:00:00Z`);
    args.splice(t, 2);
  }
  if (args.length === 0 || args.some((a) => a.startsWith('-'))) {
    err(USAGE);
    return 2;
  }
  const judge = await markupJudge();
  let errors = 0;
  let warnings = 0;
  for (const file of args) {
    let result: CheckResult;
    try {
      result = await checkFile(file, today, judge);
    } catch (e) {
      err(`${file}: cannot read it (${e instanceof Error ? e.message : String(e)})`);
      return 2;
    }
    for (const line of format(result)) out(line);
    errors += result.problems.filter((p) => p.severity === 'error').length;
    warnings += result.problems.filter((p) => p.severity === 'warning').length;
  }
  if (judge.note) out(judge.note);
  out(
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${args.length} file${args.length === 1 ? '' : 's'}`,
  );
  return errors > 0 ? 1 : 0;
}
