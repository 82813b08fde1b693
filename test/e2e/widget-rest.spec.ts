import { expect, test, type Page, type Route } from '@playwright/test';
import { core } from '../../content/en/core';
import { en } from '../../content/en';
import { expectHelplineReachable, watchUncaught } from '../fixtures/page-guards';
import { openWidget, widget } from './helpers';

/**
 * Each language's content is two chunks (widget/app/load-content.ts): its core, which opening the
 * panel draws, and the rest, fetched as the panel opens. A step that needs the rest waits for it
 * with a calm line and no dead button; if it cannot load, the panel says so, with the helpline
 * and "Try again"; a conversation restored further on is drawn only once the rest is there.
 */
const REST = /\/en-rest-[\w-]+\.js$/;
const ui = (key: string) => en.ui[key]!;
/** The first sentence of an item, as the visitor reads it. */
const line = (key: string) => /^[^.?!]*[.?!]/.exec(en.items[key]!.body.replace(/<[^>]+>/g, ' ').trim())![0].trim();

const replies = (page: Page) => widget(page).getByRole('group', { name: ui('ui.options') });
const choose = (page: Page, key: string) =>
  replies(page)
    .getByRole('button', { name: ui(key), exact: true })
    .click();

async function recordErrors(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __errors: string[] };
    w.__errors = [];
    document.addEventListener('helpline:error', (e) => w.__errors.push((e as CustomEvent<{ code: string }>).detail.code));
  });
  return () => page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
}

/** Holds the rest chunk until `release` is called: a slow network. `asked` settles once it is requested. */
async function holdRest(page: Page) {
  const held: Route[] = [];
  let open = false;
  let asked = () => {};
  const requested = new Promise<void>((resolve) => (asked = resolve));
  await page.route(REST, (route) => {
    if (open) return route.continue();
    held.push(route);
    asked();
  });
  const release = async () => {
    open = true;
    for (const route of held.splice(0)) await route.continue();
  };
  return { release, requested };
}

test('the first screen and the first question draw from the core; the next step waits for the rest with a calm line', async ({ page }) => {
  const uncaught = watchUncaught(page);
  const { release } = await holdRest(page);
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  await expect(dialog.getByRole('log')).toContainText(line('welcome.greeting'));
  await choose(page, 'opt.learn');
  await expect(dialog.getByRole('log')).toContainText(core.items['audience.ask']!.body);
  await choose(page, 'opt.audience.parent');
  // The visitor's answer is on screen; the next question's words are still on their way.
  await expect(dialog.getByRole('log')).toContainText(ui('opt.audience.parent'));
  await expect(replies(page)).toContainText(ui('ui.loading'));
  await expect(replies(page).getByRole('button')).toHaveCount(0);
  // Never a dead end: back, a person and the emergency numbers stay, and the call bar.
  const always = dialog.getByRole('group', { name: ui('ui.always') });
  for (const key of ['opt.back', 'opt.talkToPerson', 'opt.emergency']) await expect(always.getByRole('button', { name: ui(key) })).toBeEnabled();
  await expectHelplineReachable(dialog);
  await release();
  await expect(dialog.getByRole('log')).toContainText(en.items['knowsGroup.ask']!.body);
  await expect(replies(page).getByRole('button', { name: ui('opt.yes'), exact: true })).toBeVisible();
  await expect(replies(page)).not.toContainText(ui('ui.loading'));
  expect(uncaught).toEqual([]);
});

