import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Playwright's locators pierce open shadow roots, so roles and names reach inside the widget. */
export const widget = (page: Page) => page.locator('helpline-widget');

export async function openWidget(page: Page) {
  await widget(page).getByRole('button', { name: /Chat with our guide|Hable con nuestra guía/ }).click();
  const dialog = widget(page).getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** axe over the whole page, shadow roots included; zero violations expected. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Collects uncaught errors and console errors so a test can assert there were none. */
export function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
