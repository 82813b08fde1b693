import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import { watchUncaught } from '../fixtures/page-guards';
import { openWidget, widget } from './helpers';

/**
 * The conversation's files fail (a 404, garbage, a file without the expected export, a server
 * that never answers): the visitor who clicks still gets a person. Until the conversation can
 * draw, the loader opens its own panel (widget/embed/fallback-panel.ts) with the helpline, the
 * emergency number, 988 and "Try again", and an `error` event says why; once the file is back,
 * "Try again" opens the real conversation.
 */

/** The chunk the app imports statically (code it shares with the content): its name is the build's choice. */
const appSource = readFileSync(new URL('../../dist/helpline-app.js', import.meta.url), 'utf8');
const sharedChunk = /from\s*["']\.\/([\w-]+\.js)["']/.exec(appSource)?.[1];
if (!sharedChunk) throw new Error('dist/helpline-app.js imports no shared chunk: run `npm run build`');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const FILES = {
  'the app': /\/helpline-app\.js$/,
  // What the first screen needs in English; the rest of the language loads apart (widget-rest.spec.ts).
  'the English content': /\/en-core-[\w-]+\.js$/,
  'the shared chunk': new RegExp(`/${escapeRegExp(sharedChunk)}$`),
} as const;

const FAULTS = {
  '404': (route: Route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
  garbage: (route: Route) => route.fulfill({ contentType: 'text/javascript', body: '<html>this is not JavaScript' }),
  'no export': (route: Route) => route.fulfill({ contentType: 'text/javascript', body: 'export const nothing = 1;' }),
} as const;

async function recordErrors(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __errors: string[] };
    w.__errors = [];
    document.addEventListener('helpline:error', (e) => w.__errors.push((e as CustomEvent<{ code: string }>).detail.code));
  });
  return () => page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
}

/** The loader's own panel: a dialog with the three numbers and "Try again". */
async function expectFallback(page: Page, timeout = 5_000) {
  const panel = widget(page).getByRole('dialog', { name: /could not load/ });
  await expect(panel).toBeVisible({ timeout });
  await expect(panel.getByRole('link', { name: /helpline.*1-800-227-2345/ })).toHaveAttribute('href', 'tel:18002272345');
  await expect(panel.getByRole('link', { name: /Emergency: 911/ })).toHaveAttribute('href', 'tel:911');
  await expect(panel.getByRole('link', { name: /988/ })).toHaveAttribute('href', 'tel:988');
  return panel;
}

const launcher = (page: Page) => widget(page).getByRole('button', { name: /Chat with our guide/ });

for (const [file, pattern] of Object.entries(FILES)) {
  for (const [fault, answer] of Object.entries(FAULTS)) {
    // A content file without the expected export fails the same way as a 404 in the app's own
    // import; the app's entry without `mount` is the case that matters there.
    if (fault === 'no export' && file !== 'the app') continue;
    test(`${file} answers with ${fault}: the loader's panel, then the conversation once it is back`, async ({ page }) => {
      const uncaught = watchUncaught(page);
      const errors = await recordErrors(page);
      await page.route(pattern, answer);
      await page.goto('/bare.html');
      await launcher(page).click();
      const panel = await expectFallback(page);
      expect(await errors()).toContainEqual(expect.stringMatching(/load-failed|content-failed/));
      // Escape closes it and gives focus back to the launcher; the next click tries again.
      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);
      await expect(launcher(page)).toBeFocused();
      await launcher(page).click();
      await expectFallback(page);
      if (fault !== 'garbage' && fault !== 'no export') {
        // The file comes back: "Try again" draws the real conversation.
        await page.unroute(pattern);
        await panel.getByRole('button', { name: 'Try again' }).click();
        await expect(widget(page).getByRole('log')).toContainText('automated guide, not a doctor');
        await expect(widget(page).getByRole('log')).toBeVisible();
        await expect(panel).toHaveCount(0);
      }
      expect(uncaught).toEqual([]);
    });
  }
}

for (const [name, file, code] of [
  ['an app file', 'the app', 'load-failed'],
  ['a language file', 'the English content', 'content-failed'],
] as const) {
  test(`${name} that never answers: the loader's panel after 8 seconds`, async ({ page }) => {
    const errors = await recordErrors(page);
    // The file is asked for and never answered. The clock moves on only once it has been asked
    // for: before that, the app's own file may still be on its way on a busy machine, and its
    // 8 seconds would run out first (load-failed where content-failed is meant).
    let asked = false;
    await page.route(FILES[file], () => void (asked = true));
    // The page's own clock, moved on by the 8 seconds (widget/embed/with-timeout.ts) instead of waiting them out.
    await page.clock.install();
    await page.goto('/bare.html');
    await launcher(page).click();
    // The page's own scheduled work (an idle callback, a frame) runs a little fake time at a time
    // meanwhile, far from the 8 seconds.
    await expect
      .poll(async () => {
        if (!asked) await page.clock.runFor(20);
        return asked;
      })
      .toBe(true);
    await page.clock.fastForward(8_000);
    await expectFallback(page);
    expect(await errors()).toContain(code);
  });
}

test("the staff view's file fails: the loader's panel in its place", async ({ page }) => {
  const errors = await recordErrors(page);
  await page.route(/\/staff-mode-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/staff.html');
  await expectFallback(page);
  expect(await errors()).toContain('load-failed');
});

test('the widget still opens its real panel when every file answers', async ({ page }) => {
  await page.goto('/bare.html');
  await openWidget(page);
  await expect(widget(page).getByRole('dialog', { name: /could not load/ })).toHaveCount(0);
});
