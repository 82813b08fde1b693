import { expect, test, type Page } from '@playwright/test';
import { expectHelplineReachable, expectNothingRan, installPageGuards, watchUncaught } from '../fixtures/page-guards';
import type { XssPayload } from '../fixtures/xss-payloads';
import { widget } from './helpers';

/**
 * Payloads (test/fixtures/xss-payloads.ts) through content overrides (data-content-url). Each
 * payload becomes a file that puts it in a plain-text UI string (the panel's title) and in a
 * content item's HTML body (the greeting). The widget either takes the file and shows the plain
 * text literally, or refuses it with an `error` event and keeps its built-in content. Either way
 * nothing runs. security-overrides.spec.ts runs one payload of each class on every change,
 * security-payloads.long.spec.ts the whole corpus.
 */

const BUILT_IN_TITLE = 'Helpline guide';

export type Api = { open(): void; destroy(): void };

/** Embeds the widget with data-content-url and waits for ready; errors land in window.__errors. */
export function embedWithOverrides(page: Page, url: string) {
  return page.evaluate(
    (url) =>
      new Promise<void>((resolve) => {
        const w = window as unknown as { __errors: string[] };
        w.__errors = [];
        document.addEventListener('helpline:error', (e) => w.__errors.push((e as CustomEvent<{ code: string }>).detail.code));
        document.addEventListener('helpline:ready', () => resolve(), { once: true });
        const script = document.createElement('script');
        script.src = '/helpline-widget.js';
        script.dataset.contentUrl = url;
        document.body.append(script);
      }),
    url,
  );
}

/** Defines the test for these payloads; the whole corpus takes minutes, hence the long job. */
export function payloadOverridesTest(payloads: readonly XssPayload[]) {
  test.describe(`${payloads.length} payloads in content overrides`, () => {
    test.describe.configure({ timeout: Math.max(30_000, payloads.length * 1_200) });
    test('payloads in a content override never run; plain text shows literally or the file is refused', async ({ page }) => {
      await installPageGuards(page);
      const uncaught = watchUncaught(page);
      await page.route('**/overrides-page.html', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>x</title><main><h1>Overrides</h1></main></html>' }),
      );
      await page.route(/\/overrides\/\d+\.json$/, (route) => {
        const index = Number(/(\d+)\.json$/.exec(route.request().url())![1]);
        const { payload } = payloads[index]!;
        const body = {
          en: { ui: { 'ui.title': payload }, items: { 'welcome.greeting': { body: payload, sources: ['editorial'], reviewed: '2026-11-01' } } },
        };
        return route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) });
      });
      await page.goto('/overrides-page.html');
      let shownLiterally = 0;
      for (const [index, { id, payload }] of payloads.entries()) {
        await test.step(id, async () => {
          await embedWithOverrides(page, `/overrides/${index}.json`);
          await page.evaluate(() => (window as unknown as { HelplineWidget: Api }).HelplineWidget.open());
          const dialog = widget(page).getByRole('dialog');
          await expect(dialog).toBeVisible();
          const title = dialog.getByRole('heading').first();
          // The file is settled once it has been applied (the title changes) or refused (an error event).
          await expect
            .poll(
              async () =>
                (await title.textContent()) !== BUILT_IN_TITLE ||
                (await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors.length > 0)),
            )
            .toBe(true);
          const text = (await title.textContent()) ?? '';
          expect([payload, BUILT_IN_TITLE], `${id}: the title is the payload as text, or the built-in one`).toContain(text);
          if (text === payload) shownLiterally++;
          await expectHelplineReachable(dialog);
          await expectNothingRan(page);
          await page.evaluate(() => {
            (window as unknown as { HelplineWidget: Api }).HelplineWidget.destroy();
            sessionStorage.clear();
          });
        });
      }
      // Payloads without markup are valid plain text: at least those must have been applied.
      expect(shownLiterally).toBeGreaterThan(0);
      expect(uncaught).toEqual([]);
    });
  });
}
