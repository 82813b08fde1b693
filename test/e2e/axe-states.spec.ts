import { expect, type Page } from '@playwright/test';
import { choices, seedSession, type Move } from '../fixtures/saved-session';
import { embedSeeded, test } from './axe-page';
import { expectNoAxeViolations, openWidget, widget } from './helpers';

/**
 * The accessibility sweep of what is not a step of the conversation (the steps are in
 * axe-every-step.spec.ts): the closed launcher, a styled host page, dark mode, forced colors,
 * a 320 px phone, 200% zoom, Spanish, lines only some conversations have (a question not
 * understood, the visitor's summary at hand-off), staff mode and the inline embed. What can be
 * shown on the shared page of axe-page.ts is; other pages are loaded in a page of their own.
 */

async function openSeeded(page: Page, moves: Move[], locale: 'en' | 'es' = 'en') {
  const seeded = seedSession(moves, { locale });
  await embedSeeded(page, seeded);
  const dialog = await openWidget(page);
  await expect(dialog.getByRole('log')).toContainText(seeded.firstLine);
  return dialog;
}

for (const path of ['/', '/bare.html']) {
  test(`the closed launcher on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(widget(page).getByRole('button', { name: /Chat with our guide/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the open panel on a styled site page', async ({ page }) => {
  await page.goto('/');
  await openWidget(page);
  await expectNoAxeViolations(page);
});

test('dark mode, then forced colors', async ({ axePage: page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSeeded(page, choices('opt.learn', 'opt.audience.parent', 'opt.no', 'opt.stage.M', 'opt.age.18mPlus'));
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
  await expectNoAxeViolations(page);
});

test('a 320 px wide phone: the panel full screen at a risk result', async ({ axePage: page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await openSeeded(page, choices('opt.learn', 'opt.audience.parent', 'opt.no', 'opt.stage.M', 'opt.age.18mPlus'));
  await expectNoAxeViolations(page);
});

// Zooming to 200% halves the CSS viewport.
test('200% zoom on a 1280 by 720 screen: the panel at a risk result', async ({ axePage: page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await openSeeded(page, choices('opt.learn', 'opt.audience.parent', 'opt.no', 'opt.stage.M', 'opt.age.18mPlus'));
  await expectNoAxeViolations(page);
});

test('Spanish: the welcome', async ({ axePage: page }) => {
  await openSeeded(page, [], 'es');
  await expectNoAxeViolations(page);
});

test('Spanish: a risk result with its card', async ({ axePage: page }) => {
  await openSeeded(page, choices('opt.learn', 'opt.audience.parent', 'opt.no', 'opt.stage.M', 'opt.age.18mPlus'), 'es');
  await expectNoAxeViolations(page);
});

test('Spanish: the hand-off asked for by typing', async ({ axePage: page }) => {
  await openSeeded(page, [{ text: 'quiero hablar con alguien' }], 'es');
  await expectNoAxeViolations(page);
});

test('a typed question that is not understood', async ({ axePage: page }) => {
  await openSeeded(page, [{ text: 'purple elephants' }]);
  await expectNoAxeViolations(page);
});

test('the hand-off with the visitor’s summary after a risk result', async ({ axePage: page }) => {
  const dialog = await openSeeded(
    page,
    choices('opt.learn', 'opt.audience.parent', 'opt.no', 'opt.stage.L1', 'opt.mycn.notAmplified', 'opt.talkToPerson'),
  );
  await expect(dialog.getByRole('region', { name: 'Summary' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the inline embed after asking for a person', async ({ page }) => {
  await page.goto('/inline.html');
  const dialog = page.locator('#helpline-here helpline-widget').getByRole('dialog', { name: 'Helpline guide' });
  await dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: 'Talk to a person' }).click();
  await expect(dialog.getByRole('log')).toContainText('Live chat');
  await expectNoAxeViolations(page);
});

test.describe('staff mode', () => {
  const answers = (page: Page) => widget(page).getByRole('group', { name: 'Caller’s answer' });
  const choose = (page: Page, name: string) => answers(page).getByRole('button', { name, exact: true }).click();

  test('the call guide at its start and at a risk result with its reasoning', async ({ page }) => {
    await page.goto('/staff.html');
    await expect(widget(page).getByRole('heading', { name: 'Say to the caller' })).toBeVisible();
    await expectNoAxeViolations(page);
    for (const name of ['Learn about treatment', 'I’m a parent or caregiver', 'No', 'Spread to far parts of the body (M)', '18 months or older']) {
      await choose(page, name);
    }
    await expect(
      widget(page)
        .locator('.staff-reasoning')
        .getByText(/COG 2021, high-risk rule 1/),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the call guide at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/staff.html');
    await choose(page, 'Learn about treatment');
    await choose(page, 'I’m a parent or caregiver');
    await expect(answers(page).getByRole('button', { name: 'No', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a kept call after a reload', async ({ page }) => {
    await page.goto('/staff-saved.html');
    for (const name of ['Learn about treatment', 'I’m a parent or caregiver', 'No']) await choose(page, name);
    await expect(answers(page).getByRole('button', { name: 'Spread to far parts of the body (M)' })).toBeVisible();
    await page.reload();
    await expect(answers(page).getByRole('button', { name: 'Spread to far parts of the body (M)' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
