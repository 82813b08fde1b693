import { expect, test, type Locator } from '@playwright/test';
import { openWidget } from './helpers';

/** Fully inside the viewport, not just present in the DOM. */
async function expectOnScreen(locator: Locator) {
  await expect(locator).toBeInViewport({ ratio: 1 });
}

test.describe('a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true });

  test('shows the panel full screen with the call link and the text box on screen', async ({ page }) => {
    await page.goto('/');
    const dialog = await openWidget(page);
    const box = await dialog.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 320, height: 568 });
    await expectOnScreen(dialog.getByRole('link', { name: /Call 1-800-227-2345/ }));
    await expectOnScreen(dialog.getByRole('textbox', { name: 'Type a question' }));
  });

  test('gives every control a touch target of at least 44 by 44 px', async ({ page }) => {
    await page.goto('/bare.html');
    const dialog = await openWidget(page);
    const small = await dialog.evaluate((el) =>
      [...el.querySelectorAll('button, input, .call')]
        .map((c) => ({ name: c.getAttribute('aria-label') ?? c.textContent, r: c.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 44 || r.height < 44))
        .map(({ name, r }) => `${name}: ${r.width}x${r.height}`),
    );
    expect(small).toEqual([]);
  });

  test('keeps the text box above the on-screen keyboard', async ({ page }) => {
    await page.goto('/bare.html');
    const dialog = await openWidget(page);
    // What the keyboard does to the page: the visual viewport shrinks, the layout viewport stays.
    await page.evaluate(() => {
      const vv = window.visualViewport!;
      Object.defineProperty(vv, 'height', { value: 300, configurable: true });
      vv.dispatchEvent(new Event('resize'));
    });
    const input = await dialog.getByRole('textbox', { name: 'Type a question' }).boundingBox();
    expect(input!.y + input!.height).toBeLessThanOrEqual(300);
  });
});

test.describe('200% zoom on a 1280 by 720 screen', () => {
  // Zooming to 200% halves the CSS viewport; the device pixel ratio doubles.
  test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

  test('loses nothing: the call link, the text box and every option can be reached', async ({ page }) => {
    await page.goto('/');
    const dialog = await openWidget(page);
    await expectOnScreen(dialog.getByRole('link', { name: /Call 1-800-227-2345/ }));
    await expectOnScreen(dialog.getByRole('textbox', { name: 'Type a question' }));
    const options = dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button');
    for (const option of await options.all()) {
      await option.scrollIntoViewIfNeeded();
      await expect(option).toBeInViewport();
    }
  });
});

test('reduced motion removes the animation of new lines', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  const animation = await dialog
    .getByRole('log')
    .locator('.line')
    .first()
    .evaluate((el) => getComputedStyle(el).animationName);
  expect(animation).toBe('none');
});

test('dark mode gives the panel a dark surface', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  const surface = await dialog.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(surface).not.toBe('rgb(255, 255, 255)');
});
