import { expect, test, type Page } from '@playwright/test';
import { expectHelplineReachable, watchUncaught } from '../fixtures/page-guards';
import { openWidget, widget } from './helpers';

/**
 * Real host pages that hide, move, remove or break an embedded widget: a cookie wall at the
 * highest z-index, a transformed <body>, a script in <head> before there is a body, a
 * single-page app that replaces the body, patched built-ins, a browser where the widget cannot be
 * drawn at all. In each the phone number stays on screen and works.
 */

const TAG = '<script src="/helpline-widget.js" defer></script>';

/** Serves a page; `patch` runs before any of the page's scripts, as an old library would. */
async function hostPage(page: Page, { head = '', body = TAG, patch }: { head?: string; body?: string; patch?: string }) {
  if (patch) await page.addInitScript(patch);
  await page.route('**/host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Support</title>${head}</head><body><main><h1>Support</h1><p>Our services.</p></main>${body}</body></html>`,
    }),
  );
  await page.goto('/host.html');
}

const launcher = (page: Page) => widget(page).getByRole('button', { name: /Chat with our guide/ });

/** The launcher is inside the viewport and nothing covers its middle. */
async function expectOnTop(page: Page) {
  await expect(launcher(page)).toBeVisible();
  const box = (await launcher(page).boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.localName, [box.x + box.width / 2, box.y + box.height / 2]);
  expect(hit).toBe('helpline-widget');
}

const COOKIE_WALL =
  '<div id="wall" style="position:fixed;inset:0;z-index:2147483647;background:#000c;color:#fff;padding:40px">We use cookies. <button>Accept</button></div>';

test('a cookie wall at the highest z-index does not cover the launcher or the panel', async ({ page }) => {
  await hostPage(page, { body: COOKIE_WALL + TAG });
  await expectOnTop(page);
  const dialog = await openWidget(page);
  await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
  await expectHelplineReachable(dialog);
  // Still a non-modal dialog: Escape closes it and focus goes back to the launcher.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(launcher(page)).toBeFocused();
});

for (const rule of ['transform: translateZ(0)', 'filter: saturate(1.1)', 'will-change: transform']) {
  test(`a long page with body { ${rule} } keeps the launcher in the corner of the screen`, async ({ page }) => {
    await hostPage(page, { head: `<style>body { ${rule}; min-height: 6000px }</style>` });
    await expectOnTop(page);
    await page.mouse.wheel(0, 3000);
    await expectOnTop(page);
  });
}

test("an inline embed stays in the page's flow, not in the top layer", async ({ page }) => {
  await hostPage(page, { body: '<section id="help"></section><script src="/helpline-widget.js" defer data-target="#help"></script>' });
  await expect(page.locator('#help > helpline-widget')).toHaveCount(1);
  await expect(widget(page)).not.toHaveAttribute('popover', /.*/);
  await openWidget(page);
});

for (const attributes of ['', 'async']) {
  test(`a ${attributes || 'plain'} <script> in <head> waits for the body`, async ({ page }) => {
    const uncaught = watchUncaught(page);
    await hostPage(page, { head: `<script src="/helpline-widget.js" ${attributes} data-phone="1-888-555-0199"></script>`, body: '' });
    const dialog = await openWidget(page);
    await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
    await expect(dialog.getByRole('link', { name: /1-888-555-0199/ }).first()).toBeVisible();
    expect(uncaught).toEqual([]);
  });
}

for (const [name, navigate] of [
  [
    'a Turbo-style navigation that replaces <body>',
    'document.body.replaceWith(Object.assign(document.createElement("body"), { innerHTML: "<main><h1>Next page</h1></main>" }))',
  ],
  ['a re-render that empties <body>', 'document.body.innerHTML = "<main><h1>Re-rendered</h1></main>"'],
] as const) {
  test(`${name} keeps the widget and its conversation`, async ({ page }) => {
    test.setTimeout(60_000);
    await hostPage(page, {});
    const dialog = await openWidget(page);
    const box = dialog.getByRole('textbox');
    await box.fill('what is MYCN');
    await box.press('Enter');
    await expect(dialog.getByRole('log')).toContainText('what is MYCN');
    await page.evaluate(navigate);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Support');
    await expect(widget(page)).toHaveCount(1);
    await expect(widget(page).getByRole('log')).toContainText('what is MYCN');
    // Focus was on the old body's side of the page; the site closes the panel through the API.
    await page.evaluate(() => (window as unknown as { HelplineWidget: { close(): void } }).HelplineWidget.close());
    await expectOnTop(page);
    await expect((await openWidget(page)).getByRole('log')).toContainText('what is MYCN');
  });
}

