import { expect, test } from '@playwright/test';
import { expectHelplineReachable, watchUncaught } from '../fixtures/page-guards';
import { XSS_SAMPLE } from '../fixtures/xss-payloads';
import { widget } from './helpers';
import { embedWithOverrides, payloadOverridesTest, type Api } from './payloads-in-overrides';

/**
 * The payload corpus through content overrides (data-content-url): one payload of each class on
 * every change; the whole corpus in security-payloads.long.spec.ts.
 */
payloadOverridesTest(XSS_SAMPLE);

/**
 * Overrides that would take away the way to a person (widget/app/reach-rules.ts): each file is
 * refused whole with an `error` event, and the built-in call bar, hand-off and emergency texts
 * stay, with their working numbers.
 */
const item = (body: string) => ({ body, sources: ['acs-risk'], reviewed: '2026-11-01' });
const REACH_ATTACKS: { name: string; file: unknown }[] = [
  { name: 'an invisible call bar label', file: { en: { ui: { 'ui.callHelpline': '\u200b\u200b' } } } },
  {
    name: 'the call bar showing the helpline while a hand-off link dials 1-900',
    file: { en: { items: { 'handoff.phone': item('Call <a href="tel:19005550199">1-800-227-2345</a>.') } } },
  },
  { name: 'emergency text telling people not to call', file: { en: { items: { 'emergency.now': item('Do not call emergency services.') } } } },
  { name: 'a source named "toString"', file: { en: { items: { 'handoff.intro': { ...item('Talk to us.'), sources: ['toString'] } } } } },
];

test('overrides that would remove the way to a person are refused; the built-in numbers stay', async ({ page }) => {
  const uncaught = watchUncaught(page);
  await page.route('**/overrides-page.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>x</title><main><h1>Overrides</h1></main></html>' }),
  );
  await page.route(/\/reach\/\d+\.json$/, (route) => {
    const index = Number(/(\d+)\.json$/.exec(route.request().url())![1]);
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(REACH_ATTACKS[index]!.file) });
  });
  await page.goto('/overrides-page.html');
  for (const [index, { name }] of REACH_ATTACKS.entries()) {
    await test.step(name, async () => {
      await embedWithOverrides(page, `/reach/${index}.json`);
      await page.evaluate(() => (window as unknown as { HelplineWidget: Api }).HelplineWidget.open());
      const dialog = widget(page).getByRole('dialog');
      // Every earlier embed left its listener: each reports this file's one error.
      await expect.poll(() => page.evaluate(() => [...new Set((window as unknown as { __errors: string[] }).__errors)])).toEqual(['content-invalid']);
      await expect(dialog.getByRole('link', { name: 'Call 1-800-227-2345 (24/7)' })).toHaveAttribute('href', 'tel:18002272345');
      await dialog.getByRole('button', { name: 'This is an emergency' }).first().click();
      const log = dialog.getByRole('log');
      await expect(log.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
      await expect(log.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
      await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
      await expectHelplineReachable(log);
      await page.evaluate(() => {
        (window as unknown as { HelplineWidget: Api }).HelplineWidget.destroy();
        sessionStorage.clear();
      });
    });
  }
  expect(uncaught).toEqual([]);
});
