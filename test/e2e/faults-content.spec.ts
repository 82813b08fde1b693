import { expect, test, type Page, type Route } from '@playwright/test';
import { expectHelplineReachable, watchUncaught, watchWidgetConsole } from '../fixtures/page-guards';
import { openWidget } from './helpers';

/**
 * A content override that fails (docs/product.md, "Faults"; content/README.md, "Overrides"): the visitor still gets
 * the built-in conversation and the helpline, nothing throws uncaught, the site gets one `error`
 * event and one console warning saying what was wrong.
 */

const PAGE = '/override-fault.html';

async function pageWithOverride(page: Page, serve: (route: Route) => Promise<void> | void) {
  await page.route(`**${PAGE}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Override fault</title><main><h1>Support</h1></main>
        <script src="/helpline-widget.js" defer data-content-url="/broken-overrides.json"></script></html>`,
    }),
  );
  await page.route('**/broken-overrides.json', serve);
  await page.addInitScript(() => {
    const w = window as unknown as { __errors: string[] };
    w.__errors = [];
    document.addEventListener('helpline:error', (e) => w.__errors.push((e as CustomEvent<{ code: string }>).detail.code));
  });
}

const errorCodes = (page: Page) => page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);

const cases: { name: string; code: string; serve(route: Route): Promise<void> | void }[] = [
  { name: 'answers 404', code: 'content-fetch', serve: (r) => r.fulfill({ status: 404, body: 'Not found' }) },
  { name: 'fails on the network', code: 'content-fetch', serve: (r) => r.abort('connectionrefused') },
  { name: 'is not JSON', code: 'content-json', serve: (r) => r.fulfill({ contentType: 'application/json', body: '{"en": {"ui": ' }) },
  {
    name: 'has the wrong shape',
    code: 'content-invalid',
    serve: (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ en: { ui: { 'ui.title': 42 } }, fr: {} }) }),
  },
  {
    name: 'is an HTML error page',
    code: 'content-json',
    serve: (r) => r.fulfill({ contentType: 'text/html', body: '<html><body>Oops</body></html>' }),
  },
];

for (const { name, code, serve } of cases) {
  test(`an override that ${name} leaves the built-in conversation and the helpline`, async ({ page }) => {
    const uncaught = watchUncaught(page);
    const lines = watchWidgetConsole(page);
    await pageWithOverride(page, serve);
    await page.goto(PAGE);
    const dialog = await openWidget(page);
    await expect(dialog.getByRole('log')).toContainText('automated guide, not a doctor');
    await expect.poll(() => errorCodes(page)).toEqual([code]);
    const warnings = lines.filter((l) => /overrides/i.test(l.text));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.text).toContain('/broken-overrides.json');
    // The conversation still works: hand-off to a person.
    await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
    await expect(dialog.getByRole('log')).toContainText('24 hours a day, 7 days a week');
    await expectHelplineReachable(dialog);
    expect(uncaught).toEqual([]);
  });
}

test('an override that never answers does not hold the conversation back, and times out with one error', async ({ page }) => {
  const uncaught = watchUncaught(page);
  const lines = watchWidgetConsole(page);
  await pageWithOverride(page, () => {
    // Never fulfilled: the server hangs.
  });
  // The page's own clock: its 8-second wait for the file (widget/app/content-overrides.ts) is moved on, not waited out.
  await page.clock.install();
  await page.goto(PAGE);
  const dialog = await openWidget(page);
  // The visitor is not kept waiting for the site's file.
  await expect(dialog.getByRole('log')).toContainText('automated guide, not a doctor', { timeout: 3000 });
  await expectHelplineReachable(dialog);
  const box = dialog.getByRole('textbox');
  await box.fill('what is MYCN');
  await box.press('Enter');
  await expect(dialog.getByRole('log')).toContainText('what is MYCN');
  await page.clock.fastForward(8_000);
  await expect.poll(() => errorCodes(page)).toEqual(['content-timeout']);
  expect(lines.filter((l) => /overrides/i.test(l.text))).toHaveLength(1);
  // What the visitor typed before the time-out is still there.
  await expect(dialog.getByRole('log')).toContainText('what is MYCN');
  expect(uncaught).toEqual([]);
});
