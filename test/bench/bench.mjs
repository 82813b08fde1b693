// `npm run bench` (test/bench/size-graph.mjs): our widget side by side with the script-tag embeds of
// @typebot.io/js and flowise-embed, on the same plain page, in headless Debian Chromium with the
// CPU throttled 4x through the DevTools protocol. Every file is served locally (server.mjs);
// every request off this machine is blocked and reported. Writes BENCHMARKS.md and prints it.
// Not part of CI: it takes a few minutes and its timings depend on the machine.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { probeScript } from './probe.mjs';
import { startServer, WIDGETS } from './server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TURNS = Number(process.env.BENCH_TURNS ?? 300);
const THROTTLE = 4;
/** How long a page is left alone after its load event before the first interaction: long enough
 * for idle-time work (our loader fetches and mounts the app when the browser is idle). */
const SETTLE_MS = 3000;
const ORDER = ['none', 'ours', 'typebot', 'flowise'];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const root = new URL('../../', import.meta.url);
const median = (xs) => {
  const v = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/** A fresh context with the CPU throttled, every off-machine request blocked and remembered. */
async function openPage(browser, origin, widget) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  await page.addInitScript(probeScript(widget));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Bytes on the wire (compressed, with headers) per response, as DevTools counts them.
  const bytes = { total: 0, document: 0 };
  const documents = new Set();
  cdp.on('Network.responseReceived', (e) => e.type === 'Document' && documents.add(e.requestId));
  cdp.on('Network.loadingFinished', (e) => {
    bytes.total += e.encodedDataLength;
    if (documents.has(e.requestId)) bytes.document += e.encodedDataLength;
  });
  return { context, page, cdp, blocked, bytes };
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const metric = async (cdp, name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0;

/** One page load of one widget: the load figures, then one click on the launcher. */
async function measureLoad(browser, origin, widget) {
  const { context, page, cdp, blocked, bytes } = await openPage(browser, origin, widget);
  try {
    await page.goto(`${origin}/page/${widget}.html`, { waitUntil: 'load' });
    const atLoad = bytes.total - bytes.document;
    await page.waitForTimeout(SETTLE_MS);
    const beforeInteraction = bytes.total - bytes.document;
    const scriptMs = (await metric(cdp, 'ScriptDuration')) * 1000;
    const taskMs = (await metric(cdp, 'TaskDuration')) * 1000;
    const script = WIDGETS[widget].script;
    const probe = await page.evaluate((script) => {
      const entry = script ? performance.getEntriesByType('resource').find((e) => e.name.endsWith(script)) : null;
      const nav = performance.getEntriesByType('navigation')[0];
      // A deferred or module script starts once it has arrived and the page is parsed.
      const scriptStart = entry ? Math.max(entry.responseEnd, nav.domInteractive) : null;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { ...window.__bench, scriptStart, loadEnd: nav.loadEventEnd, firstPaint: paint ? paint.startTime : null };
    }, script);
    const heap = await heapAfterGc(cdp);
    let clickToMessage = null;
    if (widget !== 'none') {
      const tag = { ours: 'helpline-widget button.launcher', typebot: 'typebot-bubble button[part=button]', flowise: 'flowise-chatbot button[part=button]' }[widget];
      const launcher = page.locator(tag);
      await launcher.hover();
      await launcher.click();
      const shown = await page.waitForFunction(() => window.__bench.messageAt, null, { timeout: 5000 }).then(() => true, () => false);
      if (shown) clickToMessage = await page.evaluate(() => window.__bench.messageAt - window.__bench.clickAt);
    }
    const loadTasks = probe.longTasks.filter((t) => t.start < probe.loadEnd);
    const idleTasks = probe.longTasks.filter((t) => t.start >= probe.loadEnd);
    return {
      atLoad,
      beforeInteraction,
      scriptMs,
      taskMs,
      longTasks: loadTasks.length,
      longestTask: loadTasks.reduce((m, t) => Math.max(m, t.duration), 0),
      idleTasks: idleTasks.length,
      longestIdleTask: idleTasks.reduce((m, t) => Math.max(m, t.duration), 0),
      launcherMs: probe.launcherAt !== null && probe.scriptStart !== null ? probe.launcherAt - probe.scriptStart : null,
      clickToMessage,
      // The page's own first paint, from the same start: the launcher cannot show before it.
      firstPaintMs: probe.firstPaint !== null && probe.scriptStart !== null ? probe.firstPaint - probe.scriptStart : null,
      heap,
      blocked: [...new Set(blocked)],
    };
  } finally {
    await context.close();
  }
}

/** Ours alone: a long conversation driven in the page, one option button per turn. */
async function measureTurns(browser, origin) {
  const { context, page, cdp } = await openPage(browser, origin, 'ours');
  try {
    await page.goto(`${origin}/page/ours.html`, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    await page.locator('helpline-widget button.launcher').click();
    await page.locator('helpline-widget [role=log] [role=article]').first().waitFor();
    const heapBefore = await heapAfterGc(cdp);
    // In the page, so Playwright's own round trips are not counted: click an option, wait for
    // the transcript to change and the next frame to be drawn. "Talk to a person" and "Back"
    // alternate, so the transcript keeps growing, as in one long conversation.
    const times = await page.evaluate(async (turns) => {
      const root = document.querySelector('helpline-widget').shadowRoot;
      const log = root.querySelector('[role=log]');
      const button = (name) => [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
      const out = [];
      for (let i = 0; i < turns; i++) {
        const target = button(i % 2 ? 'Back' : 'Talk to a person');
        if (!target) throw new Error(`turn ${i}: no "${i % 2 ? 'Back' : 'Talk to a person'}" button`);
        const changed = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve();
          });
          observer.observe(log, { childList: true, subtree: true, characterData: true });
        });
        const start = performance.now();
        target.click();
        await changed;
        await new Promise((r) => requestAnimationFrame(() => r()));
        out.push(performance.now() - start);
      }
      return out;
    }, TURNS);
    const entries = await page.evaluate(() => document.querySelector('helpline-widget').shadowRoot.querySelectorAll('[role=log] [role=article]').length);
    const heapAfter = await heapAfterGc(cdp);
    return { times, heapBefore, heapAfter, entries };
  } finally {
    await context.close();
  }
}

