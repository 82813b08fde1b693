import { controlView, type View } from '../app/control-view';
import { queuedAnalytics } from '../app/queued-analytics';
import { visitorMode } from '../app/visitor-mode';
import { readChatVendor } from '../handoff/chat-settings';
import { readAppConfig } from './config';
import { create, insert } from './dom';
import type { LoaderHost, StartApp } from './host';
import { publicEmit } from './public-emit';
import { adoptStyles } from './styles';
import theme from './theme.css?inline';
import { withTimeout } from './with-timeout';

/**
 * The entry of dist/helpline-app.js, which the loader imports on demand. It brings what the
 * loader leaves out to stay within 2 KB brotli (test/bench/size-graph.mjs): the theme's defaults, the settings only
 * the conversation uses (validated here with the same one-warning-per-attribute rule), and the
 * checks on the API's arguments (widget/app/control-view.ts).
 */
/** Reads the app's settings, then mounts the view with the controller both views share. */
function start({ data, base, ...host }: LoaderHost, view: View) {
  adoptStyles(host.root, theme);
  // The unread dot: only the app sets data-unread on the launcher, so the app draws it.
  insert(host.launcher, Object.assign(create(host.root.ownerDocument, 'span'), { className: 'badge' }));
  const config = Object.assign(host.config, readAppConfig(data, host.root.ownerDocument, base, host.warn));
  config.chatVendor = readChatVendor(data, config.chatUrl, host.warn);
  host.launcher.setAttribute('aria-expanded', 'false');
  return controlView({ ...host, config, emit: publicEmit(host.emit, config.events === 'detailed', queuedAnalytics(host, config.analytics)) }, view);
}

/**
 * Picks the view: the visitor's panel, or in staff mode (the same flow as a script for helpline
 * specialists, not a chat: docs/product.md) the staff guide, a chunk of its own loaded only there,
 * so visitors' widget carries none of it (test/bench/size-graph.mjs). Nothing is drawn or read
 * before its code is here: a failed or unanswered load rejects, the loader shows its own panel,
 * and its "Try again" starts the app again from the start. Calls made meanwhile wait in the
 * loader's queue (widget/embed/boot.ts).
 */
export const startApp: StartApp = (host, ready) => {
  // `void`: nothing goes back through the loader's promise (widget/app/boxed.ts says why).
  if (host.config.mode !== 'staff') return void ready(start(host, visitorMode));
  return withTimeout(import('../staff/staff-mode')).then((staff) => void ready(start(host, staff.staffMode)));
};
