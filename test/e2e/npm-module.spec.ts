import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

/**
 * The built npm module (dist/npm/, `npm run build`) as an app loads it: demo/module.html imports
 * it by its package name through an import map that stands in for the app's bundler, with
 * Preact, XState and DOMPurify from node_modules (product.md: "Also published as an npm module
 * (ESM + types) for apps that bundle it").
 */
test('an app mounts the widget from the npm module, and its helpline link reaches the app', async ({ page }) => {
  const errors = watchErrors(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/module.html');

  const host = page.locator('#helpline-here helpline-widget');
  await expect(host).toHaveCount(1);
  const dialog = host.getByRole('dialog', { name: 'Helpline assistant' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('log')).toContainText('automated guide, not a doctor');

  await dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: 'Talk to a person' }).click();
  const call = dialog.getByRole('link', { name: /Call 1-800-227-2345/ });
  await expect(call).toHaveAttribute('href', 'tel:18002272345');
  await call.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault(), { once: true }));
  await call.click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { appSaw: string[] }).appSaw)).toEqual(['handoff:phone']);

  // The module, not the script tag: no global, no classic script, the app code from dist/npm/.
  expect(await page.evaluate(() => 'HelplineWidget' in window)).toBe(false);
  expect(requested).not.toContain('/helpline-widget.js');
  expect(requested.filter((p) => p.startsWith('/npm/app-'))).toHaveLength(1);
  expect(errors).toEqual([]);
});
