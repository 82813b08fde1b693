import { expect, test, type Locator } from '@playwright/test';
import { en } from '../../content/en';
import { es } from '../../content/es';
import { STEP_IDS } from '../../flows';
import { TYPED_ROUTES, stepRoutes } from '../fixtures/step-routes';
import { openWidget } from './helpers';

test.use({ actionTimeout: 5_000 });

const ROUTES = stepRoutes();
/** The longest routes first: a walk to a deep step passes most others on the way. */
const WALKS = [...ROUTES.entries()].sort((a, b) => b[1].length - a[1].length);

/**
 * What the visitor can see of the current turn: the first line the assistant said in it (the
 * question or the answer) and, whenever the two fit in the view together, the first option, each
 * inside the part of the transcript on screen (the scroller, the screen, above the call link);
 * and the call link wholly on screen.
 */
async function problemsInView(dialog: Locator): Promise<string[]> {
  return dialog.evaluate((panel) => {
    const problems: string[] = [];
    const call = panel.querySelector('.call')!.getBoundingClientRect();
    const scroller = panel.querySelector('.scroller')!.getBoundingClientRect();
    if (call.top < 0 || call.bottom > innerHeight || call.left < 0 || call.right > innerWidth)
      problems.push(`call link at ${call.top}-${call.bottom}`);
    const top = Math.max(scroller.top, 0);
    const bottom = Math.min(scroller.bottom, innerHeight, call.top);
    const entries = [...panel.querySelectorAll('.transcript .entry')];
    let start = entries.length - 1;
    while (start > 0 && entries[start]!.getAttribute('data-by') !== 'user') start--;
    const said = entries.slice(start).find((el) => el.getAttribute('data-by') !== 'user' && el.getBoundingClientRect().height > 0);
    const option = panel.querySelector('.options button');
    const check = (name: string, el: Element | null | undefined, whole: boolean) => {
      if (!el) return problems.push(`no ${name}`);
      const r = el.getBoundingClientRect();
      // The first line of the question or answer: its top plus one line of text.
      const lineBottom = whole ? r.bottom : Math.min(r.bottom, r.top + 40);
      if (r.top < top - 1 || lineBottom > bottom + 1)
        problems.push(`${name} at ${Math.round(r.top)}-${Math.round(lineBottom)}, view ${Math.round(top)}-${Math.round(bottom)}`);
    };
    check('first line said', said, false);
    // An answer taller than the view is read from its start; the options follow it.
    const fits = said && option && option.getBoundingClientRect().bottom - said.getBoundingClientRect().top <= bottom - top;
    if (fits || !said) check('first option', option, true);
    return problems;
  });
}

/**
 * A topic family's words load on demand (widget/app/load-topics.ts): until they are in, its
 * entries hold only their hidden speaker label, no line.
 */
const wordsDrawn = (dialog: Locator) => expect(dialog.locator('.transcript .entry[data-by="bot"]:not(:has(.line))')).toHaveCount(0);

async function walk(dialog: Locator, labels: string[], seen: Set<string>) {
  const header = dialog.locator('.header');
  await header.getByRole('button', { name: 'Start over' }).click();
  const failures: string[] = [];
  const at = async (where: string) => {
    const problems = await problemsInView(dialog);
    if (problems.length) failures.push(`${where}: ${problems.join('; ')}`);
  };
  await at('welcome');
  for (const [i, label] of labels.entries()) {
    await dialog.locator('.options').getByRole('button', { name: label, exact: true }).click();
    await wordsDrawn(dialog);
    const where = labels.slice(0, i + 1).join(' > ');
    if (seen.has(where)) continue;
    seen.add(where);
    await at(where);
  }
  return failures;
}

/**
 * The walks by the welcome's option they start with, one test each so none nears its time limit;
 * the welcome and the steps one tap from it together.
 */
const WALKS_BY_FIRST = new Map<string, typeof WALKS>();
for (const route of WALKS) {
  const part = route[1].length > 1 ? `every step after "${route[1][0]}"` : 'the welcome and every step one tap from it';
  WALKS_BY_FIRST.set(part, [...(WALKS_BY_FIRST.get(part) ?? []), route]);
}

test('every step is walked by a button or typed', () => {
  expect(STEP_IDS.filter((id) => !ROUTES.has(id) && !(id in TYPED_ROUTES))).toEqual([]);
});

