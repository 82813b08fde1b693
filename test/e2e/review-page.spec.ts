import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { WHOLE } from '../../content';
import { watchErrors } from './helpers';

/**
 * The content review page (demo/review.html, widget/toolkit/review/review-page.tsx), served under the
 * strict policy: every content key the public index has (content/index.ts), in both languages,
 * with its steps, sources and dates; an overrides file applied from the URL; the filters; and
 * axe at zero over the whole page, every row drawn.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Every item and label, the topic families' included (content/whole.ts).
const { en, es } = WHOLE;
const keys = [...new Set([...Object.keys(en.items), ...Object.keys(es.items)])];
const labels = [...new Set([...Object.keys(en.ui), ...Object.keys(es.ui)])];
const status = (items: number, shownLabels = labels.length) =>
  `Showing ${items} of ${keys.length} items and ${shownLabels} of ${labels.length} labels.`;
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const row = (page: Page, key: string) => page.locator(`tbody tr[id="item-${key}"]`);

test('shows every content item in English and Spanish, with where it is said, sources and dates, and passes axe', async ({ page }) => {
  // axe over some 400 table rows, colour contrast of each cell included, on a shared 2-core machine.
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await page.goto('/review.html?today=2026-12-01');
  await expect(page.getByRole('status')).toHaveText(status(keys.length));
  await expect(page.locator('table.items tbody tr')).toHaveCount(keys.length);
  const cells = await page.locator('table.items tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({
      key: r.querySelector('th code')?.textContent ?? '',
      en: r.querySelector('td[lang="en"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      es: r.querySelector('td[lang="es"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    })),
  );
  for (const key of keys) {
    const found = cells.find((c) => c.key === key);
    expect(found, key).toBeDefined();
    // The first words of each language's text, as the widget's reader shows them.
    expect(found!.en.replace(/\s/g, '')).toContain(text(en.items[key]!.body).slice(0, 30).replace(/\s/g, ''));
    expect(found!.es.replace(/\s/g, '')).toContain(text(es.items[key]!.body).slice(0, 30).replace(/\s/g, ''));
  }
  const labelCells = await page
    .locator('table.labels tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.querySelector('th code')?.textContent,
        r.querySelector('td[lang="en"]')?.textContent,
        r.querySelector('td[lang="es"]')?.textContent,
      ]),
    );
  expect(labelCells).toEqual(labels.map((key) => [key, en.ui[key], es.ui[key]]));
  await expect(page.locator('tr[id="label-opt.dontKnow"]')).toContainText('intake.stage');
  const low = row(page, 'treatment.low');
  await expect(low.getByRole('cell').nth(2)).toContainText('treatment.low');
  await expect(low).toContainText('Treating Neuroblastoma by Risk Group');
  await expect(low).toContainText(en.items['treatment.low']!.reviewed);
  await expect(row(page, 'risk.notDiagnosis')).toContainText('risk.undetermined');
  await expect(row(page, 'glossary.mycn')).toContainText('glossary');
  await expect(page.getByRole('img', { name: /The conversation map/ })).toBeVisible();
  expect(await page.getByRole('img', { name: /The conversation map/ }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);

  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe.run(document, { resultTypes: ['violations'] }),
  );
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target})`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('reviews as of a later day: the overdue and due-soon filters', async ({ page }) => {
  const due = new Date(Date.parse(`${en.items['welcome.greeting']!.reviewed}T00:00:00Z`));
  due.setUTCMonth(due.getUTCMonth() + 12);
  const soon = new Date(due.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/review.html?today=${soon}`);
  await page.getByRole('checkbox', { name: /Due within 90 days/ }).check();
  await expect(row(page, 'welcome.greeting')).toBeVisible();
  await expect(row(page, 'welcome.greeting')).toContainText('Due within 90 days');
  await page.getByRole('checkbox', { name: /Overdue for review/ }).check();
  await expect(page.getByRole('status')).toHaveText(status(0, 0));
  await expect(page.getByRole('cell', { name: 'No item matches these filters.' })).toBeVisible();
  const late = new Date(due.getTime() + 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/review.html?today=${late}&filter=stale`);
  await expect(page.getByRole('checkbox', { name: /Overdue for review/ })).toBeChecked();
  await expect(row(page, 'welcome.greeting')).toContainText('Overdue');
});

test('applies an overrides file from the URL and filters what it changed; a bad file is named with its problems', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/review-overrides.json',
    (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          en: { items: { 'treatment.low': { body: '<p>Our own words on low risk.</p>', sources: ['acs-risk'], reviewed: '2026-11-01' } } },
          es: {
            items: { 'treatment.low': { body: '<p>Nuestras palabras sobre riesgo bajo.</p>', sources: ['acs-risk'], reviewed: '2026-11-01' } },
            ui: { 'opt.learn': 'Aprender sobre los tratamientos' },
          },
        }),
      }),
  );
  await page.goto('/review.html?today=2026-12-01&overrides=/review-overrides.json');
  await expect(page.getByText('Showing the overrides file /review-overrides.json applied')).toBeVisible();
  await page.getByRole('checkbox', { name: /Changed by the overrides \(2\)/ }).check();
  await expect(page.locator('tr[id="label-opt.learn"]')).toContainText('Aprender sobre los tratamientos');
  await expect(page.getByRole('status')).toHaveText(status(1, 1));
  await expect(row(page, 'treatment.low')).toContainText('Our own words on low risk.');
  await expect(row(page, 'treatment.low')).toContainText('Nuestras palabras sobre riesgo bajo.');

  await page.route(
    (url) => url.pathname === '/bad-overrides.json',
    (route) => route.fulfill({ contentType: 'application/json', body: '{"en":{"ui":{"opt.nope":"x"}}}' }),
  );
  await page.goto('/review.html?overrides=/bad-overrides.json');
  await expect(page.getByRole('alert')).toContainText('is not used by the widget');
  await expect(page.getByText('$.en.ui["opt.nope"]')).toBeVisible();
});
