import { expect, test, type Page } from '@playwright/test';
import { expectHelplineReachable, watchUncaught, watchWidgetConsole } from '../fixtures/page-guards';
import { openWidget, widget } from './helpers';

/**
 * Faults in how the widget is embedded and in the network around it (docs/product.md, "Faults"): the
 * chat link missing, the script included twice, destroyed and started again, the conversation's
 * files unreachable, offline after load. Each: the helpline stays reachable, nothing throws
 * uncaught, and nothing the visitor typed is lost while the page is open.
 */

type Api = { open(): void; close(): void; destroy(): void; reset(): void };

function servePage(page: Page, path: string, body: string) {
  return page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Fault</title><main><h1>Support</h1></main>${body}</html>`,
    }),
  );
}

async function ask(page: Page, text: string) {
  const dialog = widget(page).getByRole('dialog');
  const box = dialog.getByRole('textbox');
  await box.fill(text);
  await box.press('Enter');
  await expect(dialog.getByRole('log')).toContainText(text);
}

const destroyWidget = (page: Page) => page.evaluate(() => (window as unknown as { HelplineWidget: Api }).HelplineWidget.destroy());

/** The site adds the tag again (a single-page app re-rendering its layout, say). */
const addTagAgain = (page: Page) =>
  page.evaluate(() => {
    const script = document.createElement('script');
    script.src = '/helpline-widget.js';
    document.body.append(script);
  });

test('without a chat link the hand-off offers the phone line and no live chat', async ({ page }) => {
  const uncaught = watchUncaught(page);
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
  await expect(dialog.getByRole('log')).toContainText('24 hours a day, 7 days a week');
  await expectHelplineReachable(dialog);
  await expect(dialog.getByRole('link', { name: /chat/i })).toHaveCount(0);
  expect(uncaught).toEqual([]);
});

test('the script included twice gives one working widget and one warning', async ({ page }) => {
  const uncaught = watchUncaught(page);
  const lines = watchWidgetConsole(page);
  await servePage(
    page,
    '/twice.html',
    '<script src="/helpline-widget.js" defer data-locale="en"></script><script src="/helpline-widget.js" defer data-locale="es"></script>',
  );
  await page.goto('/twice.html');
  await expect(widget(page)).toHaveCount(1);
  const dialog = await openWidget(page);
  await expect(dialog).toHaveAttribute('lang', 'en');
  await ask(page, 'what is MYCN');
  await expectHelplineReachable(dialog);
  expect(lines.filter((l) => /included twice|more than once/.test(l.text))).toHaveLength(1);
  expect(uncaught).toEqual([]);
});

test('destroyed while a typed message waits for its answer, started again later: the message is still there', async ({ page }) => {
  const uncaught = watchUncaught(page);
  // The matcher arrives late (a slow network), after the site has taken the widget down.
  await page.route(/\/freetext-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto('/bare.html');
  await openWidget(page);
  await ask(page, 'what is a stem cell transplant');
  await destroyWidget(page);
  // The answer comes in meanwhile, to a conversation that is gone: it must not be saved then.
  await page.waitForTimeout(2500);
  await addTagAgain(page);
  await expect(widget(page)).toHaveCount(1);
  const dialog = await openWidget(page);
  await expect(dialog.getByRole('log')).toContainText('what is a stem cell transplant');
  await expectHelplineReachable(dialog);
  expect(uncaught).toEqual([]);
});

test('destroyed and started again: one widget, and the conversation so far is still there', async ({ page }) => {
  const uncaught = watchUncaught(page);
  await page.goto('/bare.html');
  await openWidget(page);
  await ask(page, 'what is a stem cell transplant');
  await destroyWidget(page);
  await expect(widget(page)).toHaveCount(0);
  expect(await page.evaluate(() => 'HelplineWidget' in window)).toBe(false);
  await addTagAgain(page);
  await expect(widget(page)).toHaveCount(1);
  const dialog = await openWidget(page);
  await expect(dialog.getByRole('log')).toContainText('what is a stem cell transplant');
  await ask(page, 'what is MYCN');
  await expectHelplineReachable(dialog);
  // Destroy and re-create many times over: still one widget, no leaks of elements.
  for (let i = 0; i < 10; i++) {
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          (window as unknown as { HelplineWidget: Api }).HelplineWidget.destroy();
          document.addEventListener('helpline:ready', () => resolve(), { once: true });
          const script = document.createElement('script');
          script.src = '/helpline-widget.js';
          document.body.append(script);
        }),
    );
  }
  await expect(widget(page)).toHaveCount(1);
  await expect((await openWidget(page)).getByRole('log')).toContainText('what is MYCN');
  expect(uncaught).toEqual([]);
});

test('when the conversation cannot load, the launcher becomes a call link to the helpline', async ({ page }) => {
  const uncaught = watchUncaught(page);
  const lines = watchWidgetConsole(page);
  await page.route(/\/helpline-app\.js$/, (route) => route.abort('internetdisconnected'));
  await page.addInitScript(() => {
    const w = window as unknown as { __errors: string[] };
    w.__errors = [];
    document.addEventListener('helpline:error', (e) => w.__errors.push((e as CustomEvent<{ code: string }>).detail.code));
  });
  await page.goto('/bare.html');
  // The loader fetches the conversation on intent or when idle; either way its failure turns the
  // launcher into the helpline number. Asking to open makes sure it has tried.
  await page.evaluate(() => (window as unknown as { HelplineWidget: Api }).HelplineWidget.open());
  await expectHelplineReachable(widget(page));
  expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toContain('load-failed');
  expect(lines.filter((l) => l.type === 'warning').length).toBeGreaterThanOrEqual(1);
  expect(uncaught).toEqual([]);
});

test('offline after load: the conversation goes on, typed words stay, the helpline stays reachable', async ({ page, context }) => {
  const uncaught = watchUncaught(page);
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  await ask(page, 'what is MYCN');
  // Offline after the typed-text reader has loaded: its answer is on screen. Going offline while
  // it was on its way left every typed line "not understood" in one run of ten.
  await expect(dialog.getByRole('log')).toContainText('MYCN is a gene');
  await context.setOffline(true);
  // Buttons: back to the welcome, then the first thing it offers.
  await dialog.getByRole('button', { name: 'Back' }).click();
  const options = dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button');
  const before = await dialog.getByRole('log').innerText();
  await options.first().click();
  await expect.poll(() => dialog.getByRole('log').innerText()).not.toBe(before);
  // Typing: the free-text matcher takes the visitor to a person.
  await ask(page, 'talk to someone');
  await expect(dialog.getByRole('log')).toContainText('24 hours a day, 7 days a week');
  await expectHelplineReachable(dialog);
  // Switching language offline: the other language may not have been fetched yet. Whatever the
  // widget does, the helpline and the visitor's words must survive it.
  await dialog.getByRole('button', { name: 'Español' }).click();
  await expect(dialog.getByRole('log')).toContainText('what is MYCN');
  await expect(dialog.getByRole('link', { name: /1-800-227-2345/ }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.evaluate(() => (window as unknown as { HelplineWidget: Api }).HelplineWidget.open());
  await expect(dialog.getByRole('log')).toContainText('talk to someone');
  await context.setOffline(false);
  expect(uncaught).toEqual([]);
});

test('a browser without Shadow DOM: one clear message, and a plain call link to the helpline', async ({ page }) => {
  const uncaught = watchUncaught(page);
  const lines = watchWidgetConsole(page);
  await page.goto('/no-shadow.html');
  await page.waitForLoadState('load');
  // The loader runs as a deferred script: by `load` it has made its decision. Nothing of it can
  // be drawn in a shadow root, so the number itself goes on the page (widget/embed/boot.ts).
  await expect(page.locator('helpline-widget')).toHaveCount(0);
  await expectHelplineReachable(page.locator('body'));
  expect(await page.evaluate(() => [...document.body.children].map((el) => el.localName))).toEqual(['main', 'script', 'a']);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length + document.styleSheets.length)).toBe(0);
  expect(lines).toHaveLength(1);
  expect(lines[0]!.text).toMatch(/Shadow DOM/);
  expect(uncaught).toEqual([]);
});
