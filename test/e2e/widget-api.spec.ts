import { expect, test, type Page } from '@playwright/test';
import { watchErrors, widget } from './helpers';

/** A page of our own making, served from the demo origin so the script loads as on a real site. */
async function serve(page: Page, path: string, body: string) {
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  await page.goto(path);
}

const STUB = `<script>
  window.HelplineWidget = window.HelplineWidget || { q: [] };
  ['open','close','toggle','reset','destroy','setLocale','on'].forEach(function (m) {
    HelplineWidget[m] = HelplineWidget[m] || function () { HelplineWidget.q.push([m, [].slice.call(arguments)]); };
  });
</script>`;

test('replays calls queued before the script loaded', async ({ page }) => {
  await serve(
    page,
    '/queued.html',
    `<!doctype html><html lang="en"><head><title>Queued</title></head><body><main><h1>Queued</h1></main>${STUB}
    <script>
      window.seen = [];
      HelplineWidget.on('open', function () { seen.push('open'); });
      HelplineWidget.setLocale('es');
      HelplineWidget.open();
    </script>
    <script src="/helpline-widget.js" defer></script></body></html>`,
  );
  await expect(widget(page).getByRole('dialog', { name: 'Guía de ayuda' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['open']);
});

test('the API opens, closes, toggles, resets, switches language and is destroyed, with events both ways', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/bare.html');
  await page.waitForFunction(() => typeof (window as unknown as { HelplineWidget?: { version?: string } }).HelplineWidget?.version === 'string');
  await page.evaluate(() => {
    const w = window as unknown as { HelplineWidget: { on(t: string, h: (d: unknown) => void): () => void }; log: string[] };
    w.log = [];
    for (const type of ['open', 'close', 'step', 'handoff', 'emergency']) {
      w.HelplineWidget.on(type, (detail) => w.log.push(`on:${type}:${JSON.stringify(detail)}`));
      document
        .querySelector('helpline-widget')!
        .addEventListener(`helpline:${type}`, (e) => w.log.push(`dom:${type}:${JSON.stringify((e as CustomEvent).detail)}`));
    }
  });
  const api = (call: string) => page.evaluate(`window.HelplineWidget.${call}`);
  const dialog = widget(page).getByRole('dialog');

  await api('open()');
  await expect(dialog).toBeVisible();
  await api('close()');
  await expect(dialog).toBeHidden();
  await api('toggle()');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: 'This is an emergency' }).click();
  await dialog
    .getByRole('link', { name: /Call 1-800-227-2345/ })
    .evaluate((a) => a.addEventListener('click', (e) => e.preventDefault(), { once: true }));
  await dialog.getByRole('link', { name: /Call 1-800-227-2345/ }).click();
  await api('reset()');
  await expect(dialog.getByRole('log')).not.toContainText('911');
  await api("setLocale('es')");
  await expect(widget(page).getByRole('dialog', { name: 'Guía de ayuda' })).toBeVisible();
  await api('toggle()');
  await expect(dialog).toBeHidden();

  const log = await page.evaluate(() => (window as unknown as { log: string[] }).log);
  for (const line of [
    'open:{}',
    'close:{}',
    'emergency:{}',
    'handoff:{"channel":"phone","shared":false}',
    'step:{"state":"welcome","stage":"welcome"}',
  ]) {
    expect(log).toContain(`on:${line}`);
    expect(log).toContain(`dom:${line}`);
  }
  // Events carry no answers: every detail is one of the documented shapes. The step event says
  // the stage only (data-events="detailed" is not set), and nothing for the emergency step.
  expect(log.every((l) => /:(\{\}|\{"state":"(\w+)","stage":"\2"\}|\{"channel":"(phone|chat)","shared":false\})$/.test(l))).toBe(true);
  expect(log.filter((l) => l.includes('step:') && l.includes('emergency'))).toEqual([]);

  await api('destroy()');
  await expect(widget(page)).toHaveCount(0);
  expect(await page.evaluate(() => 'HelplineWidget' in window)).toBe(false);
  expect(errors).toEqual([]);
});

