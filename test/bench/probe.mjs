// Runs inside the benchmark's pages (Playwright addInitScript), before any of the page's scripts:
// records long tasks, the first frame in which the widget's launcher has a box, and the first
// frame after a click in which the widget shows its first message. Everything is in
// performance.now() time, so the page's own clock measures the page.

/** Per widget: where its launcher and its first message are (each lives in a shadow root). */
export const PROBES = {
  none: { launcher: null, message: null },
  ours: {
    launcher: "document.querySelector('helpline-widget')?.shadowRoot?.querySelector('button.launcher')",
    message: "document.querySelector('helpline-widget')?.shadowRoot?.querySelector('[role=log] [role=article]')",
  },
  typebot: {
    launcher: "document.querySelector('typebot-bubble')?.shadowRoot?.querySelector('button[part=button]')",
    // Typebot's first message comes from its backend (startChat); blocked here, so none shows.
    message: "document.querySelector('typebot-bubble')?.shadowRoot?.querySelector('.typebot-host-bubble')",
  },
  flowise: {
    launcher: "document.querySelector('flowise-chatbot')?.shadowRoot?.querySelector('button[part=button]')",
    // Flowise renders its default welcome message itself, before its backend answers.
    message: "document.querySelector('flowise-chatbot')?.shadowRoot?.querySelector('span.px-4.py-2.ml-2')",
  },
};

/** The init script's source for one widget. */
export function probeScript(widget) {
  const { launcher, message } = PROBES[widget];
  return `(() => {
  const bench = (window.__bench = { longTasks: [], launcherAt: null, clickAt: null, messageAt: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const visible = (el) => { if (!el) return false; const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const findLauncher = () => ${launcher ?? 'null'};
  const findMessage = () => ${message ?? 'null'};
  if (${launcher ? 'true' : 'false'}) {
    const watch = () => { if (visible(findLauncher())) bench.launcherAt = performance.now(); else requestAnimationFrame(watch); };
    requestAnimationFrame(watch);
  }
  // click is composed: it reaches the window from inside any shadow root. timeStamp is when the
  // input event was created, in the same clock as performance.now().
  addEventListener('click', (event) => {
    if (bench.clickAt !== null) return;
    bench.clickAt = event.timeStamp;
    const watch = () => { if (visible(findMessage())) bench.messageAt = performance.now(); else requestAnimationFrame(watch); };
    requestAnimationFrame(watch);
  }, true);
})();`;
}
