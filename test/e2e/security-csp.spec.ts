import { expect, test, type Page } from '@playwright/test';
import { expectHelplineReachable, installPageGuards, readGuards, watchUncaught } from '../fixtures/page-guards';
import { openWidget, widget } from './helpers';

/**
 * Strict CSP (docs/product.md; docs/product.md, "Works under a strict Content-Security-Policy (no
 * 'unsafe-inline', no 'unsafe-eval') with Trusted Types enforced"). demo/server.mjs serves
 * /strict-csp.html with STRICT_CSP; every CSP and Trusted Types violation is recorded by a
 * `securitypolicyviolation` listener installed before the page's scripts, and the console is read
 * for the browser's own reports.
 */

function watchPolicyConsole(page: Page) {
  const lines: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Trusted Type|TrustedHTML|TrustedScript|Refused to/i.test(m.text())) lines.push(m.text());
  });
  return lines;
}

test.beforeEach(async ({ page }) => {
  await installPageGuards(page);
});

test('the demo page really is served under the strict policy, and a violation would be seen', async ({ page }) => {
  const response = await page.goto('/strict-csp.html');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  // The control: an HTML string sink outside the widget's policy is refused and reported.
  const refused = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return false;
    } catch {
      return true;
    }
  });
  expect(refused).toBe(true);
  await expect.poll(async () => (await readGuards(page)).csp.length).toBeGreaterThan(0);
});

test('the widget works fully under the strict policy with zero CSP or Trusted Types violations', async ({ page }) => {
  const uncaught = watchUncaught(page);
  const policyConsole = watchPolicyConsole(page);
  await page.goto('/strict-csp.html');
  const dialog = await openWidget(page);
  const log = dialog.getByRole('log');
  await expect(log).toContainText('automated guide, not a doctor');
  // The site's content overrides arrive through fetch(), allowed by connect-src 'self'.
  await expect(dialog.getByRole('heading', { name: 'Hope Bridge helpline assistant' })).toBeVisible();

  // Choose options the conversation offers, whatever step it is at: the first option each time
  // (never the hand-off or emergency, which the test visits on purpose below).
  const options = dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button');
  for (let i = 0; i < 4; i++) {
    const names = await options.allInnerTexts();
    const pick = names.find((n) => !/person|emergency|start over/i.test(n));
    if (!pick) break;
    const before = await log.innerText();
    await options.filter({ hasText: pick }).first().click();
    await expect.poll(() => log.innerText()).not.toBe(before);
  }

  // Type a question: it shows as the visitor's words and the guide answers.
  const box = dialog.getByRole('textbox');
  await box.fill('what is MYCN?');
  await box.press('Enter');
  await expect(log).toContainText('what is MYCN?');

  // Hand-off: the phone line, and live chat (the page configures an always-open schedule).
  await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
  await expect(log).toContainText('24 hours a day, 7 days a week');
  await expectHelplineReachable(dialog);

  // Language switch: the whole panel re-renders in Spanish.
  await dialog.getByRole('button', { name: 'Español' }).click();
  await expect(dialog).toHaveAttribute('lang', /^es/);
  await expect(dialog.getByRole('button', { name: 'English' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Asistente de la línea de ayuda Hope Bridge' })).toBeVisible();

  // Close and reopen through the public API, then start over.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.evaluate(() => (window as unknown as { HelplineWidget: { open(): void; reset(): void } }).HelplineWidget.open());
  await expect(dialog).toBeVisible();
  await page.evaluate(() => (window as unknown as { HelplineWidget: { reset(): void } }).HelplineWidget.reset());
  await expect(log).not.toContainText('what is MYCN?');

  const guards = await readGuards(page);
  expect(guards.csp, 'securitypolicyviolation events').toEqual([]);
  expect(policyConsole, 'CSP / Trusted Types console reports').toEqual([]);
  expect(uncaught).toEqual([]);
  await expect(widget(page)).toHaveCount(1);
});

/** A page that enforces Trusted Types with only its own policy name, the widget's tag as given. */
async function pageWithoutOurPolicy(page: Page, path: string, tagAttributes = '') {
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: {
        'content-security-policy': "script-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types site-policy",
      },
      body: `<!doctype html><html lang="en"><title>Site</title><main><h1>Site</h1></main><script src="/helpline-widget.js" defer ${tagAttributes}></script></html>`,
    }),
  );
  await page.goto(path);
}

