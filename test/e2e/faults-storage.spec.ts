import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectHelplineReachable, watchUncaught } from '../fixtures/page-guards';
import { openWidget, widget } from './helpers';

/**
 * Web Storage that fails (docs/product.md, "Faults"): blocked (SecurityError on access, as with cookies
 * blocked or in sandboxed frames), full (QuotaExceededError), or holding corrupted or
 * old-version data. Each time the visitor can still reach the helpline, nothing throws uncaught,
 * and nothing they typed is lost while the page is open.
 */

type Api = { open(): void; close(): void; reset(): void };

/** Sends a question and leaves a draft in the box, then checks both survive closing and reopening. */
async function typeAndKeep(page: Page, dialog: Locator) {
  const box = dialog.getByRole('textbox');
  const log = dialog.getByRole('log');
  await box.fill('what is MYCN');
  await box.press('Enter');
  await expect(log).toContainText('what is MYCN');
  await box.fill('and what about surgery');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.evaluate(() => (window as unknown as { HelplineWidget: Api }).HelplineWidget.open());
  await expect(dialog).toBeVisible();
  await expect(log).toContainText('what is MYCN');
  await expect(box).toHaveValue('and what about surgery');
}

async function expectWorks(page: Page) {
  const dialog = await openWidget(page);
  await expect(dialog.getByRole('log')).toContainText('automated guide, not a doctor');
  await expectHelplineReachable(dialog);
  await typeAndKeep(page, dialog);
  await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
  await expect(dialog.getByRole('log')).toContainText('24 hours a day, 7 days a week');
  return dialog;
}

test.describe('storage that throws', () => {
  for (const storage of ['session', 'local'] as const) {
    test(`${storage}Storage blocked (SecurityError on access)`, async ({ page }) => {
      const uncaught = watchUncaught(page);
      await page.addInitScript(() => {
        for (const name of ['sessionStorage', 'localStorage']) {
          Object.defineProperty(window, name, {
            configurable: true,
            get() {
              throw new DOMException(`The operation is insecure (${name} blocked).`, 'SecurityError');
            },
          });
        }
      });
      await page.route('**/storage-fault.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><title>x</title><main><h1>Support</h1></main><script src="/helpline-widget.js" defer data-storage="${storage}"></script></html>`,
        }),
      );
      await page.goto('/storage-fault.html');
      await expectWorks(page);
      expect(uncaught).toEqual([]);
    });
  }

  test('storage that is full (QuotaExceededError on every write)', async ({ page }) => {
    const uncaught = watchUncaught(page);
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/bare.html');
    await expectWorks(page);
    expect(uncaught).toEqual([]);
  });

  test('storage whose reads throw after the first write', async ({ page }) => {
    const uncaught = watchUncaught(page);
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        setItem.call(this, key, value);
        Storage.prototype.getItem = () => {
          throw new DOMException('revoked', 'SecurityError');
        };
      };
    });
    await page.goto('/bare.html');
    await expectWorks(page);
    expect(uncaught).toEqual([]);
  });
});

/**
 * Rewrites saved JSON, including JSON nested in strings (the widget may store its conversation as
 * a string inside a wrapper): `edit` sees every key and may return a replacement value.
 */
function rewrite(text: string, edit: (key: string, value: unknown, holder: Record<string, unknown>) => unknown): string {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string' && /^[[{]/.test(value)) {
      try {
        return JSON.stringify(walk(JSON.parse(value)));
      } catch {
        return value;
      }
    }
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) {
      const holder = value as Record<string, unknown>;
      return Object.fromEntries(Object.entries(holder).map(([k, v]) => [k, edit(k, walk(v), holder)]));
    }
    return value;
  };
  return JSON.stringify(walk(JSON.parse(text)));
}

