import { mount as mountPanel } from '../app/mount';
import { readChatVendor } from '../handoff/chat-settings';
import { readAppConfig } from './config';
import { create, insert } from './dom';
import type { Host, MountApp, WidgetEventType } from './host';
import { publicEmit } from './public-emit';
import { adoptStyles } from './styles';
import theme from './theme.css?inline';

/**
 * The entry of dist/helpline-app.js, which the loader imports on demand. It brings what the
 * loader leaves out to stay within 2 KB brotli (test/bench/size-graph.mjs): the theme's defaults, the settings only
 * the conversation uses (validated here with the same one-warning-per-attribute rule), and the
 * checks on the API's arguments.
 */
/**
 * data-analytics: the tracker's chunk loads only where a site asks for it (widget/app/analytics.ts);
 * events meanwhile wait for it. The language is the one the panel or call guide shows.
 */
function analytics(host: Pick<Host, 'root' | 'warn'>, sink: 'none' | 'datalayer' | 'plausible' = 'none') {
  if (sink === 'none') return () => {};
  const waiting: [WidgetEventType, unknown][] = [];
  let track = (type: WidgetEventType, detail: unknown): void => void waiting.push([type, detail]);
  import('../app/analytics').then(
    ({ analyticsTracker }) => {
      track = analyticsTracker(sink, window, () => host.root.querySelector('.panel, .staff')?.getAttribute('lang'));
      for (const [type, detail] of waiting.splice(0)) track(type, detail);
    },
    () => host.warn('data-analytics: its file did not load; no events are sent.'),
  );
  return (type: WidgetEventType, detail: unknown) => track(type, detail);
}

export const mount: MountApp = ({ data, base, ...host }) => {
  adoptStyles(host.root, theme);
  // The unread dot: only the app sets data-unread on the launcher, so the app draws it.
  insert(host.launcher, Object.assign(create(host.root.ownerDocument, 'span'), { className: 'badge' }));
  const config = Object.assign(host.config, readAppConfig(data, host.root.ownerDocument, base, host.warn));
  config.chatVendor = readChatVendor(data, config.chatUrl, host.warn);
  host.launcher.setAttribute('aria-expanded', 'false');
  const panel = mountPanel({ ...host, config, emit: publicEmit(host.emit, config.events === 'detailed', analytics(host, config.analytics)) });
  return {
    ...panel,
    setLocale(locale) {
      if (locale === 'en' || locale === 'es') panel.setLocale(locale);
      else host.warn(`setLocale("${String(locale)}") is not one of en, es; keeping "${config.locale}".`);
    },
  };
};