test('an inline embed renders inside data-target, open', async ({ page }) => {
  await page.goto('/inline.html');
  const host = page.locator('#helpline-here helpline-widget');
  await expect(host).toHaveCount(1);
  const dialog = host.getByRole('dialog', { name: 'Helpline guide' });
  await expect(dialog).toBeVisible();
  const [section, panel] = await Promise.all([page.locator('#helpline-here').boundingBox(), dialog.boundingBox()]);
  expect(panel!.y).toBeGreaterThanOrEqual(section!.y);
  await dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: 'Talk to a person' }).click();
  await expect(dialog.getByRole('log')).toContainText('Live chat');
});

test('loads the code that reads chat hours only on a site that links a live chat', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const chatCode = () => requested.filter((p) => /\/chat-hours-[\w-]+\.js$/.test(p));
  const talk = async () => {
    const dialog = widget(page).getByRole('dialog');
    await dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: 'Talk to a person' }).click();
    await expect(dialog.getByRole('log')).toContainText(/Live chat/);
    return dialog;
  };
  await serve(
    page,
    '/no-chat.html',
    `<!doctype html><html lang="en"><head><title>No chat</title></head><body><main><h1>No chat</h1></main>
    <script src="/helpline-widget.js" defer data-open="true" data-storage="none"></script></body></html>`,
  );
  const without = await talk();
  await expect(without.getByRole('link', { name: 'Chat now' })).toHaveCount(0);
  expect(chatCode()).toEqual([]);

  await serve(
    page,
    '/with-chat.html',
    `<!doctype html><html lang="en"><head><title>Chat</title></head><body><main><h1>Chat</h1></main>
    <script src="/helpline-widget.js" defer data-open="true" data-storage="none" data-chat-url="https://chat.example.org/"
      data-chat-hours="Mon-Sun 00:00-24:00 UTC"></script></body></html>`,
  );
  const withChat = await talk();
  await expect(withChat.getByRole('link', { name: 'Chat now' })).toBeVisible();
  expect(chatCode()).toHaveLength(1);
});

test('live chat is offered while staffed and reported as a chat hand-off; bad hours warn once', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await serve(
    page,
    '/chat.html',
    `<!doctype html><html lang="en"><head><title>Chat</title></head><body><main><h1>Chat</h1></main>
    <script src="/helpline-widget.js" defer data-open="true" data-chat-url="https://chat.example.org/"
      data-chat-hours="Mon-Sun 00:00-24:00 America/Chicago"></script></body></html>`,
  );
  const dialog = widget(page).getByRole('dialog');
  await dialog.getByRole('group', { name: 'Choose an answer' }).getByRole('button', { name: 'Talk to a person' }).click();
  const chat = dialog.getByRole('link', { name: 'Chat now' });
  await expect(chat).toHaveAttribute('href', 'https://chat.example.org/');
  const handoff = page.evaluate(
    () =>
      new Promise((resolve) =>
        document.querySelector('helpline-widget')!.addEventListener('helpline:handoff', (e) => resolve((e as CustomEvent).detail)),
      ),
  );
  await chat.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault(), { once: true }));
  await chat.click();
  expect(await handoff).toEqual({ channel: 'chat', shared: false });

  await serve(
    page,
    '/bad-hours.html',
    `<!doctype html><html lang="en"><head><title>Bad hours</title></head><body><main><h1>Bad</h1></main>
    <script src="/helpline-widget.js" defer data-open="true" data-chat-hours="whenever"></script></body></html>`,
  );
  await expect(widget(page).getByRole('dialog')).toBeVisible();
  expect(warnings.filter((w) => w.startsWith('[helpline-widget] data-chat-hours="whenever"'))).toHaveLength(1);
});
