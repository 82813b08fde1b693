import { render } from 'preact';
import { LAUNCHER_LABELS } from '../../content/launcher';
import type { Locale, LocaleContent } from '../../content/types';
import type { AppHandle, Host } from '../embed/host';
import { adoptStyles } from '../embed/styles';
import { mountStaff } from '../staff/mount-staff';
import { chatSetup } from './chat-hours';
import { createConversation } from './conversation';
import { loadLexicon, matchFreeText } from './free-text';
import { loadContent } from './load-content';
import css from './panel.css?inline';
import { Panel } from './panel';
import { openStore } from './storage';
import { followViewport } from './viewport';

/** Mounts the conversation into the loader's shadow root and returns what the public API drives. */
export function mount(host: Host): AppHandle {
  // Staff mode is the same flow as a script for helpline specialists, not a chat (issue 6).
  if (host.config.mode === 'staff') return mountStaff(host);
  const { root, launcher, config } = host;
  const win = root.ownerDocument.defaultView ?? window;
  adoptStyles(root, css);
  const container = root.ownerDocument.createElement('div');
  container.className = 'panel-host';
  root.append(container);

  const store = openStore(config.storage, win);
  const conversation = createConversation({ locale: config.locale, store, matchText: matchFreeText });
  const lastId = () => {
    const { transcript } = conversation.getState();
    return transcript[transcript.length - 1]?.id ?? 0;
  };
  const chat = chatSetup(config.chatUrl, config.chatHours, host.warn);
  const vars = { phone: config.phone, emergency: config.emergencyNumber };
  const now = () => new Date(Date.now());

  let content: LocaleContent | null = null;
  let open = false;
  let unread = false;
  let lastStep = '';
  /** The newest line the loop below has seen: ids only grow, even when the transcript restarts. */
  let seenId = lastId();
  /** The latest language asked for: an older load that finishes later must not win. */
  let wanted: Locale = conversation.getState().locale;

  const labelLauncher = () => {
    const locale = conversation.getState().locale;
    const unreadText = unread && content ? content.ui['ui.unread'] : undefined;
    launcher.setAttribute('aria-label', unreadText ? `${LAUNCHER_LABELS[locale]} (${unreadText})` : LAUNCHER_LABELS[locale]);
    launcher.toggleAttribute('data-unread', unread);
  };

  const draw = () => {
    if (!content) return;
    render(
      <Panel
        conversation={conversation}
        content={content}
        vars={vars}
        open={open}
        chat={chat}
        now={now}
        onClose={() => handle.close()}
        onMinimize={() => handle.close()}
        onLocale={(locale) => switchLocale(locale)}
        onHandoff={(channel) => host.emit('handoff', { channel })}
      />,
      container,
    );
  };

  const unwatch = conversation.subscribe(() => {
    const { step, transcript } = conversation.getState();
    if (step.id !== lastStep) {
      lastStep = step.id;
      host.emit('step', { state: step.id });
      if (step.id === 'emergency') host.emit('emergency', {});
    }
    // A message that arrives while the panel is closed marks the launcher (issue 5, "unread").
    if (!open && transcript.some((e) => e.id > seenId && e.by !== 'user')) {
      unread = true;
      labelLauncher();
    }
    seenId = lastId();
  });
  lastStep = conversation.getState().step.id;

  // data-content-url (issue 4): fetched once, checked against the first language loaded (both
  // languages share their keys). The built-in text shows at once; valid overrides replace it
  // when they arrive, and a bad file leaves it as it is, with one warning and an `error` event.
  // The override code loads only for sites that set data-content-url (issue 7: a visitor on any
  // other site never downloads it).
  let withOverrides = (loaded: LocaleContent) => loaded;
  let overridesAsked = false;
  function fetchOverrides(sample: LocaleContent) {
    if (overridesAsked || !config.contentUrl) return;
    overridesAsked = true;
    const url = config.contentUrl;
    void import('./content-overrides').then(
      ({ applyOverrides, loadOverrides }) =>
        loadOverrides(url, win.fetch.bind(win), { [sample.locale]: sample }, { warn: host.warn, win }).then((result) => {
          if (result.error) return host.emit('error', result.error);
          withOverrides = (loaded) => applyOverrides(loaded, result.overrides);
          if (content && container.isConnected) {
            content = withOverrides(content);
            draw();
          }
        }),
      (error: unknown) => {
        const message = `the content overrides could not load (${String(error)}); keeping the built-in content.`;
        host.warn(message);
        host.emit('error', { code: 'content-fetch', message });
      },
    );
  }

  // Without the phrase lists typed text is answered as not understood; the buttons still work.
  const lexicon = (locale: Locale) => loadLexicon(locale).catch(() => {});

  /** Loads the language first, then switches: the panel never shows a half-translated state. */
  function switchLocale(locale: Locale): Promise<void> {
    wanted = locale;
    return Promise.all([loadContent(locale), lexicon(locale)]).then(
      ([loaded]) => {
        if (wanted !== locale) return;
        content = withOverrides(loaded);
        fetchOverrides(loaded);
        config.locale = locale;
        if (conversation.getState().locale !== locale) conversation.send({ type: 'SET_LOCALE', locale });
        labelLauncher();
        draw();
      },
      (error: unknown) => {
        const message = `the ${locale} content could not load (${String(error)}).`;
        host.warn(message);
        host.emit('error', { code: 'content-failed', message });
      },
    );
  }

  const stopViewport = followViewport(win, container);

  const setOpen = (next: boolean) => {
    if (next === open) return;
    open = next;
    if (open && unread) {
      unread = false;
      labelLauncher();
    }
    launcher.setAttribute('aria-expanded', String(open));
    draw();
    host.emit(open ? 'open' : 'close', {});
    // Focus goes back where it came from (APG dialog pattern).
    if (!open) launcher.focus();
  };

  const handle: AppHandle = {
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!open),
    reset() {
      conversation.send({ type: 'RESTART' });
    },
    setLocale(locale) {
      void switchLocale(locale);
    },
    destroy() {
      unwatch();
      stopViewport();
      render(null, container);
      conversation.stop();
      container.remove();
    },
  };

  // A restored conversation keeps the language it was in; the launcher follows it.
  void switchLocale(wanted);
  return handle;
}
