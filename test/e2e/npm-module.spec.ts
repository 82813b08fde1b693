import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

/**
 * The built npm module (dist/npm/, `npm run build`) as an app loads it: demo/module.html imports
 * it by its package name through an import map that stands in for the app's bundler, with
 * Preact, XState and DOMPurify from node_modules (docs/product.md: "Also published as an npm module
 * (ESM + types) for apps that bundle it").
 */
test('an app mounts the widget from the npm module, and its helpline link reaches the app', async ({ page }) => {
  const errors = watchErrors(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/module.html');

  const host = page.locator('#helpline-here helpline-widget');
  await expect(host).toHaveCount(1);
  const dialog = host.getByRole('dialog', { name: 'Helpline guide' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('log')).toContainText('automated guide, not a doctor');

  await dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: 'Talk to a person' }).click();
  // The call bar's link: until the hand-off card's own file arrives, the card shows a call link
  // of the same name in the transcript (widget/app/handoff-slot.tsx); either tap reaches the app.
  const call = dialog.getByRole('link', { name: /Call 1-800-227-2345/ }).last();
  await expect(call).toHaveAttribute('href', 'tel:18002272345');
  await call.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault(), { once: true }));
  await call.click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { appSaw: string[] }).appSaw)).toEqual(['handoff:phone']);

  // The module, not the script tag: no global, no classic script, the app code from dist/npm/.
  expect(await page.evaluate(() => 'HelplineWidget' in window)).toBe(false);
  expect(requested).not.toContain('/helpline-widget.js');
  expect(requested.filter((p) => p.startsWith('/npm/start-app-'))).toHaveLength(1);
  expect(errors).toEqual([]);
});

/** An app's code against the package's published types (package.json "exports" -> "types"). */
const APP = `
import { classifyRisk, createHelplineWidget, type HelplineWidgetOptions, type RiskResult } from 'helpline-widget';
const options: HelplineWidgetOptions = { locale: 'es', target: document.body, open: true, storage: 'none' };
const api = createHelplineWidget(options);
const off = api?.on('handoff', (detail) => detail.channel satisfies 'phone' | 'chat');
off?.();
const risk: RiskResult = classifyRisk({ ageMonths: 3, inrgStage: 'L1' });
export const seen: [string, string | undefined] = [risk.group, api?.version];
// @ts-expect-error: not a mode
createHelplineWidget({ mode: 'admin' });
// @ts-expect-error: the version is a string (types that resolved to any would let this pass)
export const wrong: number = createHelplineWidget()!.version;
`;

for (const resolution of ['bundler', 'nodenext'] as const) {
  test(`an app type-checks against the package's types (moduleResolution ${resolution})`, () => {
    const repo = fileURLToPath(new URL('../../', import.meta.url));
    const app = mkdtempSync(join(tmpdir(), 'helpline-types-'));
    try {
      mkdirSync(join(app, 'node_modules'));
      symlinkSync(repo, join(app, 'node_modules', 'helpline-widget'), 'dir');
      writeFileSync(join(app, 'package.json'), '{ "type": "module" }');
      writeFileSync(join(app, 'app.ts'), APP);
      const module = resolution === 'bundler' ? 'esnext' : 'nodenext';
      const args = [
        '--noEmit',
        '--strict',
        '--target',
        'es2022',
        '--lib',
        'es2022,dom',
        '--types',
        '',
        '--module',
        module,
        '--moduleResolution',
        resolution,
        'app.ts',
      ];
      // No skipLibCheck: the declarations themselves must be valid too.
      let errors = '';
      try {
        execFileSync(join(repo, 'node_modules/.bin/tsc'), args, { cwd: app, encoding: 'utf8' });
      } catch (error) {
        errors = (error as { stdout?: string }).stdout || String(error);
      }
      expect(errors).toBe('');
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });
}

test('the package ships its types as one file with no internal modules in it', () => {
  const npm = fileURLToPath(new URL('../../dist/npm/', import.meta.url));
  const declarations = (readdirSync(npm, { recursive: true }) as string[]).filter((name) => name.endsWith('.d.ts'));
  expect(declarations).toEqual(['helpline-widget.d.ts']);
});
