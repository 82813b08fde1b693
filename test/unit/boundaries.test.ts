/**
 * The folder rules of docs/architecture.md ("Folders and their boundaries"), read from the
 * import statements themselves: flows/ is pure logic that may read content's shapes, content/ is
 * pure data, and neither reaches into widget/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every module a folder's files import, as [file, what it names] (relative ones resolved from the repo root). */
function importsOf(folder: string): [string, string][] {
  const found: [string, string][] = [];
  for (const name of readdirSync(join(root, folder), { recursive: true }) as string[]) {
    if (!/\.tsx?$/.test(name)) continue;
    const file = join(folder, name);
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, spec] of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/gm)) {
      found.push([file, spec!.startsWith('.') ? relative(root, normalize(join(root, file, '..', spec!))) : spec!]);
    }
  }
  return found;
}

it('flows/ imports xstate, its fuzzy matcher, itself and content’s shapes only', () => {
  const allowed = (target: string) =>
    ['xstate', 'fastest-levenshtein', 'content/types', 'content/lexicon/types'].includes(target) || target.startsWith('flows/');
  expect(importsOf('flows').filter(([, target]) => !allowed(target))).toEqual([]);
});

it('content/ imports nothing outside content/', () => {
  expect(importsOf('content').filter(([, target]) => !target.startsWith('content/'))).toEqual([]);
});

it('reads the imports it checks (a pattern that found none would pass anything)', () => {
  expect(importsOf('flows').map(([, target]) => target)).toContain('xstate');
  expect(importsOf('content').length).toBeGreaterThan(10);
});

it('nothing the widget runs imports the site team’s toolkit (widget/toolkit/ reads the widget, not the reverse)', () => {
  const runtime = ['widget/app', 'widget/embed', 'widget/staff', 'widget/summary', 'widget/handoff', 'widget/sanitize', 'flows', 'content'];
  const reaching = runtime.flatMap((folder) => importsOf(folder)).filter(([, target]) => target.startsWith('widget/toolkit'));
  expect(reaching).toEqual([]);
});
