import { render } from 'preact';
import type { Locale, LocaleContent, StaffContent } from '../../content/types';
import type { ContentOverrides } from '../app/content-overrides';
import { overridesFetcher } from '../app/overrides-fetcher';
import { bothBoxed } from '../app/boxed';
import { loadWhole } from '../app/load-content';
import { openStore } from '../app/storage';
import { insert } from '../embed/dom';
import type { AppHandle, Host } from '../embed/host';
import { adoptStyles } from '../embed/styles';
import summaryCss from '../summary/summary.css?inline';
import { createCall } from './call';
import { loadStaffContent } from './load-staff-content';
import { CALL_KEY } from './saved-call';
import css from './staff.css?inline';
import { StaffView } from './staff-view';

/**
 * Staff mode (data-mode="staff", docs/product.md): the conversation as a script, drawn in place (the
 * page, or the data-target element) rather than in a floating panel. It stores nothing unless
 * the page writes data-storage="session" or "local": a call is not a visitor's session, and a
 * shared helpline desk should not keep a caller's answers by default (session storage is only
 * the visitors' default).
 */
export function mountStaffView(host: Host): AppHandle {
  const { root, config } = host;
  adoptStyles(root, css + summaryCss);
  const container = root.ownerDocument.createElement('div');
  insert(root, container);

  // The page's window: the widget's code runs in it, and document.defaultView can be shadowed by
  // markup (<img name="defaultView">, widget/embed/dom.ts).
  const win = window;
  const call = createCall(config.locale, config.storageAsked && config.storage !== 'none' ? { store: openStore(config.storage, win, CALL_KEY) } : {});
  const vars = { phone: config.phone, emergency: config.emergencyNumber };
  let content: LocaleContent | null = null;
  let staff: StaffContent | null = null;
  let overrides: ContentOverrides = {};
  let withOverrides = (loaded: LocaleContent) => loaded;
  // A restored call keeps the language it was in.
  let wanted: Locale = call.getState().locale;
  let lastStep = '';

  /**
   * A topic step's words load on demand (widget/app/load-topics.ts), as in the visitor widget: the
   * guide shows the step once they are merged in, so a specialist never reads an empty line.
   */
  const addTopics = () => {
    const { step } = call.getState();
    const keys = [...step.say, ...step.options.map((option) => option.label)];
    if (!keys.some((key) => /^(opt\.)?topic\./.test(key))) return;
    import('../app/load-topics').then(
      (topics) =>
        topics.addTopics(
          () => (container.isConnected ? content : null),
          keys,
          (merged) => {
            content = merged;
            draw();
          },
          host.warn,
        ),
      () => host.warn('the topics could not load; they are tried again on the next step.'),
    );
  };

  const unwatch = call.subscribe(() => {
    const { step } = call.getState();
    if (step.id === lastStep) return;
    lastStep = step.id;
    addTopics();
    // Events carry the state id only, never answers (docs/product.md, "Events").
    host.emit('step', { state: step.id });
    if (step.id === 'emergency') host.emit('emergency', {});
  });
  lastStep = call.getState().step.id;

  const draw = () => {
    if (!content || !staff) return;
    // A site's override text (data-content-url) applies to the call guide too: its staff.* strings
    // win over staff.ui in StaffView, and a "script" given with an overridden item replaces that
    // step's line (widget/app/content-overrides.ts).
    const scripts = overrides[staff.locale]?.scripts;
    const lines = scripts ? { ...staff, scripts: { ...staff.scripts, ...scripts } } : staff;
    render(<StaffView call={call} content={withOverrides(content)} staff={lines} vars={vars} />, container);
  };

  // data-content-url, as in the visitor widget (widget/app/overrides-fetcher.ts).
  const fetchOverrides = overridesFetcher(host, win, (found, apply) => {
    overrides = found;
    withOverrides = apply;
    if (container.isConnected) draw();
  });

  /**
   * Loads the language, visitor content (whole: a call may be at any step) and staff content both,
   * first, then switches: the script never shows a half-translated step.
   */
  const switchLocale = (locale: Locale) => {
    wanted = locale;
    bothBoxed(loadWhole(locale), loadStaffContent(locale)).then(
      ({ value: [loaded, loadedStaff] }) => {
        if (wanted !== locale) return;
        content = loaded;
        staff = loadedStaff;
        fetchOverrides(locale);
        if (call.getState().locale !== locale) call.setLocale(locale);
        draw();
        addTopics();
      },
      (error: unknown) => {
        const message = `the ${locale} content could not load (${String(error)}).`;
        host.warn(message);
        host.emit('error', { code: 'content-failed', message });
      },
    );
  };

  // The view is always shown: open/close/toggle have nothing to hide (the loader opens it at once).
  let opened = false;
  const open = () => {
    if (opened) return;
    opened = true;
    host.emit('open', {});
  };
  switchLocale(wanted);
  return {
    open,
    close() {},
    toggle: open,
    reset: () => call.restart(),
    setLocale: switchLocale,
    destroy() {
      unwatch();
      render(null, container);
      call.stop();
      container.remove();
    },
  };
}
