import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../../content/en';
import { es } from '../../content/es';
import { openWidget } from './helpers';

/**
 * The panel's layout where it is tightest, a 320 x 568 phone, in both languages: the header and
 * the call bar on one line each, header icons as separate targets (WCAG 2.5.8), quick replies
 * that sit side by side when short, and dark mode's calm surfaces with readable text.
 */

const box = async (locator: Locator) => (await locator.boundingBox())!;

async function openIn(page: Page, locale: 'en' | 'es') {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  if (locale === 'es') {
    await dialog.getByRole('button', { name: 'Español' }).click();
    await expect(dialog.getByRole('heading', { name: es.ui['ui.title']! })).toBeVisible();
  }
  return dialog;
}

for (const [locale, content] of [
  ['en', en],
  ['es', es],
] as const) {
  const ui = (key: string) => content.ui[key]!;

  test(`${locale}: the header and the call bar are one line each at 320 px, with separate icon targets`, async ({ page }) => {
    const dialog = await openIn(page, locale);
    const title = dialog.getByRole('heading', { name: ui('ui.title') });
    // The title is whole, on one line: not wrapped, not cut.
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getClientRects().length === 1)).toBe(true);
    const titleBox = await box(title);
    const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || el.clientHeight);
    expect(titleBox.height).toBeLessThanOrEqual(lineHeight + 1);
    const controls = [dialog.getByRole('button', { name: ui('opt.startOver') }).first(), dialog.getByRole('button', { name: ui('ui.close') })];
    // One Close: no second button that does the same.
    await expect(dialog.getByRole('button', { name: /minimi/i })).toHaveCount(0);
    const boxes = [await box(title), ...(await Promise.all(controls.map(box)))];
    const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
    for (const b of boxes) expect(Math.abs(middle(b) - middle(boxes[0]!))).toBeLessThan(4);
    for (const b of boxes.slice(1)) {
      expect(b.width).toBeGreaterThanOrEqual(24);
      expect(b.height).toBeGreaterThanOrEqual(24);
    }
    // The icons do not touch.
    expect(boxes[2]!.x - (boxes[1]!.x + boxes[1]!.width)).toBeGreaterThanOrEqual(4);

    const call = dialog.getByRole('link', { name: /1-800-227-2345/ });
    const callLine = await call.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(callLine).toBe(1);
  });

  test(`${locale}: short quick replies sit side by side, not as full-width rows`, async ({ page }) => {
    const dialog = await openIn(page, locale);
    const replies = dialog.getByRole('group', { name: ui('ui.options') });
    await replies.getByRole('button', { name: ui('opt.learn') }).click();
    await replies.getByRole('button', { name: ui('opt.audience.parent') }).click();
    const yes = await box(replies.getByRole('button', { name: ui('opt.yes'), exact: true }));
    const no = await box(replies.getByRole('button', { name: ui('opt.no'), exact: true }));
    const group = await box(replies);
    expect(Math.abs(yes.y - no.y)).toBeLessThan(2);
    expect(no.x).toBeGreaterThan(yes.x + yes.width);
    expect(yes.width).toBeLessThan(group.width / 2);
    expect(yes.height).toBeGreaterThanOrEqual(44);
    // A long label wraps inside its own button, read from the start edge.
    await replies.getByRole('button', { name: ui('opt.no'), exact: true }).click();
    const long = replies.getByRole('button', { name: ui('opt.stage.MS') });
    expect(await long.evaluate((el) => getComputedStyle(el).textAlign)).toMatch(/start|left/);
  });
}

test('after Send the text box keeps focus without a red, error-like ring', async ({ page }) => {
  const dialog = await openIn(page, 'en');
  const box = dialog.getByRole('textbox', { name: 'Type a question' });
  await box.fill('what is MYCN');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(box).toBeFocused();
  const ring = await box.evaluate((el) => {
    const style = getComputedStyle(el);
    return { outline: style.outlineColor, border: style.borderColor, shadow: style.boxShadow };
  });
  const focus = await box.evaluate((el) => getComputedStyle(el).getPropertyValue('--hw-focus').trim());
  expect(focus).toBe('#c2410c');
  for (const color of [ring.outline, ring.border]) expect(color).not.toBe('rgb(194, 65, 12)');
  expect(ring.shadow).toBe('none');
});

test('dark mode: the header and the call bar are dark surfaces with light text, at least 4.5:1', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const dialog = await openIn(page, 'en');
  const colors = async (locator: Locator) =>
    locator.evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.backgroundColor, style.color];
    });
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb
      .match(/\d+/g)!
      .slice(0, 3)
      .map((c) => {
        const v = Number(c) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const header = dialog.getByRole('heading', { name: 'Helpline guide' }).locator('..');
  for (const part of [header, dialog.getByRole('link', { name: /1-800-227-2345/ })]) {
    const [background, text] = await colors(part);
    const [bg, fg] = [luminance(background!), luminance(text!)];
    // A dark surface (not a pastel block) under light text.
    expect(bg).toBeLessThan(0.1);
    expect(fg).toBeGreaterThan(0.5);
    expect((fg + 0.05) / (bg + 0.05)).toBeGreaterThanOrEqual(4.5);
  }
});

test('after Start over, Undo is in view, and brings the conversation back', async ({ page }) => {
  const dialog = await openIn(page, 'en');
  const replies = dialog.getByRole('group', { name: 'Choose an answer' });
  await replies.getByRole('button', { name: 'Learn about treatment' }).click();
  await replies.getByRole('button', { name: 'I’m a parent or caregiver' }).click();
  await dialog.getByRole('button', { name: 'Start over' }).click();
  const undo = dialog.getByRole('button', { name: 'Undo' });
  await expect(dialog.getByRole('status')).toContainText('Conversation cleared.');
  await expect(undo).toBeInViewport();
  await undo.click();
  await expect(replies.getByRole('button', { name: 'Yes', exact: true })).toBeInViewport();
  await expect(dialog.getByRole('log')).toContainText('I’m a parent or caregiver');
  await expect(undo).toHaveCount(0);
});