for (const viewport of [
  { width: 375, height: 667 },
  { width: 320, height: 568 },
  { width: 320, height: 256 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    for (const [part, walks] of WALKS_BY_FIRST) {
      test(`${part}: its first line, its first option and the whole call link are in view`, async ({ page }) => {
        // The longest part walks dozens of steps: about 15 s on a busy 2-core machine.
        test.setTimeout(60_000);
        await page.goto('/bare.html');
        const dialog = await openWidget(page);
        const seen = new Set<string>();
        const failures: string[] = [];
        for (const [, labels] of walks) {
          // A route the longer walks already passed through is not walked again.
          if (seen.has(labels.join(' > '))) continue;
          failures.push(...(await walk(dialog, labels, seen)));
        }
        expect(failures).toEqual([]);
      });
    }

    test('every step reached by typing: its first line, its first option and the whole call link are in view', async ({ page }) => {
      await page.goto('/bare.html');
      const dialog = await openWidget(page);
      const failures: string[] = [];
      // Typed from the welcome, checked the same way.
      const box = dialog.getByRole('textbox', { name: 'Type a question' });
      for (const [id, text] of Object.entries(TYPED_ROUTES)) {
        await dialog.locator('.header').getByRole('button', { name: 'Start over' }).click();
        const entries = dialog.locator('.transcript .entry');
        const before = await entries.count();
        await box.fill(text);
        await box.press('Enter');
        await expect(entries.nth(before + 1)).toBeAttached();
        await wordsDrawn(dialog);
        const problems = await problemsInView(dialog);
        if (problems.length) failures.push(`${id} ("${text}"): ${problems.join('; ')}`);
      }
      expect(failures).toEqual([]);
    });
  });
}

/** Whether all of `el` is on screen above the call link and, when it is in the scroller, inside it. */
const wholeInView = (el: Locator) =>
  el.evaluate((target) => {
    const r = target.getBoundingClientRect();
    const call = (target.getRootNode() as ShadowRoot).querySelector('.call')!.getBoundingClientRect();
    const scroller = target.closest('.scroller');
    const box = scroller && getComputedStyle(scroller).overflowY !== 'visible' ? scroller.getBoundingClientRect() : { top: 0, bottom: innerHeight };
    return r.height > 0 && r.top >= Math.max(box.top, 0) - 1 && r.bottom <= Math.min(box.bottom, innerHeight, call.top) + 1;
  });

for (const [locale, ui] of [
  ['en', en.ui],
  ['es', es.ui],
] as const) {
  for (const viewport of [
    { width: 320, height: 568 },
    { width: 320, height: 256 },
  ]) {
    test(`${locale}: after Start over at ${viewport.width}x${viewport.height}, Undo and the welcome's first line are in view, and its first option where they fit`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 568 });
      await page.goto('/bare.html');
      const dialog = await openWidget(page);
      if (locale === 'es') await dialog.getByRole('button', { name: 'Español' }).click();
      const answers = dialog.locator('.options');
      await answers.getByRole('button', { name: ui['opt.learn']!, exact: true }).click();
      await answers.getByRole('button', { name: ui['opt.audience.parent']!, exact: true }).click();
      await page.setViewportSize(viewport);
      // The header scrolls with the panel at 400% zoom: bring Start over into view, as a visitor would.
      const startOver = dialog.locator('.header').getByRole('button', { name: ui['opt.startOver']! });
      await startOver.scrollIntoViewIfNeeded();
      await startOver.click();
      const undo = dialog.getByRole('button', { name: ui['ui.undo']! });
      await expect(dialog.getByRole('status')).toContainText(ui['ui.cleared']!);
      expect(await wholeInView(undo)).toBe(true);
      // Focus stays on Start over, and its ring is not left scrolled out of the panel.
      await expect(startOver).toBeFocused();
      expect(await wholeInView(startOver)).toBe(true);
      expect(await problemsInView(dialog)).toEqual([]);
      // At 320x568 the welcome, Undo and the first option fit together; at 320x256 (400% zoom) the
      // welcome alone is taller than the view, so its first line comes first (problemsInView).
      if (viewport.height > 500) expect(await wholeInView(answers.getByRole('button').first())).toBe(true);
    });
  }
}

test('reopened, the conversation shows from the start of the last turn when it does not fit', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  const route = ROUTES.get('treatment.high.overview')!;
  for (const label of route) {
    await dialog.locator('.options').getByRole('button', { name: label, exact: true }).click();
  }
  await dialog.getByRole('button', { name: 'Close chat' }).click();
  await openWidget(page);
  const lastTurn = dialog.locator('.entry[data-by="user"]').last();
  // The line as a screen reader reads it: who said it, then the answer (panel.tsx).
  await expect(lastTurn).toHaveText(`You said: ${route.at(-1)!}`);
  await expect
    .poll(async () => {
      const [line, scroller] = await Promise.all([lastTurn.boundingBox(), dialog.locator('.scroller').boundingBox()]);
      return Math.round(line!.y - scroller!.y);
    })
    .toBeLessThanOrEqual(12);
});

test('at 400% zoom (320x200) the panel scrolls as a whole: the transcript and options keep their size and the call link stays whole on screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  await page.setViewportSize({ width: 320, height: 200 });
  const call = dialog.getByRole('link', { name: /Call 1-800-227-2345/ });
  const options = dialog.locator('.options').getByRole('button');
  expect((await dialog.locator('.transcript').boundingBox())!.height).toBeGreaterThan(40);
  for (const option of await options.all()) {
    await option.focus();
    const box = (await option.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await expect(call).toBeInViewport({ ratio: 1 });
  }
});
