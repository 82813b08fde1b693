import { main } from '../../widget/toolkit/check-cli';

/**
 * The checker (`npx helpline-widget check`, widget/toolkit/check-cli.ts) on a good and a bad file: every
 * problem with its JSON path, exit 1 on errors, 0 when there are none, 2 when it cannot run.
 * test/e2e/release.spec.ts runs the built command the same way, from outside the project.
 */
async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (l) => void out.push(l),
    (l) => void err.push(l),
  );
  return { code, out, err };
}
const TODAY = ['--today', '2026-12-01'];

// The first run loads jsdom and both languages' content: seconds on a busy machine.
describe('helpline-widget check', { timeout: 60_000 }, () => {
  it('passes a good file in both languages, with its $schema line', async () => {
    const { code, out } = await run('check', 'test/fixtures/check/good.json', ...TODAY);
    expect(out.filter((l) => / error /.test(l))).toEqual([]);
    expect(out.at(-1)).toBe('0 errors, 0 warnings in 1 file');
    expect(code).toBe(0);
  });

  it('lists every problem of a bad file with its JSON path and exits 1', async () => {
    const { code, out } = await run('check', 'test/fixtures/check/bad.json', ...TODAY);
    const has = (path: string, message: RegExp) =>
      expect(
        out.some((l) => l.startsWith(`test/fixtures/check/bad.json: error ${path}: `) && message.test(l)),
        `${path} ${message}\n${out.join('\n')}`,
      ).toBe(true);
    has('$.en.ui["opt.learn"]', /plain text/);
    has('$.en.items["treatment.intermediate"].body', /<script> is not allowed/);
    has('$.en.items["treatment.intermediate"].sources[0]', /unknown source/);
    has('$.en.items["treatment.intermediate"]', /given in "en" only/);
    has('$.en.items["treatment.low"].reviewed', /more than 12 months ago \(due 2025-01-15\)/);
    has('$.es.items["treatment.low"].reviewed', /more than 12 months ago/);
    has('$.en.items["treatment.low"].body', /reads at grade \d+\.\d/);
    has('$.en.items["treatment.low"].body', /"https:\/\/localhost" is not a whole https: address/);
    expect(out.at(-1)).toMatch(/^\d+ errors, \d+ warnings? in 1 file$/);
    expect(code).toBe(1);
  });

  it('warns, without failing, about a review due within 90 days', async () => {
    const { code, out } = await run('check', 'test/fixtures/check/good.json', '--today', '2027-09-15');
    expect(out).toContain('test/fixtures/check/good.json: warning $.en.items["treatment.low"].reviewed: next review due 2027-11-01, within 90 days');
    expect(code).toBe(0);
  });

  it('says what is wrong with a file that is not JSON, and one that is not there', async () => {
    const notJson = await run('check', 'README.md', ...TODAY);
    expect(notJson.out[0]).toMatch(/^README\.md: error \$: not valid JSON/);
    expect(notJson.code).toBe(1);
    const missing = await run('check', 'no-such-file.json');
    expect(missing.err[0]).toMatch(/^no-such-file\.json: cannot read it/);
    expect(missing.code).toBe(2);
  });

  it('prints its usage for a wrong command', async () => {
    for (const argv of [[], ['lint', 'x.json'], ['check'], ['check', 'x.json', '--today', 'soon']]) {
      const { code, err } = await run(...argv);
      expect(err.join('\n')).toMatch(/usage: helpline-widget check <overrides\.json>/);
      expect(code).toBe(2);
    }
  });
});
