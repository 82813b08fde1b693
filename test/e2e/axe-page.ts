import { test as base, type Page } from '@playwright/test';
import type { SeededSession } from '../fixtures/saved-session';
import { STORAGE_KEY } from '../../widget/app/storage';

/**
 * One page per worker for the accessibility sweeps (axe-every-step.spec.ts, axe-states.spec.ts):
 * axe (580 kB) is parsed, and its first, slowest run made, once per worker rather than once per
 * test, and the conversation's chunks are fetched once. Each test embeds a fresh widget with
 * embedSeeded; the colour scheme, forced colors and viewport a test sets are put back after it.
 */
export const test = base.extend<{ axePage: Page }, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use, { project }) => {
      const page = await browser.newPage({ baseURL: project.use.baseURL });
      await page.goto('/bare.html');
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
  axePage: async ({ workerPage }, use) => {
    const viewport = workerPage.viewportSize();
    await use(workerPage);
    await workerPage.emulateMedia({ colorScheme: null, forcedColors: null });
    if (viewport) await workerPage.setViewportSize(viewport);
  },
});

/**
 * A fresh widget, as on a page load, that finds the seeded conversation in session storage: the
 * widget is taken out (HelplineWidget.destroy(), docs/product.md "JavaScript API") and embedded again
 * with the same script tag a site uses.
 */
export function embedSeeded(page: Page, { stored }: SeededSession) {
  return page.evaluate(
    ([key, value]) =>
      new Promise<void>((resolve, reject) => {
        (window as unknown as { HelplineWidget?: { destroy(): void } }).HelplineWidget?.destroy();
        document.querySelectorAll('script[src="/helpline-widget.js"]').forEach((old) => old.remove());
        sessionStorage.setItem(key!, value!);
        document.addEventListener('helpline:ready', () => resolve(), { once: true });
        const script = document.createElement('script');
        script.src = '/helpline-widget.js';
        script.onerror = () => reject(new Error('the widget script did not load'));
        document.body.append(script);
      }),
    [STORAGE_KEY, stored],
  );
}
