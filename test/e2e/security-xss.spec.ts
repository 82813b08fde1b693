import { expect, test } from '@playwright/test';
import { expectHelplineReachable, expectNothingRan, installPageGuards, watchUncaught } from '../fixtures/page-guards';
import { XSS_PAYLOADS, XSS_SAMPLE } from '../fixtures/xss-payloads';
import { openWidget, widget } from './helpers';
import { payloadInputTests } from './payloads-in-inputs';

/**
 * The payload corpus (test/fixtures/xss-payloads.ts) through every input the widget has (docs/product.md):
 * the script tag's data-* attributes, the text box, and the JS API. Content overrides have their
 * own spec (security-overrides.spec.ts). Each payload calls the sentinel `__xss()` if it ever runs;
 * the page guards fail the test on any call and on any runnable markup left in the page. Here one
 * payload of each class goes through the attributes and the text box (the whole corpus is in
 * security-payloads.long.spec.ts), and the whole corpus through the JS API, which takes a second.
 */

type Api = { open(): void; destroy(): void; setLocale(l: unknown): void; on(t: unknown, h: unknown): () => void; reset(): void };

payloadInputTests(XSS_SAMPLE);

test('payloads passed to the JS API and to the queue stub never run and never break the widget', async ({ page }) => {
  await installPageGuards(page);
  const uncaught = watchUncaught(page);
  const payloads = XSS_PAYLOADS.map((p) => p.payload);
  // Calls queued before the script loads (README, "JavaScript API"), with payloads for method
  // names and arguments.
  await page.addInitScript((payloads: string[]) => {
    const q: unknown[] = [];
    for (const p of payloads) q.push([p, [p]], ['setLocale', [p]], ['on', [p, () => {}]], ['on', ['step', p]]);
    (window as unknown as { HelplineWidget: unknown }).HelplineWidget = { q };
  }, payloads);
  await page.goto('/bare.html');
  await expect(widget(page)).toHaveCount(1);
  await page.evaluate((payloads) => {
    const api = (window as unknown as { HelplineWidget: Api }).HelplineWidget;
    for (const p of payloads) {
      api.setLocale(p);
      api.on(p, () => {})();
      api.on('step', p)();
      api.on('open', () => {
        throw new Error(p);
      });
    }
  }, payloads);
  const dialog = await openWidget(page);
  await expect(dialog).toHaveAttribute('lang', 'en');
  await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
  await expectHelplineReachable(dialog);
  await expectNothingRan(page);
  expect(uncaught).toEqual([]);
});