for (const [name, patch] of [
  ['console.warn throws', 'console.warn = () => { throw new Error("no console here"); };'],
  [
    'append() is patched to throw',
    'Element.prototype.append = DocumentFragment.prototype.append = Node.prototype.append = function () { throw new Error("append is ours"); };',
  ],
]) {
  test(`the widget works when ${name}`, async ({ page }) => {
    const uncaught = watchUncaught(page);
    // A bad attribute, so the widget has a warning to write.
    await hostPage(page, { body: '<script src="/helpline-widget.js" defer data-locale="xx"></script>', patch });
    const dialog = await openWidget(page);
    await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
    await expectHelplineReachable(dialog);
    expect(uncaught.filter((e) => !/append is ours/.test(e))).toEqual([]);
  });
}

for (const [name, patch] of [
  ['the browser has no Shadow DOM', 'delete Element.prototype.attachShadow;'],
  ['attachShadow throws', 'Element.prototype.attachShadow = () => { throw new Error("not here"); };'],
  ['the page already defined <helpline-widget>', 'customElements.define("helpline-widget", class extends HTMLElement {});'],
]) {
  test(`where ${name}, a plain call link is on the page`, async ({ page }) => {
    const uncaught = watchUncaught(page);
    await hostPage(page, { patch });
    const link = page.getByRole('link', { name: /1-800-227-2345/ });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', 'tel:18002272345');
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(uncaught).toEqual([]);
  });
}

const STUB = `window.HelplineWidget = window.HelplineWidget || { q: [] };
  ['open','close','toggle','reset','destroy','setLocale','on'].forEach(function (m) {
    HelplineWidget[m] = HelplineWidget[m] || function () { HelplineWidget.q.push([m, [].slice.call(arguments)]); };
  });`;

for (const [name, patch] of [
  ['Object.prototype.each', 'Object.prototype.each = function (fn) { for (var k in this) fn(this[k], k); };'],
  ['Object.prototype.toJSON', 'Object.prototype.toJSON = function () { return "old library"; };'],
  [
    'a naive Promise.all',
    'Promise.all = function (list) { return new Promise(function (ok, no) { var out = [], n = 0; for (var i in list) (function (i) { Promise.resolve(list[i]).then(function (v) { out[i] = v; if (++n === list.length) ok(out); }, no); })(i); }); };',
  ],
  ['Object.prototype.q with the queue stub', `Object.prototype.q = [];${STUB}`],
  ['Object.prototype.version with the queue stub', `Object.prototype.version = "1.0";${STUB}`],
]) {
  test(`an enumerable ${name} does not stop the panel`, async ({ page }) => {
    await hostPage(page, { patch });
    const dialog = await openWidget(page);
    await expect(dialog.getByRole('log')).toContainText('automated guide, not a doctor');
    await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
    await expectHelplineReachable(dialog);
  });
}

test('an Object.prototype.then leaves the specialists’ call guide working too', async ({ page }) => {
  await hostPage(page, { patch: 'Object.prototype.then = function () { return this; };', body: TAG.replace(' defer', ' defer data-mode="staff"') });
  const guide = widget(page);
  await expect(guide.getByRole('heading', { name: 'Say to the caller' })).toBeVisible();
  await guide.getByRole('button', { name: 'Learn about treatment' }).click();
  await expect(guide.getByRole('group', { name: 'Caller’s answer' }).getByRole('button', { name: 'I’m a parent or caregiver' })).toBeVisible();
  // The specialist's number keys work as well.
  await page.keyboard.press('1');
  await expect(guide.getByRole('group', { name: 'Caller’s answer' }).getByRole('button', { name: 'No', exact: true })).toBeVisible();
});

test('an Object.prototype.then, which makes every object a promise that never settles, leaves the conversation working', async ({ page }) => {
  await hostPage(page, { patch: 'Object.prototype.then = function () { return this; };' });
  const dialog = await openWidget(page);
  const log = dialog.getByRole('log');
  await expect(log).toContainText('automated guide, not a doctor');
  // The language content, the typed-text matcher and its phrases each arrive through a promise.
  await dialog.getByRole('textbox').fill('what is MYCN');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(log).toContainText(/MYCN is a gene/i);
  await dialog.getByRole('button', { name: 'Español' }).click();
  await expect(log).toContainText('Soy una guía automática');
  await dialog.getByRole('button', { name: 'Hablar con una persona' }).first().click();
  await expectHelplineReachable(dialog);
});
