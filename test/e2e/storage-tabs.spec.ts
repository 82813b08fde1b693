import { expect, test, type Page } from '@playwright/test';
import { expectHelplineReachable, watchUncaught } from '../fixtures/page-guards';
import { openWidget } from './helpers';

/**
 * Two tabs on data-storage="local" (README, "Two tabs"): one conversation per browser. What one
 * tab does replaces the other's conversation while the other is idle; unsent text in a tab keeps
 * that tab's own conversation until it moves on.
 */
const PAGE =
  '<!doctype html><html lang="en"><title>x</title><main><h1>Support</h1></main><script src="/helpline-widget.js" defer data-storage="local"></script></html>';

async function tab(page: Page) {
  await page.goto('/storage-tabs.html');
  return openWidget(page);
}

test('a second tab follows the first one, and unsent text keeps a tab’s own conversation', async ({ page, context }) => {
  test.setTimeout(90_000); // two pages, each loading the widget
  await context.route('**/storage-tabs.html', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  const uncaughtA = watchUncaught(page);
  const first = await tab(page);
  await first.getByRole('button', { name: 'Talk to a person' }).first().click();
  await expect(first.getByRole('log')).toContainText('24 hours a day, 7 days a week');

  const other = await context.newPage();
  const uncaughtB = watchUncaught(other);
  const second = await tab(other);
  await expect(second.getByRole('log'), 'the second tab continues the saved conversation').toContainText('24 hours a day, 7 days a week');

  // The second tab starts over and answers: the first tab, idle, follows without a reload.
  await second.getByRole('button', { name: 'Start over' }).first().click();
  await second.getByRole('button', { name: 'Learn about treatment' }).click();
  await expect(second.getByRole('log')).toContainText('Who am I talking with today?');
  await expect(first.getByRole('log')).toContainText('Who am I talking with today?');
  await expect(first.getByRole('log')).not.toContainText('24 hours a day, 7 days a week');
  await expectHelplineReachable(first);

  // The first tab has unsent text: it keeps its own conversation and its text.
  await first.getByRole('textbox').fill('my son is 14 months old');
  await second.getByRole('button', { name: 'I’m a parent or caregiver' }).click();
  await expect(second.getByRole('log')).toContainText('Has your child’s care team told you the risk group?');
  await page.waitForTimeout(500);
  await expect(first.getByRole('log')).not.toContainText('Has your child’s care team told you the risk group?');
  await expect(first.getByRole('textbox')).toHaveValue('my son is 14 months old');

  // Its next step is saved over the other's, and the other tab, idle now, follows it.
  await first.getByRole('button', { name: 'I work in health care' }).click();
  await expect(first.getByRole('log')).toContainText('Has your child’s care team told you the risk group?');
  await expect(second.getByRole('log')).toContainText('I work in health care');
  expect([...uncaughtA, ...uncaughtB]).toEqual([]);
});