test.describe('storage holding data the widget did not write this release', () => {
  /** Runs a short conversation so the widget saves, and returns what it saved, by key. */
  async function savedEntries(page: Page) {
    await page.goto('/bare.html');
    const dialog = await openWidget(page);
    await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
    await expect(dialog.getByRole('log')).toContainText('24 hours a day, 7 days a week');
    // Saved once the browser is idle after the turn (widget/app/save-when-idle.ts).
    await expect.poll(() => page.evaluate(() => JSON.stringify(sessionStorage))).toContain('handoff');
    const entries = await page.evaluate(() => Object.entries(sessionStorage).filter(([k]) => k.startsWith('helpline')));
    expect(entries.length, 'the widget saves the conversation in sessionStorage by default').toBeGreaterThan(0);
    return entries;
  }

  const corruptions: { name: string; corrupt(value: string): string }[] = [
    { name: 'truncated JSON', corrupt: (v) => v.slice(0, Math.floor(v.length / 2)) },
    { name: 'not JSON at all', corrupt: () => '<script>__xss("storage")</script>' },
    { name: 'JSON of another shape', corrupt: () => JSON.stringify({ transcript: 'x', moves: [1, 2, 3], nextId: 'a' }) },
    { name: 'JSON null', corrupt: () => 'null' },
    {
      name: 'an old version',
      corrupt: (v) => {
        let found = false;
        const out = rewrite(v, (key, value) => {
          if (!/^(v|version)$/.test(key)) return value;
          found = true;
          return typeof value === 'number' ? value - 1 : '0.0.0';
        });
        if (!found) throw new Error('the saved conversation carries no version field');
        return out;
      },
    },
    {
      name: 'a move made at a step this release does not have',
      corrupt: (v) => {
        let found = false;
        const out = rewrite(v, (key, value) => {
          if (key !== 'from') return value;
          found = true;
          return 'a.state.from.an.old.release';
        });
        if (!found) throw new Error('the saved conversation carries no moves');
        return out;
      },
    },
  ];

  for (const { name, corrupt } of corruptions) {
    test(`${name}: starts fresh, without an error`, async ({ page }) => {
      const uncaught = watchUncaught(page);
      const entries = await savedEntries(page);
      await page.evaluate(
        (pairs) => {
          for (const [k, v] of pairs) sessionStorage.setItem(k, v);
        },
        entries.map(([k, v]) => [k, corrupt(v)] as const),
      );
      await page.reload();
      await expect(widget(page)).toHaveCount(1);
      // A fresh start: the greeting, and not the hand-off the saved conversation had reached.
      await page.evaluate(() => (window as unknown as { HelplineWidget: Api }).HelplineWidget.open());
      const log = widget(page).getByRole('dialog').getByRole('log');
      await expect(log).toContainText('automated guide, not a doctor');
      await expect(log).not.toContainText('24 hours a day, 7 days a week');
      await page.evaluate(() => (window as unknown as { HelplineWidget: Api }).HelplineWidget.close());
      await expectWorks(page);
      expect(uncaught).toEqual([]);
    });
  }
});

test.describe('a poisoned save in local storage', () => {
  /**
   * data-storage="local" keeps a save for months, across releases: a line keyed like an
   * Object.prototype member, or a card of a shape a later release writes, must not take the widget
   * down on every visit in that browser (widget/app/saved.ts).
   */
  const localPage = (page: Page) =>
    page.route('**/storage-local.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><title>x</title><main><h1>Support</h1></main><script src="/helpline-widget.js" defer data-storage="local"></script></html>',
      }),
    );

  type Edit = (key: string, value: unknown, holder: Record<string, unknown>) => unknown;
  const edited = (edit: Edit) => (text: string) => rewrite(text, edit);
  const poisons: { name: string; poison: (text: string) => string }[] = [
    { name: 'a line keyed "toString"', poison: edited((key, value, holder) => (key === 'key' && holder.by === 'bot' ? 'toString' : value)) },
    { name: 'a line keyed "__proto__"', poison: edited((key, value, holder) => (key === 'key' && holder.by === 'bot' ? '__proto__' : value)) },
    {
      name: 'a line labelled "constructor"',
      poison: edited((key, value, holder) => (key === 'label' && holder.by === 'user' ? 'constructor' : value)),
    },
    {
      name: 'a hand-off card of another shape',
      poison: edited((key, value, holder) => (key === 'step' && holder.kind === 'handoff' ? { v: 2 } : value)),
    },
    { name: 'text that is not JSON', poison: (text) => text.slice(0, 40) },
  ];

  for (const { name, poison } of poisons) {
    test(`${name}: the widget still works, with the phone link, on this visit and the next`, async ({ page }) => {
      test.setTimeout(90_000); // two visits and three conversations
      const uncaught = watchUncaught(page);
      await localPage(page);
      await page.goto('/storage-local.html');
      const dialog = await openWidget(page);
      await dialog.getByRole('button', { name: 'Talk to a person' }).first().click();
      await expect(dialog.getByRole('log')).toContainText('24 hours a day, 7 days a week');
      // Saved once the browser is idle after the turn (widget/app/save-when-idle.ts).
      await expect.poll(() => page.evaluate(() => JSON.stringify(localStorage))).toContain('handoff');
      const entries = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('helpline')));
      expect(entries.length, 'the widget saves the conversation in localStorage when asked').toBeGreaterThan(0);
      const poisoned = entries.map(([k, v]) => [k, poison(v)] as const);
      expect(poisoned).not.toEqual(entries);
      await page.evaluate((pairs) => {
        for (const [k, v] of pairs) localStorage.setItem(k, v);
      }, poisoned);

      for (const visit of ['the poisoned visit', 'the next visit']) {
        await page.reload();
        await expect(widget(page), visit).toHaveCount(1);
        const again = await openWidget(page);
        await expect(again.getByRole('log'), visit).toContainText('automated guide, not a doctor');
        await expectHelplineReachable(again);
        await again.getByRole('button', { name: 'Talk to a person' }).first().click();
        await expect(again.getByRole('log'), visit).toContainText('24 hours a day, 7 days a week');
        await page.evaluate(() => (window as unknown as { HelplineWidget: Api }).HelplineWidget.reset());
      }
      expect(uncaught).toEqual([]);
    });
  }
});
