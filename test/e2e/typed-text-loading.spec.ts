import { expect, test } from '@playwright/test';
import { openWidget } from './helpers';

/** The matcher's chunk (flows/freetext.ts) and the phrase lists: fetched only once the visitor goes to type. */
const MATCHER = /\/freetext-[\w-]+\.js$/;

test('the typed-text matcher loads on first typing, and a message sent right away is understood', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  await dialog.getByRole('button', { name: 'Learn about treatment' }).click();
  expect(fetched.filter((url) => MATCHER.test(url))).toEqual([]);

  const box = dialog.getByRole('textbox', { name: 'Type a question' });
  await box.fill('I want to talk to someone');
  await box.press('Enter');
  await expect.poll(() => fetched.filter((url) => MATCHER.test(url)).length).toBe(1);
  const log = dialog.getByRole('log');
  await expect(log).toContainText('trained cancer information specialist');
  await expect(log).not.toContainText(/not sure|didn.t understand/i);
});

test('on a slow network the typed message shows at once, and its answer follows when the matcher arrives', async ({ page }) => {
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(MATCHER, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  const box = dialog.getByRole('textbox', { name: 'Type a question' });
  await box.fill('what is MYCN');
  await box.press('Enter');
  const log = dialog.getByRole('log');
  await expect(log).toContainText('what is MYCN');
  await expect(box).toHaveValue('');
  await expect(log).not.toContainText('MYCN is a gene');
  release();
  await expect(log).toContainText('MYCN is a gene');
  await expect(log.getByText('what is MYCN', { exact: true })).toHaveCount(1);
});
