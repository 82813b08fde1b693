/**
 * What a typed message was understood to mean. The widget acts on it; flows/ decides it.
 * Typed text never records a clinical fact by itself: an answer comes back as `answer`, which
 * the conversation echoes for the visitor to confirm before the machine hears it
 * (docs: "Typed answers are confirmed" in README.md).
 */
import type { AnswerValue, HelplineEvent, Locale } from './context';

/** Why a message that touched an answer could not be read as one: the widget asks with buttons. */
export type UnclearReason =
  /** "it hasn't spread": a negated answer phrase; we never record the opposite by guessing. */
  | 'negated'
  /** "I think it spread", "maybe": the visitor is unsure. */
  | 'hedged'
  /** Two answers at once ("amplified, not amplified", "L1 or L2"). */
  | 'conflict'
  /** An age close to the 12- or 18-month line, or an age we could not read exactly ("a few months"). */
  | 'nearBoundary'
  /** A number without its unit ("he was 2"): months or years? */
  | 'noUnit'
  /** Only how long ago it was ("they found it a month ago"), not the age then. */
  | 'timeAgo';

export type Understanding =
  /** Something that is not a clinical fact: a command, a topic, a glossary word, an emergency. Act at once. */
  | { kind: 'event'; event: HelplineEvent }
  /**
   * An answer to the step's question. `confirm` is true for clinical facts (intake, the group the
   * care team gave, recurrence): the visitor sees "I understood: ..." with Yes / Change first.
   */
  | { kind: 'answer'; value: AnswerValue; confirm: boolean }
  /** It touched the question's answers but not clearly: ask with the buttons, record nothing. */
  | { kind: 'unclear'; reason: UnclearReason }
  /** Only thanks or "ok": a short polite reply, the step's options kept. */
  | { kind: 'thanks' }
  /** Written in the other language: offer to switch to it. */
  | { kind: 'otherLanguage'; locale: Locale }
  /** Nothing understood: the honest, warm last resort, with the question's options again. */
  | { kind: 'none' };
