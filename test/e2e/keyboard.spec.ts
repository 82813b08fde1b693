import { expect, test, type Page } from '@playwright/test';
import { openWidget, widget } from './helpers';

/**
 * The keyboard path through the built widget in Chromium: Tab presses to the first answer, the
 * transcript as one tab stop, Escape order, the focus ring's contrast on every stop (WCAG 1.4.11,
 * 2.4.7) in light and dark, the panel as a modal dialog while it covers a phone's screen, and an
 * inline embed that leaves focus alone on load. docs/accessibility.md cites these tests.
 */

/** The focused element, through the widget's shadow root: its class and name. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const inWidget = el?.getRootNode() instanceof ShadowRoot || el?.tagName === 'HELPLINE-WIDGET';
    return {
      inWidget,
      tag: el?.tagName ?? '',
      cls: el?.className.toString() ?? '',
      text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
    };
  });
}

/** Tab presses until `done` holds for the focused element (at most `limit`). */
async function pressesUntil(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, key = 'Tab', limit = 60) {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(key);
    if (done(await focused(page))) return presses;
  }
  return Infinity;
}

const isFirstAnswer = (f: { cls: string }) => f.cls === 'option';

const TURNS = ['Learn about treatment', 'I’m a parent or caregiver', 'What does this mean?', 'No'];

/** Four turns in: a medical answer with glossary words and sources, then the next question (or `turns` of them). */
async function fourTurnsIn(page: Page, turns = TURNS.length) {
  const dialog = await openWidget(page);
  const answers = dialog.getByRole('group', { name: /Choose an answer$/ });
  for (const name of TURNS.slice(0, turns)) await answers.getByRole('button', { name, exact: true }).click();
  await expect(dialog.getByRole('log')).toContainText(turns === 4 ? 'Where was the tumor' : 'Doctors sort');
  return dialog;
}

