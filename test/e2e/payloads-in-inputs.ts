import { expect, test, type Page } from '@playwright/test';
import { expectHelplineReachable, expectNothingRan, installPageGuards, watchUncaught } from '../fixtures/page-guards';
import type { XssPayload } from '../fixtures/xss-payloads';
import { openWidget, widget } from './helpers';

/**
 * Payloads (test/fixtures/xss-payloads.ts) through the script tag's data-* attributes and the text
 * box: each payload calls the sentinel `__xss()` if it ever runs; the page guards fail the test on
 * any call and on any runnable markup left in the page. security-xss.spec.ts runs one payload of
 * each class on every change, security-payloads.long.spec.ts the whole corpus.
 */

const ATTRIBUTES = ['locale', 'mode', 'position', 'target', 'open', 'phone', 'emergency-number', 'chat-url', 'chat-hours', 'storage', 'content-url'];

type Api = { open(): void; destroy(): void };

/** Adds the widget's script tag with every data-* attribute set to `payload`; resolves on `ready`. */
function embedWith(page: Page, payload: string) {
  return page.evaluate(
    ([payload, attributes]) =>
      new Promise<void>((resolve, reject) => {
        document.addEventListener('helpline:ready', () => resolve(), { once: true });
        const script = document.createElement('script');
        script.src = '/helpline-widget.js';
        for (const name of attributes) script.setAttribute(`data-${name}`, payload);
        script.onerror = () => reject(new Error('the widget script did not load'));
        document.body.append(script);
      }),
    [payload, ATTRIBUTES] as const,
  );
}

/** Defines the tests for these payloads; the whole corpus takes minutes, hence the long job. */
export function payloadInputTests(payloads: readonly XssPayload[]) {
  test.describe(`${payloads.length} payloads in the script tag and the text box`, () => {
    test.describe.configure({ timeout: Math.max(30_000, payloads.length * 1_500) });
    test.beforeEach(async ({ page }) => {
      await installPageGuards(page);
    });

    test('payloads in every data-* attribute never run, and the widget falls back to its defaults', async ({ page }) => {
      const uncaught = watchUncaught(page);
      const warnings: string[] = [];
      page.on('console', (m) => void (m.type() === 'warning' && m.text().includes('[helpline-widget]') && warnings.push(m.text())));
      await page.route('**/xss-attributes.html', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>x</title><main><h1>Attributes</h1></main></html>' }),
      );
      await page.goto('/xss-attributes.html');
      for (const { id, payload } of payloads) {
        await test.step(id, async () => {
          await embedWith(page, payload);
          await expect(widget(page)).toHaveCount(1);
          // The payload is not a valid value for any attribute: the widget opens with its defaults.
          await page.evaluate(() => (window as unknown as { HelplineWidget: Api }).HelplineWidget.open());
          const dialog = widget(page).getByRole('dialog');
          await expect(dialog).toBeVisible();
          await expect(dialog).toHaveAttribute('lang', 'en');
          await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
          await expect(dialog.getByRole('log')).toContainText('24 hours a day, 7 days a week');
          await expectHelplineReachable(dialog);
          await expectNothingRan(page);
          // Destroyed, and the saved conversation forgotten: the next payload starts a fresh visit.
          await page.evaluate(() => {
            (window as unknown as { HelplineWidget: Api }).HelplineWidget.destroy();
            sessionStorage.clear();
          });
          await expect(widget(page)).toHaveCount(0);
        });
      }
      // Each bad value is reported, naming its attribute.
      for (const name of ['locale', 'mode', 'position', 'phone', 'storage']) {
        expect(
          warnings.some((w) => w.includes(`data-${name}=`)),
          `a warning names data-${name}`,
        ).toBe(true);
      }
      expect(uncaught).toEqual([]);
    });

    test("payloads typed into the text box show as the visitor's own words and never run", async ({ page }) => {
      const uncaught = watchUncaught(page);
      await page.goto('/bare.html');
      const dialog = await openWidget(page);
      const box = dialog.getByRole('textbox');
      const log = dialog.getByRole('log');
      const maxLength = await box.evaluate((el) => (el as HTMLInputElement).maxLength);
      for (const { id, payload } of payloads) {
        // A one-line text box drops line breaks (HTML value sanitization); a maxlength cuts the rest.
        let typed = payload.replace(/[\r\n]/g, '');
        if (maxLength > 0) typed = typed.slice(0, maxLength);
        await box.fill(typed);
        await box.press('Enter');
        await expect(box, id).toHaveValue('');
        // The message is shown once the typed-text chunk is there (it loads on the first focus).
        const shown = () =>
          log.evaluate((el) => [...el.querySelectorAll('*')].filter((n) => n.childElementCount === 0).map((n) => n.textContent ?? ''));
        await expect
          .poll(async () => (await shown()).some((text) => text.trim() === typed.trim()), { message: `${id} shows literally in the transcript` })
          .toBe(true);
      }
      await expectNothingRan(page);
      await expectHelplineReachable(dialog);
      expect(uncaught).toEqual([]);
    });
  });
}
