import { expect, test, type Page } from '@playwright/test';
import { expectHelplineReachable, expectNothingRan, installPageGuards, watchUncaught } from '../fixtures/page-guards';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { widget } from './helpers';

/**
 * The payload corpus through content overrides (issue 8; data-content-url, issue 4). Each payload
 * becomes a file that puts it in a plain-text UI string (the panel's title) and in a content
 * item's HTML body (the greeting). The widget either takes the file and shows the plain text
 * literally, or refuses it with an `error` event and keeps its built-in content. Either way
 * nothing runs.
 */

const BUILT_IN_TITLE = 'Helpline assistant';

type Api = { open(): void; destroy(): void };

function embedWithOverrides(page: Page, url: string) {
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

test('payloads in a content override never run; plain text shows literally or the file is refused', async ({ page }) => {
  test.setTimeout(150_000);
  await installPageGuards(page);
  const uncaught = watchUncaught(page);
  await page.route('**/overrides-page.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>x</title><main><h1>Overrides</h1></main></html>' }),
  );
  await page.route(/\/overrides\/\d+\.json$/, (route) => {
    const index = Number(/(\d+)\.json$/.exec(route.request().url())![1]);
    const { payload } = XSS_PAYLOADS[index]!;
    const body = { en: { ui: { 'ui.title': payload }, items: { 'welcome.greeting': { body: payload, sources: ['editorial'], reviewed: '2026-11-01' } } } };
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) });
  });
  await page.goto('/overrides-page.html');
  let shownLiterally = 0;
  for (const [index, { id, payload }] of XSS_PAYLOADS.entries()) {
    await test.step(id, async () => {
      await embedWithOverrides(page, `/overrides/${index}.json`);
      await page.evaluate(() => (window as unknown as { HelplineWidget: Api }).HelplineWidget.open());
      const dialog = widget(page).getByRole('dialog');
      await expect(dialog).toBeVisible();
      const title = dialog.getByRole('heading').first();
      // The file is settled once it has been applied (the title changes) or refused (an error event).
      await expect
        .poll(async () => (await title.textContent()) !== BUILT_IN_TITLE || (await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors.length > 0)))
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

/**
 * Overrides that would take away the way to a person (widget/app/reach-rules.ts): each file is
 * refused whole with an `error` event, and the built-in call bar, hand-off and emergency texts
 * stay, with their working numbers.
 */
const item = (body: string) => ({ body, sources: ['acs-helpline'], reviewed: '2026-11-01' });
const REACH_ATTACKS: { name: string; file: unknown }[] = [
  { name: 'an invisible call bar label', file: { en: { ui: { 'ui.callHelpline': '\u200b\u200b' } } } },
  { name: 'the call bar showing the helpline while a hand-off link dials 1-900', file: { en: { items: { 'handoff.phone': item('Call <a href="tel:19005550199">1-800-227-2345</a>.') } } } },
  { name: 'emergency text telling people not to call', file: { en: { items: { 'emergency.now': item('Do not call emergency services.') } } } },
  { name: 'a source named "toString"', file: { en: { items: { 'handoff.intro': { ...item('Talk to us.'), sources: ['toString'] } } } } },
];

test('overrides that would remove the way to a person are refused; the built-in numbers stay', async ({ page }) => {
  const uncaught = watchUncaught(page);
  await page.route('**/overrides-page.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>x</title><main><h1>Overrides</h1></main></html>' }),
  );
  await page.route(/\/reach\/\d+\.json$/, (route) => {
    const index = Number(/(\d+)\.json$/.exec(route.request().url())![1]);
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(REACH_ATTACKS[index]!.file) });
  });
  await page.goto('/overrides-page.html');
  for (const [index, { name }] of REACH_ATTACKS.entries()) {
    await test.step(name, async () => {
      await embedWithOverrides(page, `/reach/${index}.json`);
      await page.evaluate(() => (window as unknown as { HelplineWidget: Api }).HelplineWidget.open());
      const dialog = widget(page).getByRole('dialog');
      // Every earlier embed left its listener: each reports this file's one error.
      await expect.poll(() => page.evaluate(() => [...new Set((window as unknown as { __errors: string[] }).__errors)])).toEqual(['content-invalid']);
      await expect(dialog.getByRole('link', { name: 'Call 1-800-227-2345, open 24/7' })).toHaveAttribute('href', 'tel:18002272345');
      await dialog.getByRole('button', { name: 'This is an emergency' }).first().click();
      const log = dialog.getByRole('log');
      await expect(log.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
      await expect(log.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988');
      await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
      await expectHelplineReachable(log);
      await page.evaluate(() => {
        (window as unknown as { HelplineWidget: Api }).HelplineWidget.destroy();
        sessionStorage.clear();
      });
    });
  }
  expect(uncaught).toEqual([]);
});