test.describe('the Tab path', () => {
  test('reaches the first answer in a few presses after reopening, and from the text box', async ({ page }) => {
    await page.goto('/bare.html');
    const dialog = await fourTurnsIn(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Reopen from the launcher, by keyboard: focus goes to the dialog's title.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    // Counted from the title: a Tab pressed before it has taken focus would count one stop more.
    await expect(dialog.getByRole('heading', { name: 'Helpline guide' })).toBeFocused();
    const fromReopening = await pressesUntil(page, isFirstAnswer);
    // header: language, start over, close; the transcript's one stop; the first answer
    expect(fromReopening).toBe(5);
    await dialog.getByRole('textbox').focus();
    const fromTextBox = await pressesUntil(page, isFirstAnswer, 'Shift+Tab');
    test
      .info()
      .annotations.push({ type: 'tab presses', description: `from reopening: ${fromReopening}; Shift+Tab from the text box: ${fromTextBox}` });
    expect(fromTextBox).toBeLessThanOrEqual(5);
  });

  test('moves between lines with the arrow keys and into an earlier line with Enter; Escape steps back out', async ({ page }) => {
    await page.goto('/bare.html');
    const dialog = await fourTurnsIn(page);
    // A keyboard user: close and reopen with the keys, then Tab past the header to the transcript.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    // Language, start over, close and the transcript's one stop: 4, or 5 when the first Tab lands
    // before the reopened dialog has taken focus (the exact count is the test above's).
    expect(await pressesUntil(page, (f) => f.text.startsWith('Assistant: Where was the tumor'))).toBeLessThanOrEqual(5);
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).text).toBe('You said: No');
    await page.keyboard.press('ArrowUp');
    const explanation = await focused(page);
    expect(explanation.text).toMatch(/^Assistant: Doctors sort neuroblastoma/);
    await page.keyboard.press('Enter');
    const inside = await focused(page);
    expect(inside.cls).toBe('term');
    await page.keyboard.press('Enter');
    await expect(dialog.locator('.term[aria-expanded="true"]')).toHaveCount(1);
    // Escape: the definition, then back to the line, then the panel.
    await page.keyboard.press('Escape');
    await expect(dialog.locator('.term[aria-expanded="true"]')).toHaveCount(0);
    expect((await focused(page)).cls).toBe('term');
    await page.keyboard.press('Escape');
    expect((await focused(page)).text).toMatch(/^Assistant: Doctors sort neuroblastoma/);
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

/** The focused element's ring: its contrast against what is behind it, and whether all of it is on screen. */
function ringOfFocused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || !(el.getRootNode() instanceof ShadowRoot)) return null;
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: string) => {
      const [r = 0, g = 0, b = 0] = rgb(c)
        .map((v) => v / 255)
        .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(el);
    // The ring is drawn outside the element (outline-offset): behind it is the nearest ancestor's background.
    let at: Element | null = el.parentElement ?? (el.getRootNode() as ShadowRoot).host;
    let behind = '';
    while (at) {
      const bg = getComputedStyle(at).backgroundColor;
      if (rgb(bg)[3] !== 0 && bg !== 'transparent') {
        behind = bg;
        break;
      }
      at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null);
    }
    behind ||= 'rgb(255, 255, 255)';
    const [a, b] = [lum(style.outlineColor), lum(behind)].sort((x, y) => y - x);
    const name = `${el.tagName.toLowerCase()}.${el.className} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}”`;
    // The ring's outer edge: the box grown by the outline's width and offset.
    const box = el.getBoundingClientRect();
    const out = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const onScreen = box.left - out >= 0 && box.top - out >= 0 && box.right + out <= innerWidth && box.bottom + out <= innerHeight;
    return {
      stop: name,
      visible: el.matches(':focus-visible'),
      onScreen,
      ratio: Math.round(((a! + 0.05) / (b! + 0.05)) * 100) / 100,
      ring: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} on ${behind}`,
    };
  });
}

/** Every stop on the Tab path through the open panel, with its ring's contrast against what is behind it. */
async function ringContrasts(page: Page) {
  const seen: Exclude<Awaited<ReturnType<typeof ringOfFocused>>, null>[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const stop = await ringOfFocused(page);
    if (!stop) break;
    if (seen.some((s) => s.stop === stop.stop)) break;
    seen.push(stop);
  }
  return seen;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every focus ring contrasts 3:1 with what is behind it (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/bare.html');
    // Three turns in: the current answer has glossary words and sources in its bubble.
    const dialog = await fourTurnsIn(page, 3);
    // Reopened by keyboard, as a keyboard user would: focus is on the dialog's title.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('heading', { name: 'Helpline guide' })).toBeFocused();
    const rings = await ringContrasts(page);
    expect(rings.map((r) => r.stop).join()).toMatch(/button\.term .*button\.source-toggle/);
    test.info().annotations.push({ type: `rings (${colorScheme})`, description: rings.map((r) => `${r.stop} ${r.ratio}:1`).join('; ') });
    expect(rings.length).toBeGreaterThan(8);
    expect(rings.filter((r) => r.ratio < 3 || !r.ring.startsWith('solid 3px'))).toEqual([]);
  });
}

test.describe('a phone: the panel covers the screen', () => {
  for (const viewport of [
    { width: 375, height: 667 },
    { width: 320, height: 568 },
  ]) {
    test(`is a modal dialog at ${viewport.width}x${viewport.height}: the page behind is inert and Tab stays in the panel`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      const pageLinks = await page.locator('body a[href]').count();
      expect(pageLinks).toBeGreaterThan(0);
      const dialog = await openWidget(page);
      await expect(dialog).toHaveAttribute('aria-modal', 'true');
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        expect(f.inWidget || f.tag === 'BODY', `Tab ${i + 1} reached ${f.tag} “${f.text}” behind the panel`).toBe(true);
      }
      expect(
        await page.evaluate(() =>
          [...document.body.children].filter((el) => el.tagName !== 'HELPLINE-WIDGET' && !el.hasAttribute('inert')).map((el) => el.tagName),
        ),
      ).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      // Closed: the page is back as it was, and focus is on the launcher.
      // The page's inert comes off as the panel's close effect runs: wait for it, not a snapshot.
      await expect(page.locator('[inert]')).toHaveCount(0);
      await expect(widget(page).locator('.panel')).not.toHaveAttribute('aria-modal', 'true');
      expect((await focused(page)).cls).toContain('launcher');
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [
      { width: 375, height: 667 },
      { width: 320, height: 568 },
    ]) {
      test(`shows the ring of what takes focus on opening, whole and on screen, at ${viewport.width}x${viewport.height} (${colorScheme})`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize(viewport);
        await page.goto('/bare.html');
        // By keyboard, as a keyboard user opens it: Tab to the launcher, Enter.
        const launcher = widget(page).getByRole('button', { name: /Chat with our guide/ });
        for (let i = 0; i < 10 && !(await launcher.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        const dialog = widget(page).getByRole('dialog');
        await expect(dialog).toHaveAttribute('aria-modal', 'true');
        await expect(dialog.getByRole('heading', { name: 'Helpline guide' })).toBeFocused();
        const ring = await ringOfFocused(page);
        test.info().annotations.push({ type: `ring on opening (${colorScheme})`, description: `${ring?.stop} ${ring?.ratio}:1 ${ring?.ring}` });
        expect(ring).toMatchObject({ visible: true, onScreen: true });
        expect(ring!.ring).toMatch(/^solid 3px/);
        expect(ring!.ratio).toBeGreaterThanOrEqual(3);
      });
    }
  }

  test('is not modal on a wide screen', async ({ page }) => {
    await page.goto('/');
    const dialog = await openWidget(page);
    await expect(dialog).not.toHaveAttribute('aria-modal', 'true');
    expect(await page.locator('[inert]').count()).toBe(0);
  });
});

test('an inline embed opened by its page leaves focus where it is on load', async ({ page }) => {
  await page.goto('/inline.html');
  const dialog = widget(page).getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('log')).toContainText('neuroblastoma');
  expect((await focused(page)).tag).toBe('BODY');
});

test('forced colors: bubbles, cards and icon buttons keep visible borders', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/bare.html');
  const dialog = await fourTurnsIn(page);
  const borderless = await dialog.evaluate((panel) =>
    [...panel.querySelectorAll('.line, .icon-button, .option, .term, .call, .send')]
      .filter((el) => getComputedStyle(el).borderTopStyle === 'none' || getComputedStyle(el).borderTopWidth === '0px')
      .map((el) => el.className),
  );
  expect(borderless).toEqual([]);
});
