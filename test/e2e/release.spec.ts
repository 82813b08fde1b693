import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

/**
 * What `npm run build` ships (widget/toolkit/release.mjs, package.json "files", "bin", "exports"): the
 * versioned release folder with a Subresource Integrity hash per file, a package holding what the
 * README promises and nothing of test/, demo/ or the sources, and the checker working from a copy with
 * no project around it, as after `npm i helpline-widget`. Runs after the build, like the browser tests.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  exports: Record<string, unknown>;
};
const folder = join(root, 'dist/v', pkg.version);

test('the release folder has every browser file with its sha384 hash', () => {
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
    version: string;
    files: Record<string, { integrity: string; bytes: number }>;
  };
  expect(manifest.version).toBe(pkg.version);
  const files = readdirSync(folder)
    .filter((f) => f !== 'manifest.json')
    .sort();
  expect(Object.keys(manifest.files).sort()).toEqual(files);
  expect(files).toEqual(expect.arrayContaining(['helpline-widget.js', 'helpline-app.js']));
  for (const name of files) {
    const bytes = readFileSync(join(folder, name));
    expect(manifest.files[name]!.integrity, name).toBe(`sha384-${createHash('sha384').update(bytes).digest('base64')}`);
    expect(manifest.files[name]!.bytes).toBe(bytes.length);
    // The same files as dist/ itself: the unversioned URL serves the latest build.
    expect(bytes.equals(readFileSync(join(root, 'dist', name))), name).toBe(true);
  }
});

test('a pinned tag with integrity loads the widget, and the loader takes its files from the same folder', async ({ page }) => {
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { files: Record<string, { integrity: string }> };
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('/bare.html');
  await page.evaluate(
    ([src, integrity]) => {
      document.querySelectorAll('script[src="/helpline-widget.js"]').forEach((s) => s.remove());
      (window as unknown as { HelplineWidget?: { destroy(): void } }).HelplineWidget?.destroy();
      const script = Object.assign(document.createElement('script'), { src: src!, integrity: integrity!, crossOrigin: 'anonymous' });
      script.dataset.open = 'true';
      document.body.append(script);
    },
    [`/v/${pkg.version}/helpline-widget.js`, manifest.files['helpline-widget.js']!.integrity],
  );
  await expect(page.locator('helpline-widget').getByRole('dialog', { name: 'Helpline guide' })).toBeVisible();
  expect(loaded).toContain(`/v/${pkg.version}/helpline-app.js`);
  expect(loaded.filter((p) => p.startsWith(`/v/${pkg.version}/`)).length).toBeGreaterThan(2);
});

test('a wrong integrity hash stops the browser from running the loader', async ({ page }) => {
  await page.goto('/bare.html');
  const blocked = await page.evaluate(
    (src) =>
      new Promise<boolean>((resolve) => {
        const script = Object.assign(document.createElement('script'), { src, integrity: 'sha384-AAAA', crossOrigin: 'anonymous' });
        script.onerror = () => resolve(true);
        script.onload = () => resolve(false);
        document.body.append(script);
      }),
    `/v/${pkg.version}/helpline-widget.js?again`,
  );
  expect(blocked).toBe(true);
});

test('the package holds what the README promises and nothing of test/, demo/ or the sources', () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as [
    { files: { path: string }[] },
  ];
  const paths = packed.files.map((f) => f.path);
  for (const promised of [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'dist/helpline-widget.js',
    'dist/helpline-app.js',
    'dist/npm/helpline-widget.js',
    'dist/npm/helpline-widget.d.ts',
    'dist/schema.json',
    'dist/config.schema.json',
    'dist/cli/helpline-widget.mjs',
    `dist/v/${pkg.version}/helpline-widget.js`,
    `dist/v/${pkg.version}/manifest.json`,
  ]) {
    expect(paths, promised).toContain(promised);
  }
  expect(paths.filter((p) => /^(test|demo|content|flows|widget|docs|\.changeset)\//.test(p) || p.startsWith('dist/.vite/'))).toEqual([]);
  // Every file the exports and the bin name is in the package.
  const targets = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(targets));
  const named = [...Object.values(pkg.bin), ...targets(pkg.exports)].map((p) => p.replace(/^\.\//, ''));
  expect(named.filter((p) => !paths.includes(p))).toEqual([]);
});

test('the built checker works from a copy outside the project, without jsdom, with paths and exit codes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'helpline-check-'));
  try {
    const bin = join(dir, 'helpline-widget.mjs');
    copyFileSync(join(root, pkg.bin['helpline-widget']!), bin);
    for (const f of ['good.json', 'bad.json']) copyFileSync(join(root, 'test/fixtures/check', f), join(dir, f));
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'check', ...args, '--today', '2026-12-01'], { cwd: dir, encoding: 'utf8' });
    const good = run('good.json');
    expect(good.stdout).toContain('0 errors, 0 warnings in 1 file');
    expect(good.stdout).toContain('jsdom is not installed');
    expect(good.status).toBe(0);
    const bad = run('bad.json');
    expect(bad.stdout).toContain('bad.json: error $.en.items["treatment.intermediate"].body: <script> is not allowed in content');
    expect(bad.stdout).toMatch(/bad\.json: error \$\.en\.items\["treatment\.low"\]\.body: reads at grade \d/);
    expect(bad.stdout).toContain('bad.json: error $.en.items["treatment.low"].reviewed: reviewed 2024-01-15, more than 12 months ago');
    expect(bad.status).toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
