import { render } from 'preact';
import type { Locale, LocaleContent, StaffContent } from '../../content/types';
import { bothBoxed } from '../app/boxed';
import type { View } from '../app/control-view';
import { loadWhole } from '../app/load-content';
import { shielded, withPlainPrototype } from '../app/plain-prototype';
import { openStore } from '../app/storage';
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
export const staffMode: View = (host, controller) => {
  const { root, config } = host;
  adoptStyles(root, css + summaryCss);
  const { container } = controller;

  // The page's enumerable Object.prototype members (a `then`, an old library's `each`) are hidden
  // while the machine runs, as in the visitor's panel (widget/app/plain-prototype.ts).
  const call = shielded(
    withPlainPrototype(() =>
      createCall(config.locale, config.storageAsked && config.storage !== 'none' ? { store: openStore(config.storage, window, CALL_KEY) } : {}),
    ),
  );
  let content: LocaleContent | null = null;
  let staff: StaffContent | null = null;

  /**
   * A topic step's words load on demand (ViewController.addTopics), as in the visitor widget: the
   * guide shows the step once they are merged in, so a specialist never reads an empty line.
   */
  const addTopics = () => {
    const { step } = call.getState();
    const keys = [...step.say, ...step.options.map((option) => option.label)];
    if (!keys.some((key) => /^(opt\.)?topic\./.test(key))) return;
    controller.addTopics(
      keys,
      () => content,
      (merged) => {
        content = merged;
        draw();
      },
      host.warn,
    );
  };

  controller.step(call.getState().step.id);
  const unwatch = call.subscribe(() => {
    if (controller.step(call.getState().step.id)) addTopics();
  });

  const draw = () => {
    if (!content || !staff) return;
    // A site's override text (data-content-url) applies to the call guide too: its staff.* strings
    // win over staff.ui in StaffView, and a "script" given with an overridden item replaces that
    // step's line (widget/app/content-overrides.ts).
    const scripts = controller.overrides[staff.locale]?.scripts;
    const lines = scripts ? { ...staff, scripts: { ...staff.scripts, ...scripts } } : staff;
    render(<StaffView call={call} content={controller.withOverrides(content)} staff={lines} vars={controller.vars} />, container);
  };

  /**
   * Loads the language, visitor content (whole: a call may be at any step) and staff content both,
   * first, then switches: the script never shows a half-translated step.
   */
  const switchLocale = (locale: Locale) =>
    void controller.switchLocale(
      locale,
      (wanted) => bothBoxed(loadWhole(wanted), loadStaffContent(wanted)),
      ([loaded, loadedStaff]) => {
        content = loaded;
        staff = loadedStaff;
        if (call.getState().locale !== locale) call.setLocale(locale);
        draw();
        addTopics();
      },
    );

  // The view is always shown: open/close/toggle have nothing to hide (the loader opens it at once).
  let opened = false;
  const open = () => {
    if (opened) return;
    opened = true;
    host.emit('open', {});
  };
  // A restored call keeps the language it was in.
  switchLocale(call.getState().locale);
  return {
    open,
    close() {},
    toggle: open,
    reset: () => call.restart(),
    setLocale: switchLocale,
    overridden: draw,
    stop() {
      unwatch();
      call.stop();
    },
  };
};
