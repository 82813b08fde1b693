import { render } from 'preact';
import type { Locale, LocaleContent } from '../../content/types';
import { create, insert } from '../embed/dom';
import type { AppHandle, Host } from '../embed/host';
import type { Boxed } from './boxed';
import type { ContentOverrides } from './content-overrides';
import { overridesFetcher } from './overrides-fetcher';
import type { TextVars } from './text';

/** What a view (the visitor's panel, the staff guide) does itself; the rest is its controller's. */
export interface ViewHandle extends Omit<AppHandle, 'setLocale' | 'destroy'> {
  /** A language the controller has checked: the view loads it and switches (ViewController.switchLocale). */
  setLocale(locale: Locale): void;
  /** Valid content overrides have arrived (ViewController.withOverrides applies them now): draw again. */
  overridden(): void;
  /** Stops what the view started (its conversation, its watchers); its drawing is already gone. */
  stop(): void;
}

/** What both views share: their container, the step events, the language switch, the site's overrides. */
export interface ViewController {
  /** The element the view draws into, in the loader's shadow root. */
  container: HTMLDivElement;
  /** The site's numbers, which fill the content's {phone} and {emergency}. */
  vars: TextVars;
  /**
   * The step on show: the page hears of each new one (`step`, and `emergency` on entering it);
   * the first the view reports is where it starts, not an event. Returns whether it changed.
   */
  step(id: string): boolean;
  /** The latest language asked for: an older load that finishes later must not win. */
  wanted: Locale;
  /**
   * Loads a language first, then switches (`show`): the view never shows a half-translated step.
   * A failure warns and says so with an `error` event; `failed` then tells the view.
   */
  switchLocale<T>(locale: Locale, load: (locale: Locale) => Promise<Boxed<T>>, show: (loaded: T) => void, failed?: () => void): Promise<void>;
  /** A loaded language with the site's overrides (data-content-url) applied, once they have arrived. */
  withOverrides(loaded: LocaleContent): LocaleContent;
  /** The site's overrides as given, once they have arrived (the staff guide reads its script lines). */
  overrides: ContentOverrides;
  /**
   * The words of the topic families `keys` name, which load on demand (load-topics.ts), merged
   * into the content `shown` returns; `failed` hears of a file that did not load.
   */
  addTopics(
    keys: readonly string[],
    shown: () => LocaleContent | null,
    merged: (content: LocaleContent) => void,
    failed: (message: string) => void,
  ): void;
}

/** A view: draws into the controller's container and gives back what the public API drives. */
export type View = (host: Host, controller: ViewController) => ViewHandle;

/**
 * Mounts a view (widget/app/visitor-mode.tsx or widget/staff/staff-mode.tsx) with the controller
 * both share, and returns what the loader forwards the public API to (README, "JavaScript API").
 */
export function controlView(host: Host, view: View): AppHandle {
  const container = insert(host.root, create(host.root.ownerDocument, 'div'));
  let last = '';
  const vars = { phone: host.config.phone, emergency: host.config.emergencyNumber };
  const controller: ViewController = {
    container,
    vars,
    step(id) {
      if (id === last) return false;
      const first = !last;
      last = id;
      if (first) return true;
      // Events carry the state id only, never answers (docs/product.md, "Events").
      host.emit('step', { state: id });
      if (id === 'emergency') host.emit('emergency', {});
      return true;
    },
    wanted: host.config.locale,
    switchLocale(locale, load, show, failed) {
      controller.wanted = locale;
      return load(locale).then(
        ({ value }) => {
          if (controller.wanted !== locale) return;
          show(value);
          fetchOverrides(locale);
        },
        (error: unknown) => {
          const message = `the ${locale} content could not load (${String(error)}).`;
          host.warn(message);
          host.emit('error', { code: 'content-failed', message });
          failed?.();
        },
      );
    },
    withOverrides: (loaded) => loaded,
    overrides: {},
    addTopics(keys, shown, merged, failed) {
      import('./load-topics').then(
        (topics) => topics.addTopics(() => (container.isConnected ? shown() : null), keys, merged, failed),
        () => failed('the topics could not load; they are tried again on the next step.'),
      );
    },
  };
  // data-content-url: valid overrides replace the built-in text when they arrive (overrides-fetcher.ts).
  const fetchOverrides = overridesFetcher(host, window, vars, (found, apply) => {
    controller.overrides = found;
    controller.withOverrides = apply;
    if (container.isConnected) handle.overridden();
  });
  const handle = view(host, controller);
  return {
    ...handle,
    setLocale(locale) {
      if (locale === 'en' || locale === 'es') handle.setLocale(locale);
      else host.warn(`setLocale("${String(locale)}") is not one of en, es; keeping "${host.config.locale}".`);
    },
    destroy() {
      render(null, container);
      handle.stop();
      container.remove();
    },
  };
}
