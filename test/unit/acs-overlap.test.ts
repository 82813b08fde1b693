import { readFileSync } from 'node:fs';
import { en, enTopics, es, esTopics, type LocaleContent, type TopicContent } from '../../content';
import { staff as enStaff } from '../../content/en/staff';

/**
 * Our own words (content/README.md, "Editorial guidelines"): ACS text is copyrighted, so no item
 * shares a run of six words with the ACS page our risk-group content draws on. The page is copied
 * into test/fixtures/ (CI has no copy of the background material). Case, punctuation and markup
 * are ignored.
 */
const RUN = 6;
const acs = readFileSync(new URL('../fixtures/acs-neuroblastoma-treatment-by-risk-group.txt', import.meta.url), 'utf8');

/** The words of a text: markup and placeholders gone, lower case, letters and digits only. */
export function words(text: string): string[] {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{\w+\}/g, ' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function runs(list: string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + RUN <= list.length; i++) found.add(list.slice(i, i + RUN).join(' '));
  return found;
}

const ACS_RUNS = runs(words(acs));

/** The runs of six words a text shares with the ACS page. */
export const sharedRuns = (text: string): string[] => [...runs(words(text))].filter((run) => ACS_RUNS.has(run));

const withTopics = (core: LocaleContent, topics: Record<string, TopicContent>) =>
  Object.values(topics).reduce<Record<string, string>>(
    (all, t) => ({ ...all, ...Object.fromEntries(Object.entries(t.items).map(([k, v]) => [k, v.body])), ...t.ui }),
    { ...Object.fromEntries(Object.entries(core.items).map(([k, v]) => [k, v.body])), ...core.ui },
  );

const TEXTS: [string, string][] = [
  ...Object.entries(withTopics(en, enTopics)).map(([key, text]): [string, string] => [`en ${key}`, text]),
  ...Object.entries(withTopics(es, esTopics)).map(([key, text]): [string, string] => [`es ${key}`, text]),
  ...Object.entries(enStaff.scripts).map(([key, text]): [string, string] => [`en ${key} (script)`, text]),
];

describe('no six words in a row from the ACS page', () => {
  it('reads the ACS page copy', () => {
    expect(ACS_RUNS.size).toBeGreaterThan(1000);
  });

  it.each(TEXTS.map(([key]) => key))('%s is in our own words', (key) => {
    const text = TEXTS.find(([k]) => k === key)![1];
    expect(sharedRuns(text)).toEqual([]);
  });

  it('finds a sentence copied from the page, whatever its case, punctuation or markup', () => {
    const line = acs
      .split('\n')
      .map((l) => l.trim())
      .find((l) => words(l).length >= 12)!;
    const copied = `<p>${line.toUpperCase().replace(/ /g, ' , ')}</p>`;
    expect(sharedRuns(copied).length).toBeGreaterThan(0);
    expect(sharedRuns('Your child’s care team knows your child best, and can explain it.')).toEqual([]);
  });
});
