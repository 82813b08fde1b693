import { LOCALES, type Locale, type Step, type StepOption } from '../../flows';
import { BACK_TO_THE_QUESTION, confirmOptions } from './confirmation';
import type { Entry } from './entry';

/**
 * The reply that offers a language, keyed by the language offered: after the switch the line
 * reads as the offer it was, not as an offer of the language just left.
 */
export const offerOf = (locale: Locale) => `freetext.otherLanguage.${locale}`;

/** Back past every side answer on show to the question (conversation.ts), not one step back. */
const BACK_TO_QUESTION: StepOption = { label: 'opt.backToQuestion', event: BACK_TO_THE_QUESTION };

/**
 * The buttons on offer now. Usually the step's options; while a typed answer waits for "Is that
 * right?", Yes and Change only; after a side answer mid-questions, the question left behind
 * comes back with its answers (flows/session.ts, questionBehind); after a message in the other language,
 * the switch to it first. Read from the transcript's last line, so a reload restores it.
 */
export function offered(step: Step, transcript: readonly Entry[], locale: Locale, behind?: Step): readonly StepOption[] {
  const last = transcript[transcript.length - 1];
  if (last?.by === 'card' && last.kind === 'confirm' && last.step === step.id) return confirmOptions(last.value);
  const own = behind ? [BACK_TO_QUESTION, ...behind.options, ...step.options] : step.options;
  const other = LOCALES.find((l) => l !== locale);
  if (other && last?.by === 'bot' && last.key === offerOf(other)) {
    return [{ label: 'opt.otherLanguage', event: { type: 'SET_LOCALE', locale: other } }, ...own];
  }
  return own;
}
