import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchErrors, widget } from './helpers';

/**
 * The warm hand-off in the built widget, on the demo's vendor pages (demo/chat-*.html, served with
 * the strict CSP, each with a fake vendor global that records every call in window.fakeVendorCalls):
 * nothing reaches a vendor or an event without the visitor's choice; what they share is exactly what
 * they saw; a missing or broken vendor leaves the chat link and the phone; and no vendor's code is
 * fetched on a page that does not name it.
 */
const ADAPTER = /\/(salesforce|zendesk|livechat|intercom|chatwoot)-[\w-]+\.js$/;

/** Every script the page fetched, by path. */
function watchScripts(page: Page) {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

/** Keeps every helpline:handoff and helpline:error detail on the page, as a site's listener would. */
async function listen(page: Page) {
  await page.evaluate(() => {
    const seen: { type: string; detail: unknown }[] = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    for (const type of ['handoff', 'error'])
      document.addEventListener(`helpline:${type}`, (event) => seen.push({ type, detail: (event as CustomEvent).detail }));
  });
}
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: { type: string; detail: unknown }[] }).seen);
const vendorCalls = (page: Page) => page.evaluate(() => (window as unknown as { fakeVendorCalls?: unknown[] }).fakeVendorCalls);

/** Opens the widget and answers a few questions, then asks for a person. */
async function handOff(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('helpline-widget')).toBeAttached();
  await listen(page);
  await widget(page).getByRole('button', { name: 'Chat with our guide' }).click();
  const replies = widget(page).getByRole('group', { name: 'Choose an answer' });
  for (const name of ['Learn about treatment', 'I’m a parent or caregiver', 'No', 'Spread to far parts of the body (M)', '18 months or older'])
    await replies.getByRole('button', { name, exact: true }).click();
  await widget(page).getByRole('button', { name: 'Talk to a person' }).click();
  const summary = widget(page).getByRole('region', { name: 'Summary' });
  await expect(summary).toBeVisible();
  return summary;
}

test('declining consent sends nothing to the vendor or the event', async ({ page }) => {
  const errors = watchErrors(page);
  const summary = await handOff(page, '/chat-intercom.html');
  await summary.getByRole('button', { name: 'Don’t share' }).click();
  await widget(page).getByRole('link', { name: 'Chat now' }).click();
  await expect.poll(() => vendorCalls(page)).toEqual([['showNewMessage']]);
  expect(await seen(page)).toEqual([{ type: 'handoff', detail: { channel: 'chat', shared: false } }]);
  expect(errors).toEqual([]);
});

test('accepting sends exactly the lines shown', async ({ page }) => {
  const summary = await handOff(page, '/chat-intercom.html');
  const shown = await summary.evaluate((card) =>
    [...card.querySelectorAll('ul')].map((list) => ({
      heading: card.querySelector(`#${list.getAttribute('aria-labelledby')}`)!.textContent,
      lines: [...list.querySelectorAll('li')].map((li) => li.textContent),
    })),
  );
  await summary.getByRole('button', { name: 'Share this with the specialist' }).click();
  await widget(page).getByRole('link', { name: 'Chat now' }).click();
  await expect(widget(page).getByText('The chat is open on this page.')).toBeVisible();
  const [handoff] = (await seen(page)) as { detail: { shared: boolean; summary: { sections: unknown; text: string } } }[];
  expect(handoff!.detail.shared).toBe(true);
  expect(handoff!.detail.summary.sections).toEqual(shown);
  expect(await vendorCalls(page)).toEqual([['showNewMessage', handoff!.detail.summary.text]]);
  await expect(page.getByRole('region', { name: 'Intercom chat (demo stand-in)' })).toContainText('Estimate from the answers: High risk');
});

test('Zendesk gets the shared summary in the fields the site names with data-chat-fields', async ({ page }) => {
  const summary = await handOff(page, '/chat-zendesk.html');
  await summary.getByRole('button', { name: 'Share this with the specialist' }).click();
  await widget(page).getByRole('link', { name: 'Chat now' }).click();
  await expect.poll(async () => ((await vendorCalls(page)) ?? []).length).toBe(2);
  const [set, open] = (await vendorCalls(page)) as [unknown[], unknown[]];
  expect(open).toEqual(['zE', 'messenger', 'open']);
  const fields = set[3] as { id: string; value: string }[];
  expect(set.slice(0, 3)).toEqual(['zE', 'messenger:set', 'conversationFields']);
  expect(fields.map((f) => f.id)).toEqual(['900000000001', '900000000002']);
  expect(fields[0]!.value.length).toBeLessThanOrEqual(255);
  expect(fields[0]!.value.endsWith('…')).toBe(true);
  expect(fields[1]!.value).toBe('en');
  // The chat took part of the summary: the visitor is told, and can copy the rest.
  await expect(widget(page).getByText('The chat took only the first part of your summary.', { exact: false })).toBeVisible();
});

