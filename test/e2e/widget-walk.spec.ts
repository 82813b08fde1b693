import { expect, test, type Page } from '@playwright/test';
import { en } from '../../content/en';
import { openWidget, watchErrors, widget } from './helpers';

const label = (key: string) => en.ui[key]!;

/** Chooses a quick reply and waits for the step it leads to (the `step` event names it). */
async function choose(page: Page, name: string | RegExp) {
  const replies = widget(page).getByRole('group', { name: /Choose an answer|Elija una respuesta/ });
  await replies.getByRole('button', { name, exact: typeof name === 'string' }).click();
}

for (const path of ['/', '/bare.html']) {
  test.describe(`the conversation on ${path}`, () => {
    test('walks from welcome to a risk result, treatment and a person by buttons', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(path);
      const dialog = await openWidget(page);
      const log = dialog.getByRole('log');
      const walk: [string, RegExp][] = [
        [label('opt.learn'), /Who/i],
        [label('opt.audience.parent'), /risk group/i],
        [label('opt.no'), /./],
        [label('opt.stage.M'), /./],
        [label('opt.age.18mPlus'), /high/i],
      ];
      for (const [option, said] of walk) {
        await choose(page, option);
        await expect(log).toContainText(said);
      }
      // The risk card says why.
      await expect(log.getByText('Why', { exact: true })).toBeVisible();
      await choose(page, label('opt.seeTreatment'));
      await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
      await expect(log).toContainText(/Live chat/);
      expect(errors).toEqual([]);
    });

    test('reaches emergency numbers and explanations from the global controls', async ({ page }) => {
      await page.goto(path);
      const dialog = await openWidget(page);
      await choose(page, label('opt.learn'));
      await choose(page, label('opt.audience.parent'));
      await choose(page, label('opt.no'));
      await choose(page, label('opt.whatMeans'));
      await dialog.getByRole('group', { name: 'Always available' }).getByRole('button', { name: 'This is an emergency' }).click();
      await expect(dialog.getByRole('log').getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
      await dialog.getByRole('group', { name: 'Always available' }).getByRole('button', { name: 'Back' }).click();
      await expect(dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: label('opt.whatMeans') })).toBeVisible();
    });
  });
}

test('walks recurrence, an undetermined estimate and the known-group path', async ({ page }) => {
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  const log = dialog.getByRole('log');
  const header = dialog.getByRole('heading', { name: 'Helpline guide' }).locator('..');
  const paths: string[][] = [
    ['opt.recurrence', 'opt.group.high', 'opt.where.cns'],
    ['opt.learn', 'opt.audience.family', 'opt.yes', 'opt.group.infantMS'],
    ['opt.learn', 'opt.audience.patient', 'opt.notSure', 'opt.stage.L2', 'opt.dontKnow', 'opt.dontKnow', 'opt.dontKnow'],
  ];
  for (const path of paths) {
    await header.getByRole('button', { name: 'Start over' }).click();
    for (const key of path) {
      await choose(page, label(key));
    }
  }
  await expect(log.getByText(label('ui.decidingFactors'), { exact: true })).toBeVisible();
});

test('typed text that is not understood gets an honest answer and the options again', async ({ page }) => {
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  const box = dialog.getByRole('textbox', { name: 'Type a question' });
  await box.fill('purple elephants');
  await box.press('Enter');
  const log = dialog.getByRole('log');
  await expect(log).toContainText('purple elephants');
  await expect(log).toContainText(/not sure|understand/i);
  await expect(box).toBeFocused();
  await expect(dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button').first()).toBeVisible();
});

test('walks by typing, in English and in Spanish', async ({ page }) => {
  await page.goto('/');
  const dialog = await openWidget(page);
  const box = dialog.getByRole('textbox', { name: 'Type a question' });
  await box.fill('I want to learn about treatment');
  await box.press('Enter');
  await expect(dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: label('opt.audience.parent') })).toBeVisible();
  await box.fill('what is MYCN');
  await box.press('Enter');
  await expect(dialog.getByRole('log')).toContainText(/MYCN/);
  await dialog.getByRole('button', { name: 'Español' }).click();
  const spanish = widget(page).getByRole('dialog', { name: 'Guía de ayuda' });
  await spanish.getByRole('textbox', { name: 'Escriba una pregunta' }).fill('quiero hablar con alguien');
  await spanish.getByRole('textbox', { name: 'Escriba una pregunta' }).press('Enter');
  await expect(spanish.getByRole('log')).toContainText(/chat/i);
});

test('works by keyboard alone: open, answer, go back, close with Escape', async ({ page }) => {
  await page.goto('/bare.html');
  const launcher = widget(page).getByRole('button', { name: /Chat with our guide/ });
  // Tab from the top of the page reaches the launcher.
  for (let i = 0; i < 10 && !(await launcher.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab');
  await expect(launcher).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = widget(page).getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Helpline guide' })).toBeFocused();
  const learn = dialog.getByRole('button', { name: 'Learn about treatment' });
  for (let i = 0; i < 12 && !(await learn.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab');
  await expect(learn).toBeFocused();
  await page.keyboard.press('Enter');
  // Focus lands on the next step's first option, ready for the next answer.
  const first = dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('log')).toContainText(/risk group/i);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(launcher).toBeFocused();
});

test('switches to Spanish, loading the Spanish content only then, and the launcher follows', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  await expect(dialog.getByRole('log')).toContainText('neuroblastoma');
  expect(requested.some((p) => /\/es-[\w-]+\.js$/.test(p))).toBe(false);
  await dialog.getByRole('button', { name: 'Español' }).click();
  const spanish = widget(page).getByRole('dialog', { name: 'Guía de ayuda' });
  await expect(spanish).toHaveAttribute('lang', 'es');
  await expect(spanish.getByRole('link', { name: /Llame al 1-800-227-2345/ })).toBeVisible();
  expect(requested.some((p) => /\/es-[\w-]+\.js$/.test(p))).toBe(true);
  await spanish.getByRole('button', { name: 'Cerrar el chat' }).click();
  await expect(widget(page).getByRole('button', { name: /Hable con nuestra guía/ })).toBeFocused();
});
