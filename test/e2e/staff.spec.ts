import { expect, test, type Page } from '@playwright/test';
import { openWidget, watchErrors, widget } from './helpers';

/**
 * Staff mode in real Chromium (docs/product.md): a specialist runs a whole call from the keyboard, sees
 * why the flow reached its answer, and copies an accurate summary for the family.
 */

const answers = (page: Page) => widget(page).getByRole('group', { name: 'Caller’s answer' });

/** Presses the key the option's visible hint shows, as a specialist reading the screen would. */
async function chooseByKey(page: Page, name: string | RegExp) {
  const option = answers(page).getByRole('button', { name, exact: typeof name === 'string' });
  const key = (await option.locator('kbd').textContent())?.trim() ?? '';
  expect(key).toMatch(/^[1-9]$/);
  await page.keyboard.press(key);
}

const sayHeading = (page: Page) => widget(page).getByRole('heading', { name: 'Say to the caller' });
const focusedText = (page: Page) => page.evaluate(() => document.querySelector('helpline-widget')?.shadowRoot?.activeElement?.textContent ?? '');

test('a specialist completes a call by keyboard alone and copies the summary', async ({ page, context, baseURL }) => {
  const errors = watchErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  // Step events bubble from the widget (docs/product.md, "Events"): the record of where the call went.
  await page.addInitScript(() => {
    const steps: string[] = [];
    (window as unknown as { steps: string[] }).steps = steps;
    document.addEventListener('helpline:step', (e) => steps.push((e as CustomEvent<{ state: string }>).detail.state));
  });
  await page.goto('/staff.html');

  // Inline in the desk page, not a floating bubble: no launcher, the script is on show.
  await expect(sayHeading(page)).toBeVisible();
  await expect(widget(page).getByRole('button', { name: /Chat with our guide/ })).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelector('#call-guide helpline-widget') !== null)).toBe(true);

  await chooseByKey(page, 'Learn about treatment');
  await chooseByKey(page, 'I’m a parent or caregiver');
  await chooseByKey(page, 'No');
  await chooseByKey(page, 'Spread to far parts of the body (M)');
  // Backspace takes the answer back; the specialist answers again.
  await page.keyboard.press('Backspace');
  await expect(answers(page).getByRole('button', { name: 'Spread to far parts of the body (M)' })).toBeVisible();
  await chooseByKey(page, 'Spread to far parts of the body (M)');
  await chooseByKey(page, '18 months or older');

  // The risk result with its reasoning: the facts and the COG 2021 table rule.
  const reasoning = widget(page).locator('.staff-reasoning');
  await expect(reasoning.getByText('COG 2021, high-risk rule 1: stage M, 18 months or older')).toBeVisible();
  await expect(reasoning.getByText('Age at diagnosis: 18 months or older')).toBeVisible();

  await chooseByKey(page, 'See what treatment involves');
  await chooseByKey(page, 'Next');
  await chooseByKey(page, 'Talk to a person');
  await expect(widget(page).locator('.staff-script')).toContainText('1-800-227-2345');
  expect(await page.evaluate(() => (window as unknown as { steps: string[] }).steps)).toEqual([
    'audience',
    'knowsGroup',
    'intake.stage',
    'intake.age',
    'intake.stage',
    'intake.age',
    'risk.high',
    'treatment.high.overview',
    'treatment.high.induction',
    'handoff',
  ]);

  // Tab to "Copy summary" and press Enter: no mouse anywhere in this call.
  for (let i = 0; i < 40 && (await focusedText(page)) !== 'Copy summary'; i++) await page.keyboard.press('Tab');
  expect(await focusedText(page)).toBe('Copy summary');
  await page.keyboard.press('Enter');
  await expect(widget(page).getByRole('status')).toHaveText('Summary copied.');

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Call summary');
  expect(copied).toContain('Who is calling: I’m a parent or caregiver');
  expect(copied).toContain('Where the tumor is (stage): Spread to far parts of the body (M)');
  expect(copied).toContain('Age at diagnosis: 18 months or older');
  expect(copied).toContain('High risk (COG 2021, high-risk rule 1: stage M, 18 months or older)');
  expect(copied).toContain('Treatment for high risk: overview');
  expect(copied).toContain('High risk: induction');
  expect(copied).toContain('Questions to ask the care team');
  expect(copied).not.toMatch(/<[a-z]|summary\.|opt\.|staff\./);

  // Esc asks first, then Enter starts the next call from the beginning, with nothing kept.
  await page.keyboard.press('Escape');
  await expect(widget(page).getByRole('group', { name: 'Erase this call’s answers and start over?' })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
  await page.keyboard.press('Enter');
  await expect(answers(page).getByRole('button', { name: 'Learn about treatment' })).toBeVisible();
  await expect(widget(page).getByText('No answers yet.')).toBeVisible();
  expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
  expect(errors).toEqual([]);
});

test('number keys are the page’s while one of its links has focus', async ({ page }) => {
  await page.goto('/staff.html');
  await expect(sayHeading(page)).toBeVisible();
  await page.getByRole('link', { name: 'Public site' }).focus();
  await page.keyboard.press('1');
  await page.keyboard.press('Escape');
  await expect(answers(page).getByRole('button', { name: 'Learn about treatment' })).toBeVisible();
  await expect(widget(page).getByRole('group', { name: 'Erase this call’s answers and start over?' })).toHaveCount(0);
  expect(page.url()).toMatch(/staff\.html$/);
});

test('the call guide works at 320 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/staff.html');
  await expect(sayHeading(page)).toBeVisible();
  await chooseByKey(page, 'Learn about treatment');
  await chooseByKey(page, 'I’m a parent or caregiver');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('visitors get the same summary at hand-off, to copy or print', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  const choose = (name: string) => dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name, exact: true }).click();
  await choose('Learn about treatment');
  await choose('I’m a parent or caregiver');
  await choose('No');
  await choose('In one place, and scans show it can be removed safely (L1)');
  await choose('No extra copies (not amplified)');
  await choose('Talk to a person');

  const card = dialog.getByRole('region', { name: 'Summary' });
  await expect(card.getByRole('list', { name: 'What to tell the specialist' })).toContainText('MYCN: No extra copies (not amplified)');
  // Visitors read the estimate as one; the table rule's name is for the specialist's summary.
  await expect(card).toContainText('Estimate from the answers: Low risk');
  await expect(card).not.toContainText('COG 2021');
  await expect(card.getByRole('list', { name: 'Questions for your child’s care team' })).toBeVisible();

  await card.getByRole('button', { name: 'Copy summary' }).click();
  await expect(card.getByRole('status')).toHaveText('Summary copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('What to tell the specialist');
});

test('printing shows the call summary and nothing else of the guide', async ({ page }) => {
  await page.goto('/staff.html');
  await chooseByKey(page, 'Learn about treatment');
  await chooseByKey(page, 'I’m a parent or caregiver');
  await page.emulateMedia({ media: 'print' });
  await expect(widget(page).getByRole('heading', { name: 'Call summary' })).toBeVisible();
  await expect(widget(page).getByRole('list', { name: 'Answers' })).toContainText('Who is calling: I’m a parent or caregiver');
  await expect(answers(page)).toBeHidden();
  await expect(sayHeading(page)).toBeHidden();
  await expect(widget(page).getByRole('button', { name: 'Copy summary' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
});
