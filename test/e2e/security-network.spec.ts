import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectHelplineReachable, watchUncaught } from '../fixtures/page-guards';
import { openWidget, widget } from './helpers';

/**
 * "No network request, cookie or third-party resource unless the site's config asks for one"
 * (docs/product.md, "Promises"; docs/product.md). Every request the page makes is recorded and each must be
 * the page itself, one of the widget's own built files (dist/), or a URL the config names.
 */

const WIDGET_FILES = new Set(readdirSync(new URL('../../dist/', import.meta.url)).map((f) => `/${f}`));

function recordRequests(page: Page) {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** The requests nobody asked for: not the page, not the widget's files, not configured. */
function unasked(urls: string[], page: Page, configured: string[]) {
  const origin = new URL(page.url()).origin;
  return urls.filter((raw) => {
    const url = new URL(raw);
    if (url.href === page.url() || configured.includes(url.pathname)) return false;
    if (url.origin !== origin) return true;
    // The browser's own favicon probe, answered 204 by demo/server.mjs: not the widget's doing.
    return !WIDGET_FILES.has(url.pathname) && url.pathname !== '/favicon.ico';
  });
}

async function converse(page: Page) {
  const dialog = await openWidget(page);
  const log = dialog.getByRole('log');
  const options = dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button');
  for (let i = 0; i < 3; i++) {
    const names = await options.allInnerTexts();
    const pick = names.find((n) => !/person|emergency|start over/i.test(n));
    if (!pick) break;
    await options.filter({ hasText: pick }).first().click();
  }
  const box = dialog.getByRole('textbox');
  await box.fill('what is a stem cell transplant');
  await box.press('Enter');
  await expect(log).toContainText('what is a stem cell transplant');
  await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
  await expectHelplineReachable(dialog);
  await dialog.getByRole('button', { name: 'Español' }).click();
  await expect(dialog).toHaveAttribute('lang', /^es/);
  await dialog.getByRole('button', { name: 'English' }).click();
  await expect(dialog).toHaveAttribute('lang', /^en/);
  return dialog;
}

test("with no URLs configured, a whole conversation requests nothing but the page and the widget's own files", async ({ page, context }) => {
  const uncaught = watchUncaught(page);
  const urls = recordRequests(page);
  await page.goto('/bare.html');
  await converse(page);
  await page.evaluate(() => (window as unknown as { HelplineWidget: { reset(): void } }).HelplineWidget.reset());
  expect(unasked(urls, page, [])).toEqual([]);
  // The widget's files were fetched (the recorder saw them), and nothing else.
  expect(urls.some((u) => u.endsWith('/helpline-widget.js'))).toBe(true);
  expect(urls.some((u) => u.endsWith('/helpline-app.js'))).toBe(true);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(uncaught).toEqual([]);
});

test('with content and chat URLs configured, only the content file is fetched and the chat page stays a link', async ({ page, context }) => {
  const uncaught = watchUncaught(page);
  const urls = recordRequests(page);
  await page.route('**/network-config.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Configured</title><main><h1>Support</h1></main>
        <script src="/helpline-widget.js" defer data-content-url="/site-overrides.json"
          data-chat-url="/live-chat.html" data-chat-hours="Mon-Sun 00:00-23:59 UTC"></script></html>`,
    }),
  );
  await page.route('**/site-overrides.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ en: { ui: { 'ui.title': 'Family helpline assistant' } } }) }),
  );
  await page.goto('/network-config.html');
  await expect(widget(page)).toHaveCount(1);
  const dialog = await converse(page);
  await expect(dialog.getByRole('heading', { name: 'Family helpline assistant' })).toBeVisible();
  expect(unasked(urls, page, ['/site-overrides.json'])).toEqual([]);
  expect(urls.filter((u) => u.endsWith('/site-overrides.json'))).toHaveLength(1);
  expect(urls.filter((u) => u.includes('/live-chat.html'))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(uncaught).toEqual([]);
});