function widgetWarnings(page: Page) {
  const lines: string[] = [];
  page.on('console', (m) => void (m.text().includes('[helpline-widget]') && lines.push(m.text())));
  return lines;
}

test('a page that leaves out our policy name still gets formatted answers, with no violation and no warning', async ({ page }) => {
  // Built-in answers are drawn by the widget's reader, not parsed: no policy is needed (test/bench/size-graph.mjs).
  const uncaught = watchUncaught(page);
  const policyConsole = watchPolicyConsole(page);
  const warnings = widgetWarnings(page);
  await pageWithoutOurPolicy(page, '/strict-csp-wrong-policy.html');
  const dialog = await openWidget(page);
  const log = dialog.getByRole('log');
  await expect(log).toContainText('automated guide, not a doctor');
  const box = dialog.getByRole('textbox');
  await box.fill('questions to ask');
  await box.press('Enter');
  await expect(log.getByRole('listitem').filter({ hasText: 'What risk group is my child in?' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
  await expect(log.getByRole('link', { name: '1-800-227-2345' }).last()).toHaveAttribute('href', 'tel:18002272345');
  await expectHelplineReachable(dialog);
  // The visitor's own words stay text.
  await box.fill('<b>what is MYCN</b>');
  await box.press('Enter');
  await expect(log).toContainText('<b>what is MYCN</b>');
  expect((await readGuards(page)).csp, 'securitypolicyviolation events').toEqual([]);
  expect(policyConsole, 'CSP / Trusted Types console reports').toEqual([]);
  expect(warnings).toEqual([]);
  expect(uncaught).toEqual([]);
});

test('on such a page, overrides with markup cannot be checked: the built-in answers stay, and one warning says which policy to add', async ({
  page,
}) => {
  const uncaught = watchUncaught(page);
  const policyConsole = watchPolicyConsole(page);
  const warnings = widgetWarnings(page);
  await page.route('**/wrong-policy-content.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        en: {
          items: { 'welcome.greeting': { body: '<p>Hello from <strong>the site</strong>.</p>', sources: ['editorial'], reviewed: '2026-11-01' } },
        },
      }),
    }),
  );
  await pageWithoutOurPolicy(page, '/strict-csp-wrong-policy-content.html', 'data-content-url="/wrong-policy-content.json"');
  const dialog = await openWidget(page);
  const log = dialog.getByRole('log');
  await expect(log).toContainText('automated guide, not a doctor');
  await expect.poll(() => warnings.filter((w) => /trusted-types directive/.test(w))).toHaveLength(1);
  await expect(log).not.toContainText('Hello from the site');
  await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
  await expect(log.getByRole('link', { name: '1-800-227-2345' }).last()).toHaveAttribute('href', 'tel:18002272345');
  // The one report is the browser refusing our policy's name, when the overrides asked for it.
  const violations = (await readGuards(page)).csp;
  expect(violations.map((v) => [v.directive, v.sample])).toEqual([['trusted-types', 'helpline-widget']]);
  for (const line of policyConsole) expect(line).toContain('helpline-widget');
  expect(uncaught).toEqual([]);
});

test('staff mode works under the strict policy with zero violations', async ({ page }) => {
  const uncaught = watchUncaught(page);
  const policyConsole = watchPolicyConsole(page);
  await page.goto('/strict-csp-staff.html');
  await expect(widget(page).getByRole('heading', { name: 'Say to the caller' })).toBeVisible();
  const answers = widget(page).getByRole('group', { name: 'Caller’s answer' }).getByRole('button');
  const first = answers.first();
  const shown = () => widget(page).evaluate((el) => el.shadowRoot?.textContent ?? '');
  const before = await shown();
  await first.click();
  await expect.poll(shown).not.toBe(before);
  await page.keyboard.press('1');
  await expect(widget(page).getByRole('heading', { name: 'Say to the caller' })).toBeVisible();
  expect((await readGuards(page)).csp, 'securitypolicyviolation events').toEqual([]);
  expect(policyConsole).toEqual([]);
  expect(uncaught).toEqual([]);
});
