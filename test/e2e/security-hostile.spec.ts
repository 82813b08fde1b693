import { expect, test } from '@playwright/test';
import { expectHelplineReachable, watchUncaught } from '../fixtures/page-guards';
import { openWidget, widget } from './helpers';

/**
 * A hostile host page (docs/product.md): demo/hostile.html loads demo/hostile.css (`* { all: unset
 * !important }`, hidden divs, buttons, links and dialogs, invisible and untouchable everything,
 * huge fonts, page zoom) and demo/hostile.js (Array.prototype additions and Array#toJSON, a
 * replaced Array#includes and #find, JSON.stringify that drops arguments, JSON.parse that always
 * throws). The widget must still render and work; the shadow root keeps the page's CSS out, and
 * the :host rules' important declarations win over the page's (CSS Cascade 4, "Context").
 */

test('the widget renders and works on a page whose CSS and built-ins fight it', async ({ page }) => {
  const uncaught = watchUncaught(page);
  await page.goto('/hostile.html');
  expect(await page.evaluate(() => (window as unknown as { __hostilePatched?: boolean }).__hostilePatched)).toBe(true);

  const launcher = widget(page).getByRole('button', { name: /Chat with our guide/ });
  await expect(launcher).toBeVisible();
  // On screen, at a usable size, not shrunk, scaled or pushed off the page.
  const box = (await launcher.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.height).toBeGreaterThanOrEqual(44);

  const dialog = await openWidget(page);
  const log = dialog.getByRole('log');
  await expect(log).toContainText('automated guide, not a doctor');
  const styles = await dialog.evaluate((el) => {
    const s = getComputedStyle(el);
    return { visibility: s.visibility, pointerEvents: s.pointerEvents, opacity: s.opacity, font: s.fontFamily, color: s.color };
  });
  expect(styles.visibility).toBe('visible');
  expect(styles.pointerEvents).toBe('auto');
  expect(styles.opacity).toBe('1');
  expect(styles.font).not.toMatch(/Comic Sans/);
  // Text keeps the widget's own size, whatever the page sets on its root (rem would follow it).
  for (const el of [dialog.getByRole('heading').first(), dialog.getByText('automated guide, not a doctor').first()]) {
    const size = await el.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(12);
    expect(size).toBeLessThanOrEqual(24);
  }

  const options = dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button');
  const first = (await options.allInnerTexts()).find((n) => !/person|emergency|start over/i.test(n));
  if (first) {
    const before = await log.innerText();
    await options.filter({ hasText: first }).first().click();
    await expect.poll(() => log.innerText()).not.toBe(before);
  }
  const boxInput = dialog.getByRole('textbox');
  await boxInput.fill('what is MYCN');
  await boxInput.press('Enter');
  await expect(log).toContainText('what is MYCN');
  await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
  await expect(log).toContainText('24 hours a day, 7 days a week');
  await expectHelplineReachable(dialog);
  await dialog.getByRole('button', { name: 'Español' }).click();
  await expect(dialog).toHaveAttribute('lang', /^es/);
  await expect(log).toContainText('what is MYCN');
  expect(uncaught).toEqual([]);
});

test("the widget leaves the page's own styles as they were", async ({ page }) => {
  await page.goto('/hostile.html');
  const pageStyles = () =>
    page.evaluate(() =>
      ['html', 'body', 'main', 'h1', 'p'].map((sel) => {
        const s = getComputedStyle(document.querySelector(sel)!);
        return `${sel}: ${s.fontFamily} ${s.fontSize} ${s.color} ${s.display} ${s.visibility} ${s.zoom}`;
      }),
    );
  const before = await pageStyles();
  await openWidget(page);
  await expect(widget(page).getByRole('log')).toContainText('automated guide, not a doctor');
  expect(await pageStyles()).toEqual(before);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
});
