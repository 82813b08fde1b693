import { render } from 'preact';
import { LAUNCHER_LABELS } from '../../content/launcher';
import type { Locale, LocaleContent } from '../../content/types';
import { withRest } from '../../content/with-part';
import { adoptStyles } from '../embed/styles';
import { glossaryHits } from './glossary';
import type { ChatOffer } from './chat-hours';
import type { View } from './control-view';
import { createConversation, type Conversation, type Entry } from './conversation';
import { firstAfter } from './first-after';
import { askWhenMatcherLoads, loadMatcherOnFirstTyping, matchFreeText } from './free-text';
import { boxed } from './boxed';
import { loadContent, loadRest } from './load-content';
import css from './panel.css?inline';
import { Panel } from './panel';
import { shielded, withPlainPrototype } from './plain-prototype';
import { saveWhenIdle } from './save-when-idle';
import { hasWords, shownKeys } from './shown-keys';
import { openStore } from './storage';
import { keptText, type TextVars } from './text';
import { followViewport } from './viewport';

/** No live chat: the site gave no link to one. */
const NO_CHAT: ChatOffer = { status: () => ({ state: 'none' }) };

/** The id of the transcript's newest line, 0 when it is empty. */
function lastId(conversation: Conversation): number {
  const { transcript } = conversation.getState();
  return transcript[transcript.length - 1]?.id ?? 0;
}

/**
 * Work for the hidden panel done one piece per idle period, so that no piece is a long task
 * (> 50 ms at a 4x CPU throttle) on the host page (test/bench/size-graph.mjs, `npm run bench`). Without
 * requestIdleCallback (Safari, jsdom) each piece waits for a timer instead.
 */
function idleSteps(win: Window) {
  const steps: (() => void)[] = [];
  let waiting = false;
  const next = () => {
    waiting = false;
    steps.shift()?.();
    if (steps.length) wait();
  };
  const wait = () => {
    if (waiting) return;
    waiting = true;
    if (win.requestIdleCallback) win.requestIdleCallback(next);
    else win.setTimeout(next, 1);
  };
  return (...more: (() => void)[]) => {
    steps.push(...more);
    wait();
  };
}

