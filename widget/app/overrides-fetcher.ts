import type { Locale, LocaleContent } from '../../content/types';
import type { Host } from '../embed/host';
import { bothBoxed, boxed } from './boxed';
import type { ContentOverrides } from './content-overrides';
import type { TextVars } from './text';
import { loadWhole } from './load-content';

/**
 * data-content-url (content/README.md), for the visitor widget and staff mode alike: fetched once, checked
 * against the first language loaded, whole (its core and its rest: an override may replace any of
 * their texts; both languages share their keys). The built-in text shows at
 * once; `use` gets valid overrides when they arrive, and a bad file leaves the built-in text as it
 * is, with one warning and an `error` event. The override code (and DOMPurify with it) loads only
 * for sites that set data-content-url (test/bench/size-graph.mjs: a visitor on any other site never downloads it).
 * Returns what to call with each language as it loads.
 */
export function overridesFetcher(
  host: Host,
  win: Window,
  vars: TextVars,
  use: (overrides: ContentOverrides, apply: (loaded: LocaleContent) => LocaleContent) => void,
): (locale: Locale) => void {
  let asked = false;
  return (locale) => {
    const url = host.config.contentUrl;
    if (asked || !url) return;
    asked = true;
    void bothBoxed(import('./content-overrides').then(boxed), loadWhole(locale)).then(
      ({ value: [{ applyOverrides, loadOverrides }, whole] }) =>
        loadOverrides(
          url,
          win.fetch.bind(win),
          { [locale]: whole },
          {
            warn: host.warn,
            win,
            vars,
          },
        ).then((result) => {
          if (result.error) return host.emit('error', result.error);
          use(result.overrides, (loaded) => applyOverrides(loaded, result.overrides));
        }),
      (error: unknown) => {
        const message = `the content overrides could not load (${String(error)}); keeping the built-in content.`;
        host.warn(message);
        host.emit('error', { code: 'content-fetch', message });
      },
    );
  };
}