const version = (pkg) => JSON.parse(readFileSync(new URL(`test/bench/peers/node_modules/${pkg}/package.json`, root), 'utf8')).version;
const kb = (n) => (n === null ? 'n/a' : `${(n / 1024).toFixed(1)} KB`);
const ms = (n) => (n === null ? 'n/a' : `${n.toFixed(0)} ms`);
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;

async function main() {
  const started = Date.now();
  const { origin, close } = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const results = Object.fromEntries(ORDER.map((w) => [w, []]));
  try {
    // Round-robin, so a slow moment of the machine does not land on one widget only.
    for (let run = 1; run <= RUNS; run++) {
      for (const widget of ORDER) {
        results[widget].push(await measureLoad(browser, origin, widget));
        process.stderr.write(`run ${run}/${RUNS} ${widget} done\n`);
      }
    }
    process.stderr.write(`${TURNS} turns of ours...\n`);
    const turns = await measureTurns(browser, origin);
    const chromiumVersion = browser.version();
    await writeReport(results, turns, chromiumVersion, Date.now() - started);
  } finally {
    await browser.close();
    await close();
  }
}

async function writeReport(results, turns, chromiumVersion, elapsed) {
  const m = (widget, key) => median(results[widget].map((r) => r[key]));
  const rows = ORDER.map((w) => {
    const blocked = new Set(results[w].flatMap((r) => r.blocked));
    return `| ${WIDGETS[w].label} | ${kb(m(w, 'atLoad'))} | ${kb(m(w, 'beforeInteraction'))} | ${ms(m(w, 'scriptMs'))} | ${m(w, 'longTasks')} (longest ${ms(m(w, 'longestTask'))}) | ${m(w, 'idleTasks')} (longest ${ms(m(w, 'longestIdleTask'))}) | ${ms(m(w, 'launcherMs'))} | ${w === 'none' ? 'n/a' : ms(m(w, 'clickToMessage'))} | ${mb(m(w, 'heap'))} | ${blocked.size ? [...blocked].map((u) => `\`${u}\``).join('<br>') : 'none'} |`;
  });
  const peers = ['typebot', 'flowise'];
  const smallestPeer = (key) => Math.min(...peers.map((w) => m(w, key)));
  const ratio = (key) => (smallestPeer(key) / m('ours', key)).toFixed(1);
  const t = turns.times;
  const first = median(t.slice(0, 50));
  const last = median(t.slice(-50));
  const goals = [
    ['zero long tasks until the load event, beyond the plain page\'s own', m('ours', 'longTasks') <= m('none', 'longTasks'), `${m('ours', 'longTasks')} (longest ${ms(m('ours', 'longestTask'))}); the plain page alone: ${m('none', 'longTasks')} (longest ${ms(m('none', 'longestTask'))})`],
    ['zero long tasks after load, before the first interaction (idle-time loading of the conversation)', m('ours', 'idleTasks') === 0, `${m('ours', 'idleTasks')} (longest ${ms(m('ours', 'longestIdleTask'))})`],
    ['launcher visible within 50 ms of script start', m('ours', 'launcherMs') <= 50, `${ms(m('ours', 'launcherMs'))} (the page's own first paint: ${ms(m('ours', 'firstPaintMs'))} after script start)`],
    ['first message within 100 ms of the click', m('ours', 'clickToMessage') !== null && m('ours', 'clickToMessage') <= 100, ms(m('ours', 'clickToMessage'))],
    ['at least 4x smaller than the smallest peer (bytes before first interaction)', Number(ratio('beforeInteraction')) >= 4, `${ratio('beforeInteraction')}x (at the load event: ${ratio('atLoad')}x)`],
  ];
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  let nproc = String(os.availableParallelism?.() ?? os.cpus().length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // nproc is coreutils; os.availableParallelism() is the same figure
  }
  const md = `# Benchmarks

\`npm run bench\` (test/bench/bench.mjs) writes this file. Same plain page for every widget, headless
Chromium with the CPU throttled ${THROTTLE}x (DevTools protocol, \`Emulation.setCPUThrottlingRate\`),
cache disabled, every file served from this machine with brotli (as a CDN would), and every
request to another host blocked. Medians of ${RUNS} page loads per widget, run round-robin.

## Side by side

| widget | bytes at load event | bytes before first interaction | main-thread script time | long tasks > 50 ms until the load event | long tasks > 50 ms after load, before first interaction | script start to launcher visible | click to first message visible | JS heap after load (after GC) | blocked requests to other hosts |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}

- Bytes: everything the page fetched except the page itself, compressed, with headers
  (DevTools' encodedDataLength). "At load event": when \`load\` has fired. "Before first
  interaction": ${SETTLE_MS / 1000} s later, including idle-time work: our loader fetches the conversation
  (app, shared code, English content) when the browser is idle, so that the click is fast.
- Main-thread script time: DevTools \`Performance.getMetrics\` ScriptDuration (wall time under the
  throttle) from navigation to the first interaction; the baseline row is the page and the
  probe alone. It counts script that the browser calls directly (scripts, event and idle
  callbacks) but, as measured here, not promise reactions: ours runs its idle-time work in idle
  callbacks, so all of it is counted (a trace of the same window shows the main thread busy about
  as long as when that work ran in promise reactions and this figure read 53 ms).
- Long tasks: \`PerformanceObserver\` longtask entries (median count, median longest), split at the
  load event: until it (the page's load proper), and from it to the first interaction (idle-time
  work). Ours does that work one idle callback at a time: fetch and evaluate the app (one task:
  the module graph evaluates at once, the conversation's machine definition included), then
  mount it, then the machine, the panel's styles, the glossary, the hidden panel, its transcript
  (widget/app/mount.tsx).
  The baseline row shows what the plain page alone costs under the throttle.
- Script start to launcher visible: every embed here is a deferred script (\`defer\` or
  \`type=module\`), which starts once it has arrived and the page is parsed, so script start is
  the later of its resource timing responseEnd and the navigation's domInteractive; the end is
  the first animation frame in which the launcher has a box.
- Click to first message: from the click event's timestamp to the first animation frame in which
  the widget's first message has a box, the pointer having hovered the launcher first. n/a: no
  message within 5 s. Typebot asks its backend for the first message (startChat), which is
  blocked here, so it shows "Could not reach server" instead; Flowise draws its default welcome
  message itself.
- The peers fetch nothing off the machine at load; on the click both call their backends (the
  blocked requests listed).

## Goals for ours

| goal | met | measured |
| --- | --- | --- |
${goals.map(([goal, ok, value]) => `| ${goal} | ${ok ? 'yes' : '**no**'} | ${value} |`).join('\n')}

## Ours alone: a ${TURNS}-turn conversation

Options clicked in the page, alternating "Talk to a person" and "Back", so the transcript keeps
growing (${turns.entries} entries at the end). A turn: from the click to the first frame after the
transcript changed.

| figure | value |
| --- | ---: |
| time per turn, median | ${ms(median(t))} |
| time per turn, 95th percentile | ${ms(quantile(t, 0.95))} |
| time per turn, median of the first 50 / last 50 turns | ${ms(first)} / ${ms(last)} |
| JS heap after opening (after GC) | ${mb(turns.heapBefore)} |
| JS heap after ${TURNS} turns (after GC) | ${mb(turns.heapAfter)} |

## Machine and versions

| | |
| --- | --- |
| date | ${new Date().toISOString().slice(0, 10)} |
| CPUs (nproc) | ${nproc} |
| CPU model | ${cpu} |
| Chromium | ${chromiumVersion} (${CHROMIUM}) |
| Node | ${process.version} |
| Playwright | ${version('@playwright/test')} |
| helpline-widget | ${JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version} |
| @typebot.io/js | ${version('@typebot.io/js')} |
| flowise-embed | ${version('flowise-embed')} |
| bench duration | ${(elapsed / 1000).toFixed(0)} s |

The machine is shared and small; timings move from run to run by tens of percent. Byte counts do
not.
`;
  writeFileSync(new URL('BENCHMARKS.md', root), md);
  console.log(md);
}

await main();
