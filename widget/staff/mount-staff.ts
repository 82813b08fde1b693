import type { AppHandle, Host } from '../embed/host';
import { withTimeout } from '../embed/with-timeout';

/**
 * Staff mode's entry from the app: the staff view is a chunk of its own, loaded only when
 * data-mode='staff', so visitors' widget carries none of it (test/bench/size-graph.mjs, size budget). Calls made
 * while it loads are replayed in order once it has mounted. A failed or unanswered load opens the
 * loader's own panel; opening again (its 'Try again') loads the view again.
 */
export function mountStaff(host: Host): AppHandle {
  let handle: AppHandle | null = null;
  let destroyed = false;
  const pending: ((h: AppHandle) => void)[] = [];
  let loading = false;
  const load = () => {
    if (loading || handle) return;
    loading = true;
    withTimeout(import('./mount-staff-view')).then(
      (view) => {
        loading = false;
        if (destroyed) return;
        const mounted = view.mountStaffView(host);
        handle = mounted;
        for (const fn of pending.splice(0)) fn(mounted);
      },
      (error: unknown) => {
        loading = false;
        const message = `the staff view could not load (${String(error)}).`;
        host.warn(message);
        host.emit('error', { code: 'load-failed', message });
        host.fallback?.();
      },
    );
  };
  load();
  const later = (fn: (h: AppHandle) => void) => () => {
    if (handle) fn(handle);
    else pending.push(fn);
  };
  return {
    open() {
      load();
      later((h) => h.open())();
    },
    close: later((h) => h.close()),
    toggle: later((h) => h.toggle()),
    reset: later((h) => h.reset()),
    setLocale: (locale) => later((h) => h.setLocale(locale))(),
    destroy() {
      destroyed = true;
      handle?.destroy();
      handle = null;
    },
  };
}
