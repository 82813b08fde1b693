import { expect, test } from '@playwright/test';
import { openWidget, watchErrors, widget } from './helpers';

for (const page of ['/', '/bare.html']) {
  test.describe(`one script tag on ${page}`, () => {
    test('adds one widget whose launcher opens a chat with the helpline one tap away', async ({ page: p }) => {
      const errors = watchErrors(p);
      await p.goto(page);
      await expect(widget(p)).toHaveCount(1);
      expect(await widget(p).evaluate((el) => el.shadowRoot?.mode)).toBe('open');
      const dialog = await openWidget(p);
      await expect(dialog.getByRole('log')).toContainText('automated guide, not a doctor');
      const call = dialog.getByRole('link', { name: /Call 1-800-227-2345 \(24\/7\)/ });
      await expect(call).toHaveAttribute('href', 'tel:18002272345');
      expect(errors).toEqual([]);
    });
  });
}

test('Escape closes the panel and returns focus to the launcher', async ({ page }) => {
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  await expect(dialog.getByRole('heading', { name: 'Helpline guide' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(widget(page).getByRole('button', { name: /Chat with our guide/ })).toBeFocused();
});

test('styles are adopted into the shadow root, not added to the page', async ({ page }) => {
  await page.goto('/bare.html');
  await openWidget(page);
  const counts = await widget(page).evaluate((el) => ({
    adopted: el.shadowRoot!.adoptedStyleSheets.length,
    pageSheets: document.styleSheets.length,
  }));
  expect(counts.adopted).toBeGreaterThanOrEqual(2);
  expect(counts.pageSheets).toBe(0);
});
