import type { Lexicon } from '../../content/lexicon';
import type { Locale } from '../../content/types';
import type { understand as Understand } from '../../flows/freetext';
import { type Boxed, bothBoxed, boxed } from './boxed';
import type { Conversation, TextMatcher } from './conversation';

/**
 * Typed questions, read by flows/freetext.ts against the phrase lists in content/lexicon/. The
 * matcher (its code, the fuzzy-matching library and one language's phrases) is a chunk of its
 * own, loaded when the visitor first goes to type (the text box's focus or first key), never with
 * the conversation: most visitors only tap buttons (the budgets are in test/bench/size-graph.mjs).
 */
let understand: typeof Understand | undefined;
const lexicons: Partial<Record<Locale, Lexicon>> = {};
const loading: Partial<Record<Locale, Promise<void>>> = {};

const LEXICONS: Record<Locale, () => Promise<Boxed<Lexicon>>> = {
  en: () => import('../../content/lexicon/en').then((m) => boxed(m.en)),
  es: () => import('../../content/lexicon/es').then((m) => boxed(m.es)),
};

/** Loads the matcher and one language's phrases, once; after a failed load the next call tries again. */
export function loadMatcher(locale: Locale): Promise<void> {
  const started =
    loading[locale] ??
    bothBoxed(
      import('../../flows/freetext').then((matcher) => boxed(matcher)),
      LEXICONS[locale](),
    ).then(
      ({ value: [matcher, lexicon] }) => {
        understand = matcher.understand;
        lexicons[locale] = lexicon;
      },
      (error: unknown) => {
        delete loading[locale];
        throw error;
      },
    );
  loading[locale] = started;
  return started;
}

export const matchFreeText: TextMatcher = (text, locale, step) => {
  const lexicon = lexicons[locale];
  return understand && lexicon ? understand(text, lexicon, step) : { kind: 'none' };
};

/**
 * The conversation whose typed questions wait for the matcher: a message sent while it loads is
 * on screen at once and read once the matcher is there, never answered "not understood" for that.
 * Should the load fail (the network is gone), the message still gets the honest answer with the
 * question's options.
 */
export function askWhenMatcherLoads(conversation: Conversation): Conversation {
  return {
    ...conversation,
    ask(text: string) {
      const { locale } = conversation.getState();
      if (understand && lexicons[locale]) return conversation.ask(text);
      conversation.show(text);
      const answer = () => conversation.ask(text, true);
      loadMatcher(locale).then(answer, answer);
    },
  };
}

/** Starts loading the matcher when the visitor goes to type in a text box under `root`. */
export function loadMatcherOnFirstTyping(root: Node, locale: () => Locale): void {
  const typing = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement && target.type === 'text') void loadMatcher(locale()).catch(() => {});
  };
  root.addEventListener('focusin', typing);
  root.addEventListener('keydown', typing);
}
