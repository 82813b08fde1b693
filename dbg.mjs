import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const STUB = `window.HelplineWidget = window.HelplineWidget || { q: [] };
  ['open','close','toggle','reset','destroy','setLocale','on'].forEach(function (m) {
    HelplineWidget[m] = HelplineWidget[m] || function () { HelplineWidget.q.push([m, [].slice.call(arguments)]); };
  });`;
for (const patch of process.argv.slice(2).map(a => a === 'STUBQ' ? 'Object.prototype.q = [];' + STUB : a === 'STUBV' ? 'Object.prototype.version="1.0";' + STUB : a)) {
  const page = await browser.newPage();
  page.on('console', m => console.log('console', m.type(), m.text().slice(0, 300)));
  page.on('pageerror', e => console.log('pageerror', e.stack?.slice(0, 600)));
  await page.addInitScript(patch);
  await page.goto('http://localhost:4414/bare.html');
  await page.waitForTimeout(1500);
  await page.locator('helpline-widget').getByRole('button').first().click().catch(e => console.log('click failed', e.message.slice(0, 200)));
  await page.waitForTimeout(1500);
  console.log(patch.slice(0, 40), 'dialog:', await page.locator('helpline-widget').getByRole('dialog').count());
  await page.close();
}
await browser.close();
