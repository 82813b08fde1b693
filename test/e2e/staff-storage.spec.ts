import { expect, test, type Page } from '@playwright/test';
import { watchErrors, widget } from './helpers';

/**
 * Staff mode "stores nothing unless data-storage asks" (docs/product.md), in real Chromium: with
 * data-storage="session" (demo/staff-saved.html) a reload keeps the call and Esc erases it;
 * without the attribute nothing reaches browser storage.
 */
const answers = (page: Page) => widget(page).getByRole('group', { name: 'Caller’s answer' });
const answersPanel = (page: Page) => widget(page).getByRole('region', { name: 'Caller’s answers' });
const stored = (page: Page) =>
  page.evaluate(() => ({
    session: Object.keys(sessionStorage),
    local: Object.keys(localStorage),
  }));

async function chooseByKey(page: Page, name: string) {
  const key = (await answers(page).getByRole('button', { name, exact: true }).locator('kbd').textContent())?.trim() ?? '';
  await page.keyboard.press(key);
}

async function startCall(page: Page) {
  await chooseByKey(page, 'Learn about treatment');
  await chooseByKey(page, 'I’m a parent or caregiver');
  await chooseByKey(page, 'No');
  await chooseByKey(page, 'Spread to far parts of the body (M)');
  await expect(answers(page).getByRole('button', { name: '18 months or older' })).toBeVisible();
}

test('with data-storage="session", a reload keeps the call and Esc erases it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/staff-saved.html');
  await startCall(page);
  expect(await stored(page)).toEqual({ session: ['helpline-widget:staff-call'], local: [] });

  await page.reload();
  // The same question, the same answers, and the way back still works.
  await expect(answers(page).getByRole('button', { name: '18 months or older' })).toBeVisible();
  await expect(answersPanel(page)).toContainText('I’m a parent or caregiver');
  await expect(answersPanel(page)).toContainText('Spread to far parts of the body (M)');
  await page.keyboard.press('Backspace');
  await expect(answers(page).getByRole('button', { name: 'Spread to far parts of the body (M)' })).toBeVisible();

  await page.keyboard.press('Escape');
  await widget(page).getByRole('button', { name: 'Erase and start over' }).click();
  await expect(widget(page).getByText('No answers yet.')).toBeVisible();
  expect(await stored(page)).toEqual({ session: [], local: [] });
  await page.reload();
  await expect(answers(page).getByRole('button', { name: 'Learn about treatment' })).toBeVisible();
  await expect(widget(page).getByText('No answers yet.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('reset() from the page erases the kept call', async ({ page }) => {
  await page.goto('/staff-saved.html');
  await startCall(page);
  await page.evaluate(() => (window as unknown as { HelplineWidget: { reset(): void } }).HelplineWidget.reset());
  await expect(widget(page).getByText('No answers yet.')).toBeVisible();
  expect(await stored(page)).toEqual({ session: [], local: [] });
});

test('without data-storage, staff mode stores nothing and a reload starts a new call', async ({ page }) => {
  // The desk page with its data-storage attribute taken out: the default must not store.
  await page.route('**/staff.html', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    expect(html).toContain(' data-storage="none"');
    await route.fulfill({ response, body: html.replace(' data-storage="none"', '') });
  });
  await page.goto('/staff.html');
  expect(await page.locator('script[data-mode="staff"]').getAttribute('data-storage')).toBeNull();
  await startCall(page);
  expect(await stored(page)).toEqual({ session: [], local: [] });
  await page.reload();
  await expect(answers(page).getByRole('button', { name: 'Learn about treatment' })).toBeVisible();
  await expect(widget(page).getByText('No answers yet.')).toBeVisible();
  expect(await stored(page)).toEqual({ session: [], local: [] });
});
