import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations, openWidget, watchErrors } from './helpers';

/** Types a message and sends it, as a visitor does. */
async function say(dialog: Locator, text: string) {
  await dialog.getByRole('textbox', { name: 'Type a question' }).fill(text);
  await dialog.getByRole('button', { name: 'Send' }).click();
}

test('two crisis messages in a row both get the crisis answer, with 988 to call or text', async ({ page }) => {
  // Two turns and a full axe pass: under a loaded CI machine this takes most of the default 30 s.
  test.slow();
  const errors = watchErrors(page);
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  const log = dialog.getByRole('log');
  for (const n of [1, 2]) {
    await say(dialog, 'I want to die');
    await expect(log.getByText('I want to die', { exact: true })).toHaveCount(n);
    await expect(log.getByRole('link', { name: 'Call 988' })).toHaveCount(n);
    await expect(log.getByRole('link', { name: 'Text 988' })).toHaveCount(n);
  }
  await expect(log.getByRole('link', { name: 'Text 988' }).last()).toHaveAttribute('href', 'sms:988');
  await expect(log.getByRole('link', { name: 'Call 988' }).last()).toHaveAttribute('href', 'tel:988');
  await expect(log.getByRole('link', { name: 'Text 988' }).last()).toBeInViewport();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('an emergency after an emergency gets the call buttons again, and no start over', async ({ page }) => {
  test.slow();
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  const log = dialog.getByRole('log');
  await dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: 'This is an emergency' }).click();
  await expect(log.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await say(dialog, 'she stopped breathing');
  await expect(log.getByRole('link', { name: 'Call 911' })).toHaveCount(2);
  await expect(log.getByRole('link', { name: 'Call 911' }).last()).toBeInViewport();
  await expect(dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: 'Start over' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a crisis in the visitor’s own words, English or Spanish, gets 988, and the parent’s own tears a warm answer', async ({ page }) => {
  test.slow();
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  const log = dialog.getByRole('log');
  await say(dialog, 'I can’t stop crying');
  await expect(log).toContainText('It is OK to cry');
  await expect(log).not.toContainText('I can’t tell what will happen to your child');
  await say(dialog, 'i just want to disappear');
  await expect(log.getByRole('link', { name: 'Call 988' })).toHaveCount(1);
  await say(dialog, 'quisiera desaparecer');
  await expect(log.getByRole('link', { name: 'Text 988' })).toHaveCount(2);
  await expect(log).not.toContainText(/didn.t understand/i);
});
