import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, ContextObject, RunOptions } from 'axe-core';

/** Playwright's locators pierce open shadow roots, so roles and names reach inside the widget. */
export const widget = (page: Page) => page.locator('helpline-widget');

export async function openWidget(page: Page) {
  await widget(page)
    .getByRole('button', { name: /Chat with our guide|Hable con nuestra guía/ })
    .click();
  const dialog = widget(page).getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe over the widget, its shadow root included; zero violations expected. The host page is
 * not ours to judge, so the run is scoped to <helpline-widget>. axe is injected once per page
 * and run in it directly: @axe-core/playwright's default mode injects its source twice per run
 * and opens an extra tab to merge frame results, which a page without iframes does not need.
 */
export async function expectNoAxeViolations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const summary = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: ContextObject, o: RunOptions): Promise<AxeResults> } }).axe;
    const { violations } = await axe.run({ include: ['helpline-widget'] }, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
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
