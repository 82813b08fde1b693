import { expect, test } from '@playwright/test';
import { openWidget, watchErrors, widget } from './helpers';

test('the conversation survives a reload in the same tab, and start over erases it', async ({ page }) => {
  await page.goto('/bare.html');
  let dialog = await openWidget(page);
  await dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: 'Talk to a person' }).click();
  await expect(dialog.getByRole('log')).toContainText('Live chat');
  await dialog.getByRole('textbox', { name: 'Type a question' }).fill('half-typed question');
  await page.reload();
  dialog = await openWidget(page);
  // The first paint already holds the restored conversation and the typed text.
  await expect(dialog.getByRole('log')).toContainText('Live chat');
  await expect(dialog.getByRole('textbox', { name: 'Type a question' })).toHaveValue('half-typed question');
  const header = dialog.getByRole('heading', { name: 'Helpline guide' }).locator('..');
  await header.getByRole('button', { name: 'Start over' }).click();
  await expect(dialog.getByRole('log')).not.toContainText('Live chat');
  const kept = await page.evaluate(() => JSON.stringify(sessionStorage));
  expect(kept).not.toContain('handoff');
  await page.reload();
  dialog = await openWidget(page);
  await expect(dialog.getByRole('log')).not.toContainText('Live chat');
});

test('storage that throws falls back to memory without an error', async ({ page }) => {
  await page.addInitScript(() => {
    const deny = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'sessionStorage', { get: deny });
    Object.defineProperty(window, 'localStorage', { get: deny });
  });
  const errors = watchErrors(page);
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  await dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: 'Talk to a person' }).click();
  await expect(dialog.getByRole('log')).toContainText('Live chat');
  expect(errors).toEqual([]);
});

test('full storage falls back to memory without an error', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  const errors = watchErrors(page);
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  await dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: 'Talk to a person' }).click();
  await expect(dialog.getByRole('log')).toContainText('Live chat');
  await expect(widget(page)).toHaveCount(1);
  expect(errors).toEqual([]);
});
