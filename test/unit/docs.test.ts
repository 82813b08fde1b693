import { readFileSync } from 'node:fs';
import { STEP_IDS } from '../../flows';

const catalog = readFileSync(new URL('../../docs/conversation.md', import.meta.url), 'utf8');
/** The step ids the catalog's table names (its first column). */
const listed = [...catalog.matchAll(/^\| `([\w.]+)` \|/gm)].map((m) => m[1]);

describe('docs/conversation.md, the catalog of steps', () => {
  it('names every step of the machine', () => {
    expect(STEP_IDS.filter((id) => !listed.includes(id))).toEqual([]);
  });

  it('names no step the machine does not have', () => {
    expect(listed.filter((id) => !(STEP_IDS as readonly string[]).includes(id!))).toEqual([]);
  });
});
