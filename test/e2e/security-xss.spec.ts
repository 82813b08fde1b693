import { expect, test, type Page } from '@playwright/test';
import { expectHelplineReachable, expectNothingRan, installPageGuards, watchUncaught } from '../fixtures/page-guards';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { openWidget, widget } from './helpers';

/**
 * The payload corpus (test/fixtures/xss-payloads.ts) through every input the widget has (issue 8):
 * the script tag's data-* attributes, the text box, and the JS API. Content overrides have their
 * own spec (security-overrides.spec.ts). Each payload calls the sentinel `__xss()` if it ever runs;
 * the page guards fail the test on any call and on any runnable markup left in the page.
 */

const ATTRIBUTES = [
  'locale', 'mode', 'position', 'target', 'open', 'phone', 'emergency-number', 'chat-url', 'chat-hours',
  'storage', 'content-url',
];

test.beforeEach(async ({ page }) => {
  await installPageGuards(page);
});

type Api = { open(): void; destroy(): void; setLocale(l: unknown): void; on(t: unknown, h: unknown): () => void; reset(): void };

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

test('payloads in every data-* attribute never run, and the widget falls back to its defaults', async ({ page }) => {
  test.setTimeout(150_000);
  const uncaught = watchUncaught(page);
  const warnings: string[] = [];
  page.on('console', (m) => void (m.type() === 'warning' && m.text().includes('[helpline-widget]') && warnings.push(m.text())));
  await page.route('**/xss-attributes.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>x</title><main><h1>Attributes</h1></main></html>' }),
  );
  await page.goto('/xss-attributes.html');
  for (const { id, payload } of XSS_PAYLOADS) {
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
    expect(warnings.some((w) => w.includes(`data-${name}=`)), `a warning names data-${name}`).toBe(true);
  }
  expect(uncaught).toEqual([]);
});

test('payloads typed into the text box show as the visitor\'s own words and never run', async ({ page }) => {
  test.setTimeout(120_000);
  const uncaught = watchUncaught(page);
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  const box = dialog.getByRole('textbox');
  const log = dialog.getByRole('log');
  const maxLength = await box.evaluate((el) => (el as HTMLInputElement).maxLength);
  for (const { id, payload } of XSS_PAYLOADS) {
    // A one-line text box drops line breaks (HTML value sanitization); a maxlength cuts the rest.
    let typed = payload.replace(/[\r\n]/g, '');
    if (maxLength > 0) typed = typed.slice(0, maxLength);
    await box.fill(typed);
    await box.press('Enter');
    await expect(box, id).toHaveValue('');
    const shown = await log.evaluate((el) =>
      [...el.querySelectorAll('*')].filter((n) => n.childElementCount === 0).map((n) => n.textContent ?? ''),
    );
    expect(shown.some((text) => text.trim() === typed.trim()), `${id} shows literally in the transcript`).toBe(true);
  }
  await expectNothingRan(page);
  await expectHelplineReachable(dialog);
  expect(uncaught).toEqual([]);
});

test('payloads passed to the JS API and to the queue stub never run and never break the widget', async ({ page }) => {
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