test('the emergency numbers never wait for the rest', async ({ page }) => {
  await holdRest(page);
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  await choose(page, 'opt.emergency');
  await expect(dialog.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await expect(dialog.getByRole('log')).toContainText(line('emergency.fever'));
  await expect(replies(page)).not.toContainText(ui('ui.loading'));
});

test('a rest chunk that fails: a clear message, the helpline and Try again, then the step once it is back', async ({ page }) => {
  const uncaught = watchUncaught(page);
  const errors = await recordErrors(page);
  await page.route(REST, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  await choose(page, 'opt.learn');
  await choose(page, 'opt.audience.parent');
  await expect(replies(page)).toContainText(ui('ui.notLoaded'));
  await expect(replies(page).getByRole('link', { name: /1-800-227-2345/ })).toHaveAttribute('href', 'tel:18002272345');
  // Where the visitor's next question would have been: "Try again" takes its place, and the focus.
  await expect(replies(page).getByRole('button', { name: ui('ui.retry') })).toBeFocused();
  await expect.poll(errors).toContain('content-failed');
  // A screen reader hears it too, from the one status region.
  await expect(dialog.getByRole('status')).toContainText(ui('ui.notLoaded'));
  await page.unroute(REST);
  await replies(page)
    .getByRole('button', { name: ui('ui.retry') })
    .click();
  await expect(dialog.getByRole('log')).toContainText(en.items['knowsGroup.ask']!.body);
  await expect(replies(page).getByRole('button', { name: ui('opt.yes'), exact: true })).toBeFocused();
  expect(uncaught).toEqual([]);
});

test('a conversation restored at a later step is drawn whole, once the rest is there', async ({ page }) => {
  await page.goto('/bare.html');
  let dialog = await openWidget(page);
  await choose(page, 'opt.learn');
  await choose(page, 'opt.audience.parent');
  await choose(page, 'opt.no');
  await expect(dialog.getByRole('log')).toContainText(en.items['intake.stage.ask']!.body);
  const { release, requested } = await holdRest(page);
  await page.reload();
  await widget(page)
    .getByRole('button', { name: /Chat with our guide/ })
    .click();
  // Not drawn before its words are here: no step half-drawn, no key shown for a word.
  await requested;
  await expect(widget(page).getByRole('button', { name: /Chat with our guide/ })).toHaveAttribute('aria-busy', 'true');
  await expect(widget(page).getByRole('dialog')).toBeHidden();
  await release();
  dialog = widget(page).getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('log')).toContainText(en.items['intake.stage.ask']!.body);
  await expect(dialog.getByRole('log')).toContainText(ui('opt.no'));
  await expect(replies(page).getByRole('button', { name: ui('opt.stage.L1') })).toBeVisible();
  await expect(replies(page)).not.toContainText(ui('ui.loading'));
});

test('a conversation restored at a later step whose rest fails: the loader’s panel with the numbers', async ({ page }) => {
  const errors = await recordErrors(page);
  await page.goto('/bare.html');
  await openWidget(page);
  await choose(page, 'opt.learn');
  await choose(page, 'opt.audience.parent');
  await expect(widget(page).getByRole('log')).toContainText(en.items['knowsGroup.ask']!.body);
  await page.route(REST, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
  await page.reload();
  await widget(page)
    .getByRole('button', { name: /Chat with our guide/ })
    .click();
  const fallback = widget(page).getByRole('dialog', { name: /could not load/ });
  await expect(fallback).toBeVisible();
  await expectHelplineReachable(fallback);
  await expect.poll(errors).toContain('content-failed');
  // Once the file is back, "Try again" draws the conversation where it was.
  await page.unroute(REST);
  await fallback.getByRole('button', { name: 'Try again' }).click();
  await expect(widget(page).getByRole('log')).toContainText(en.items['knowsGroup.ask']!.body);
});

/** Waits out `times` idle periods of the page (or half a second each, when it is never idle). */
const idleTimes = (page: Page, times: number) =>
  page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 }));
  }, times);

for (const [name, setup] of [
  ['the default idle prefetch', {}],
  ['data-preload="intent"', { preload: 'intent' }],
  ['a browser that asks to save data', { saveData: true }],
] as const) {
  test(`with ${name}, the rest waits for the panel to open`, async ({ page }) => {
    if ('saveData' in setup) {
      await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } }));
    }
    await page.route('**/intent.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Intent</title><main><h1>Support</h1></main>
          <script src="/helpline-widget.js" defer ${'preload' in setup ? `data-preload="${setup.preload}"` : ''}></script></html>`,
      }),
    );
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/intent.html');
    const launcher = widget(page).getByRole('button', { name: /Chat with our guide/ });
    // Idle time or intent (focus on the launcher) loads the conversation and its core, never the
    // rest. (Not a hover: headless Chromium stops calling idle callbacks after a synthetic pointer move.)
    await launcher.focus();
    // The hidden panel is drawn in idle pieces (widget/app/visitor-mode.tsx): all of them have run.
    await expect(widget(page).locator('[role="log"]')).toContainText(line('welcome.greeting'));
    await idleTimes(page, 4);
    expect(requested.filter((path) => REST.test(path))).toEqual([]);
    const rest = page.waitForRequest(REST);
    await launcher.click();
    await rest;
    await expect(widget(page).getByRole('log')).toContainText(line('welcome.greeting'));
  });
}
