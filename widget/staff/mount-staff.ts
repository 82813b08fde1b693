import type { AppHandle, Host } from '../embed/host';

/**
 * Staff mode's entry from the app: the staff view is a chunk of its own, loaded only when
 * data-mode="staff", so visitors' widget carries none of it (issue 7, size budget). Calls made
 * while it loads are replayed in order once it has mounted.
 */
export function mountStaff(host: Host): AppHandle {
  let handle: AppHandle | null = null;
  let destroyed = false;
  const pending: ((h: AppHandle) => void)[] = [];
  import('./mount-staff-view').then(
    (view) => {
      if (destroyed) return;
      const mounted = view.mountStaffView(host);
      handle = mounted;
      for (const fn of pending.splice(0)) fn(mounted);
    },
    (error: unknown) => {
      const message = `the staff view could not load (${String(error)}).`;
      host.warn(message);
      host.emit('error', { code: 'load-failed', message });
    },
  );
  const later = (fn: (h: AppHandle) => void) => () => {
    if (handle) fn(handle);
    else pending.push(fn);
  };
  return {
    open: later((h) => h.open()),
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
