import { mount as mountPanel } from '../app/mount';
import { queuedAnalytics } from '../app/queued-analytics';
import { readChatVendor } from '../handoff/chat-settings';
import { readAppConfig } from './config';
import { create, insert } from './dom';
import type { MountApp } from './host';
import { publicEmit } from './public-emit';
import { adoptStyles } from './styles';
import theme from './theme.css?inline';

/**
 * The entry of dist/helpline-app.js, which the loader imports on demand. It brings what the
 * loader leaves out to stay within 2 KB brotli (test/bench/size-graph.mjs): the theme's defaults, the settings only
 * the conversation uses (validated here with the same one-warning-per-attribute rule), and the
 * checks on the API's arguments.
 */
export const mount: MountApp = ({ data, base, ...host }) => {
  adoptStyles(host.root, theme);
  // The unread dot: only the app sets data-unread on the launcher, so the app draws it.
  insert(host.launcher, Object.assign(create(host.root.ownerDocument, 'span'), { className: 'badge' }));
  const config = Object.assign(host.config, readAppConfig(data, host.root.ownerDocument, base, host.warn));
  config.chatVendor = readChatVendor(data, config.chatUrl, host.warn);
  host.launcher.setAttribute('aria-expanded', 'false');
  const panel = mountPanel({ ...host, config, emit: publicEmit(host.emit, config.events === 'detailed', queuedAnalytics(host, config.analytics)) });
  return {
    ...panel,
    setLocale(locale) {
      if (locale === 'en' || locale === 'es') panel.setLocale(locale);
      else host.warn(`setLocale("${String(locale)}") is not one of en, es; keeping "${config.locale}".`);
    },
  };
};