/** The visitor's chat panel (data-mode="visitor", the default), floating or inline. */
export const visitorMode: View = (host, controller) => {
  const { root, launcher, config } = host;
  // The page's window: the widget's code runs in it, and document.defaultView can be shadowed by
  // markup (<img name="defaultView">, widget/embed/dom.ts).
  const win = window;
  const { container } = controller;
  container.className = 'panel-host';

  const store = openStore(config.storage, win);
  // Live chat is offered only on sites that link one (data-chat-url): the code that reads
  // staffed hours loads only there, or where data-chat-hours asks for a check (test/bench/size-graph.mjs).
  let chat: ChatOffer = NO_CHAT;
  const chatLoaded =
    config.chatUrl || config.chatHours !== null
      ? import('./chat-hours').then(
          ({ chatSetup }) => {
            chat = chatSetup(config.chatUrl, config.chatHours, host.warn);
          },
          (error: unknown) => host.warn(`the chat hours could not load (${String(error)}); live chat is not offered.`),
        )
      : null;
  const base = controller.vars;
  /**
   * The text variables for the content on show, with its sentence on where answers are kept in
   * the storage this page chose (data-storage). One object per content: the transcript's lines
   * are memoized on it.
   */
  let vars: TextVars = base;
  let varsOf: LocaleContent | null = null;
  const varsFor = (shown: LocaleContent): TextVars => {
    if (varsOf !== shown) {
      varsOf = shown;
      vars = { ...base, kept: keptText(shown.ui, config.storage) };
    }
    return vars;
  };
  const now = () => new Date(Date.now());
  // The site's own chat (data-chat-provider): its adapter loads only when the visitor taps "Chat now".
  const vendor = config.chatVendor
    ? { ...config.chatVendor, warn: host.warn, error: (message: string) => host.emit('error', { code: 'chat-failed', message }) }
    : undefined;

  let content: LocaleContent | null = null;
  /** The words the step on show waits for (the rest of the language, a topic family) could not load. */
  let wordsFailed = false;
  let open = false;
  let unread = false;
  /**
   * Whether the transcript is drawn. The first draw of the hidden panel happens when the browser
   * is idle, in pieces (see firstDraw); opening the panel draws everything at once.
   */
  let lines = true;
  /**
   * Whether opening moves focus into the panel. An inline embed is part of its page: opened at
   * load (data-open) or by the page's script it leaves focus where it is; from its own launcher
   * it takes it (WCAG 3.2.1, On Focus).
   */
  let focusIn = true;
  /** The visitor asked to open before the content had loaded: open when it does. */
  let asked = false;
  /** The newest line the loop below has seen: ids only grow, even when the transcript restarts. */
  let seenId = 0;
  const later = idleSteps(win);

  let conversation: Conversation | undefined;
  let unwatch = () => {};
  /**
   * The machine, with the conversation saved on an earlier page: created in the first idle piece
   * after mounting (tens of milliseconds under a throttled CPU), or at once when the visitor or
   * the page acts first.
   */
  const talk = (): Conversation => {
    if (conversation) return conversation;
    // The page's enumerable Object.prototype members are hidden while the machine runs (plain-prototype.ts).
    const started = (conversation = askWhenMatcherLoads(
      shielded(
        withPlainPrototype(() =>
          // Saved when the browser is idle after a turn, so a long conversation's save never delays
          // a turn (save-when-idle.ts); the save reads the machine too, so it is shielded as well.
          createConversation({
            locale: config.locale,
            store,
            matchText: matchFreeText,
            saveLater: (write) => saveWhenIdle(win, () => withPlainPrototype(write)),
          }),
        ),
      ),
    ));
    controller.step(started.getState().step.id);
    seenId = lastId(started);
    unwatch = started.subscribe(() => {
      const { step, transcript } = started.getState();
      controller.step(step.id);
      // A message that arrives while the panel is closed marks the launcher (docs/product.md, "unread").
      if (!open && transcript.slice(firstAfter(transcript, seenId)).some((e) => e.by !== 'user')) {
        unread = true;
        labelLauncher();
      }
      seenId = lastId(started);
      // Each step the visitor takes loads what words it lacks, again after a failure (the next click retries).
      if (wordsFailed) {
        wordsFailed = false;
        draw();
      }
      addRest();
      addTopics();
    });
    // A restored conversation keeps the language it was in; the launcher follows it.
    void switchLocale(started.getState().locale, () => (open ? draw() : firstDraw()));
    return started;
  };
  later(() => {
    if (container.isConnected) talk();
  });
  // The page's language is fetched meanwhile (a restored conversation may ask for the other).
  loadContent(config.locale).catch(() => {});
  loadMatcherOnFirstTyping(root, () => talk().getState().locale);

  let stopViewport: (() => void) | undefined;
  /** The panel's styles, and the viewport it follows: needed from its first draw on. */
  const style = () => {
    if (stopViewport) return;
    adoptStyles(root, css);
    stopViewport = followViewport(win, container);
  };

  const labelLauncher = () => {
    const locale = talk().getState().locale;
    const unreadText = unread && content ? content.ui['ui.unread'] : undefined;
    launcher.setAttribute('aria-label', unreadText ? `${LAUNCHER_LABELS[locale]} (${unreadText})` : LAUNCHER_LABELS[locale]);
    launcher.toggleAttribute('data-unread', unread);
  };

  /** Whether the conversation has shown a topic's words; once it has, every step checks they are here. */
  let topical = false;
  /** The transcript as far as it was read for them: a turn reads its new lines only. */
  let read: readonly Entry[] = [];
  /**
   * The words of the topic families on screen, which load on demand (load-topics.ts): from the
   * first topic step on (a topic's lines or labels), the module that knows their chunks is loaded.
   */
  const addTopics = () => {
    const state = conversation?.getState();
    if (!state) return;
    if (!topical) {
      const { transcript } = state;
      // Lines are never changed once said: the same line at the same place means the same lines before it.
      const from = read.length > 0 && transcript[read.length - 1] === read[read.length - 1] ? read.length : 0;
      topical = /"(opt\.)?topic\./.test(JSON.stringify([state.step.say, transcript.slice(from)]));
      read = transcript;
    }
    if (!topical) return;
    controller.addTopics(
      shownKeys(state),
      () => content,
      (merged) => {
        content = merged;
        draw();
      },
      notLoaded,
    );
  };

  /** Words the step on show waits for did not load: the panel says so, with the helpline and "Try again". */
  const notLoaded = (message: string) => {
    host.warn(message);
    wordsFailed = true;
    draw();
  };

  /**
   * The rest of the language's words (content/<locale>/rest.ts): fetched as the panel opens, in
   * parallel with its first paint, and merged in when they arrive. Never at idle: idle time fetches
   * only what opening the panel draws, so a page view without a conversation costs the core alone
   * (BENCHMARKS.md, bytes before first interaction). A step that needs them waits meanwhile (panel.tsx); a failed load
   * is tried again on the next click or "Try again" (load-content.ts forgets failures).
   */
  const addRest = () => {
    if (!content?.partial) return;
    const { locale } = content;
    loadRest(locale).then(
      ({ value: rest }) => {
        if (content?.partial && content.locale === locale && container.isConnected) {
          // The site's overrides (overrides-fetcher.ts) may replace the rest's texts too: applied again.
          const merged = (content = controller.withOverrides(withRest(content, rest)));
          // Its glossary is marked in every line: while the panel is hidden, the first use of the
          // glossary's pattern gets an idle piece of its own, as in firstDraw.
          if (open) draw();
          else later(() => void glossaryHits('', merged), draw);
        }
      },
      (error: unknown) => {
        const message = `the rest of the ${locale} content could not load (${String(error)}); it is tried again on the next step.`;
        host.emit('error', { code: 'content-failed', message });
        notLoaded(message);
      },
    );
  };

  const draw = () => {
    if (!content) return;
    addTopics();
    if (open) lines = true;
    style();
    render(
      <Panel
        conversation={talk()}
        content={content}
        vars={varsFor(content)}
        open={open}
        focus={focusIn}
        lines={lines}
        chat={chat}
        now={now}
        onClose={() => handle.close()}
        onLocale={(locale) => switchLocale(locale)}
        onHandoff={(detail) => host.emit('handoff', detail)}
        vendor={vendor}
        wordsFailed={wordsFailed}
        onRetry={() => {
          wordsFailed = false;
          draw();
          addRest();
          addTopics();
        }}
      />,
      container,
    );
  };

  /**
   * The hidden panel's first draw, in idle pieces of under 50 ms each: its styles, the first use
   * of the glossary's pattern (V8 compiles a pattern on its first run), then the panel without its
   * transcript, then the transcript. Each piece is a no-op once the visitor has opened the panel,
   * which draws at once.
   */
  const firstDraw = () => {
    lines = false;
    const unlessDrawn = (step: () => void) => () => {
      if (!lines && content && container.isConnected) step();
    };
    later(
      unlessDrawn(style),
      unlessDrawn(() => void glossaryHits('', content as LocaleContent)),
      unlessDrawn(draw),
      unlessDrawn(() => {
        lines = true;
        draw();
      }),
    );
  };

  /**
   * A language's words for the conversation on show: its core draws the first screen; a
   * conversation further on (restored from an earlier page, or switching language mid-way) waits
   * for the rest too, so its steps are drawn whole.
   */
  const wordsFor = (locale: Locale) =>
    loadContent(locale).then(({ value: core }) =>
      hasWords(core, shownKeys(talk().getState())) ? boxed(core) : loadRest(locale).then(({ value: rest }) => boxed(withRest(core, rest))),
    );

  /** Switches once the language's words (and the chat's hours, where offered) are here. */
  function switchLocale(locale: Locale, draws = draw): Promise<void> {
    return controller.switchLocale(
      locale,
      (wanted) => wordsFor(wanted).then((words) => (chatLoaded ?? Promise.resolve()).then(() => words)),
      (loaded) => {
        content = controller.withOverrides(loaded);
        config.locale = locale;
        if (talk().getState().locale !== locale) talk().send({ type: 'SET_LOCALE', locale });
        labelLauncher();
        draws();
        if (asked) setOpen(true);
      },
      () => {
        // The visitor is waiting: the loader's own panel keeps a person one tap away, and its
        // "Try again" (or the next click) loads the content again (load-content.ts forgets failures).
        if (asked) host.fallback?.();
        asked = false;
        launcher.ariaBusy = null;
      },
    );
  }

  const setOpen = (next: boolean) => {
    talk();
    asked = next && !content;
    // The visitor asked and the words are on their way (a restored conversation waits for the
    // rest): the launcher says so, as the loader's does while the code loads (launcher.css).
    launcher.ariaBusy = asked ? 'true' : null;
    if (asked) return void switchLocale(controller.wanted);
    if (next === open) return;
    open = next;
    focusIn = !config.target || root.activeElement === launcher;
    if (open && unread) {
      unread = false;
      labelLauncher();
    }
    launcher.setAttribute('aria-expanded', String(open));
    draw();
    if (open) addRest();
    host.emit(open ? 'open' : 'close', {});
    // Focus goes back where it came from (APG dialog pattern).
    if (!open) launcher.focus();
  };

  const handle = {
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!open),
    reset() {
      talk().send({ type: 'RESTART' });
    },
    setLocale(locale: Locale) {
      talk();
      void switchLocale(locale);
    },
    overridden() {
      if (!content) return;
      content = controller.withOverrides(content);
      draw();
    },
    stop() {
      unwatch();
      stopViewport?.();
      conversation?.stop();
    },
  };
  return handle;
};