for (const mode of ['throws', 'absent'] as const) {
  test(`a vendor script that ${mode === 'throws' ? 'throws' : 'is absent'} falls back to the chat link and the phone`, async ({ page }) => {
    const summary = await handOff(page, `/chat-intercom.html?fake=${mode}`);
    await summary.getByRole('button', { name: 'Share this with the specialist' }).click();
    await widget(page).getByRole('link', { name: 'Chat now' }).click();
    await expect(widget(page).getByText('The chat could not open here. Use the chat link, or call 1-800-227-2345.')).toBeVisible({ timeout: 10_000 });
    const link = widget(page).getByRole('link', { name: 'Open live chat' });
    await expect(link).toHaveAttribute('href', /\/chat-fallback\.html$/);
    await expect(widget(page).getByRole('link', { name: 'Call now 1-800-227-2345' })).toHaveAttribute('href', 'tel:18002272345');
    const errorsSeen = ((await seen(page)) as { type: string; detail: { code?: string } }[]).filter((e) => e.type === 'error');
    expect(errorsSeen.map((e) => e.detail.code)).toEqual(['chat-failed']);
    // The summary is still there to copy or print: nothing is lost.
    await expect(summary.getByRole('button', { name: 'Copy summary' })).toBeVisible();
  });
}

test('no adapter chunk is requested without data-chat-provider, and only the named one with it', async ({ page }) => {
  const scripts = watchScripts(page);
  await handOff(page, '/chat-link.html');
  const chat = widget(page).getByRole('link', { name: 'Chat now' });
  await expect(chat).toHaveAttribute('href', /\/chat-fallback\.html$/);
  // Without a vendor, "Chat now" is the site's link: it opens, and no vendor code is fetched.
  const [popup] = await Promise.all([page.waitForEvent('popup'), chat.click()]);
  await expect(popup).toHaveURL(/\/chat-fallback\.html$/);
  await popup.close();
  expect(scripts.filter((path) => ADAPTER.test(path))).toEqual([]);

  // A new tab: the conversation is kept per tab (data-storage="session").
  const other = await page.context().newPage();
  const named = watchScripts(other);
  const summary = await handOff(other, '/chat-livechat.html');
  await summary.getByRole('button', { name: 'Don’t share' }).click();
  expect(named.filter((path) => ADAPTER.test(path))).toEqual([]);
  await widget(other).getByRole('link', { name: 'Chat now' }).click();
  await expect.poll(() => vendorCalls(other)).toEqual([['call', 'maximize']]);
  expect(named.filter((path) => ADAPTER.test(path)).map((path) => ADAPTER.exec(path)![1])).toEqual(['livechat']);
});

test('the consent, its typed-text box and the call card pass axe, light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const summary = await handOff(page, '/chat-intercom.html');
  await widget(page).getByRole('textbox', { name: 'Type a question' }).fill('my son is two');
  await widget(page).getByRole('button', { name: 'Send' }).click();
  await summary.getByRole('checkbox', { name: 'Also include what I typed' }).check();
  await summary.getByRole('button', { name: 'Share this with the specialist' }).click();
  await expect(summary.getByRole('button', { name: 'Share this with the specialist' })).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);
  await summary.getByRole('button', { name: 'Show a call card' }).click();
  const card = widget(page).getByRole('region', { name: 'Read this to the specialist' });
  await expect(card.getByRole('heading', { name: 'Read this to the specialist' })).toBeFocused();
  await expect(card).not.toContainText('my son is two');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the choice to share and the summary's buttons look like the answers (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const summary = await handOff(page, '/chat-intercom.html');
    // The look widget/app/outlined-button.css gives all three: border, surface, text color, type.
    const look = (button: Locator) =>
      button.evaluate((el) => {
        const s = getComputedStyle(el);
        return [s.borderTopWidth, s.borderTopStyle, s.borderTopColor, s.backgroundColor, s.color, s.fontFamily, s.fontSize, s.cursor].join(' ');
      });
    const answer = await look(
      widget(page)
        .getByRole('group', { name: /Choose an answer$/ })
        .getByRole('button')
        .first(),
    );
    expect(answer).toMatch(/^2px solid /);
    expect(await look(summary.getByRole('button', { name: 'Share this with the specialist' }))).toBe(answer);
    expect(await look(summary.getByRole('button', { name: 'Copy summary' }))).toBe(answer);
  });
}
