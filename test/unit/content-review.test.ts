import { readFileSync, writeFileSync } from 'node:fs';
import { en, enTopics, SOURCES, TOPIC_SOURCES, type ContentItem } from '../../content';
import { gradeOf, readableText } from '../fixtures/readable-text';

/**
 * The printed review table (docs/content-review.md): every English item with its first line, its
 * sources with their revision dates, the date we reviewed it and its reading grade, for a
 * reviewer to go through on paper. This test fails when the checked-in table is stale;
 * `npm run content:table` writes it again.
 */
const FILE = new URL('../../docs/content-review.md', import.meta.url);
const ALL_SOURCES: Record<string, { title: string; revised: string }> = { ...SOURCES, ...TOPIC_SOURCES };

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The first sentence a reader sees, cut at 90 characters. */
function firstLine(body: string): string {
  const text = readableText(body);
  const sentence = /^.*?[.?!:](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length > 90 ? `${sentence.slice(0, 87).trimEnd()}…` : sentence;
}

function row(key: string, item: ContentItem): string {
  const sources = item.sources.map((id) => `${id} (${ALL_SOURCES[id]?.revised ?? '?'})`).join(', ');
  return `| \`${key}\` | ${cell(firstLine(item.body))} | ${sources} | ${item.reviewed} | ${gradeOf(item.body).toFixed(1)} |`;
}

export function reviewTable(): string {
  const core = Object.entries(en.items).sort(([a], [b]) => a.localeCompare(b));
  const topics = Object.values(enTopics)
    .flatMap((family) => Object.entries(family.items))
    .sort(([a], [b]) => a.localeCompare(b));
  const header = ['| key | English first line | sources (revised) | reviewed | grade |', '| --- | --- | --- | --- | ---: |'];
  const sources = Object.entries(ALL_SOURCES).map(([id, s]) => `- \`${id}\`: ${s.title} (revised ${s.revised})`);
  return [
    '# Content review table',
    '',
    'Generated from content/ by `npm run content:table` (test/unit/content-review.test.ts fails when',
    'it is stale). Every English item: its first line, its sources with their revision dates, the date',
    'we last reviewed it against them, and its Flesch-Kincaid grade (the ceiling is 8). The Spanish',
    'items have the same keys and sources.',
    '',
    '## Sources',
    '',
    ...sources,
    '',
    `## The conversation (${core.length} items)`,
    '',
    ...header,
    ...core.map(([key, item]) => row(key, item)),
    '',
    `## Topic families, loaded on demand (${topics.length} items)`,
    '',
    ...header,
    ...topics.map(([key, item]) => row(key, item)),
    '',
  ].join('\n');
}

describe('docs/content-review.md', () => {
  it('is the review table of the content as it is now (npm run content:table writes it)', () => {
    const table = reviewTable();
    if (process.env.CONTENT_TABLE === 'write') writeFileSync(FILE, table);
    expect(readFileSync(FILE, 'utf8'), 'run `npm run content:table` and commit docs/content-review.md').toBe(table);
  });

  it('lists every item once, with a grade', () => {
    const table = reviewTable();
    const keys = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    const expected = [...Object.keys(en.items), ...Object.values(enTopics).flatMap((f) => Object.keys(f.items))];
    expect([...keys].sort()).toEqual([...expected].sort());
    expect(table).toContain('| `topic.sideEffects.fever` | Chemo lowers the white blood cells that fight germs. |');
  });
});
