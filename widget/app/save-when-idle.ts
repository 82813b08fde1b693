/** A write put off until the browser is idle (conversation.ts, ConversationOptions.saveLater). */
export interface Later {
  /** Asks for the write; asked again before it ran, it still runs once, with what is there then. */
  soon(): void;
  /** Runs the write now if one is waiting, and stops listening to the page. */
  stop(): void;
}

/**
 * Saving the conversation costs as much as the conversation is long (Web Storage copies the whole
 * value on every write: several milliseconds at a few hundred turns under a 4x CPU throttle,
 * test/bench/bench.mjs). So it waits until the turn has been drawn and the browser is idle
 * (requestIdleCallback, at most `wait` ms), and turns taken meanwhile are written once. Nothing is
 * lost when the visitor leaves: a page being hidden or left (visibilitychange, pagehide: the last
 * events a closing or backgrounded tab is sure to get, https://developer.chrome.com/docs/web-platform/page-lifecycle-api)
 * writes at once. Without requestIdleCallback (Safari) a timer stands in.
 */
export function saveWhenIdle(win: Window, write: () => void, wait = 1000): Later {
  let waiting = false;
  const run = () => {
    if (!waiting) return;
    waiting = false;
    write();
  };
  win.addEventListener('pagehide', run);
  win.addEventListener('visibilitychange', run);
  return {
    soon() {
      if (waiting) return;
      waiting = true;
      if (win.requestIdleCallback) win.requestIdleCallback(run, { timeout: wait });
      else win.setTimeout(run, 0);
    },
    stop() {
      run();
      win.removeEventListener('pagehide', run);
      win.removeEventListener('visibilitychange', run);
    },
  };
}
