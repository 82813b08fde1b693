import type { AnswerValue, HelplineEvent, Step, StepOption } from '../../flows';

/**
 * Typed answers are confirmed before the machine hears them (flows/understanding.ts): the
 * assistant echoes the answer in words the parent can check, and offers Yes and Change. Yes is the
 * answer itself, so tapping it records exactly what was echoed; Change never reaches the machine.
 */
export const CHANGE = { type: 'CHANGE' } as const;

/**
 * "Back to the question" after side answers (offered.ts): as many of the machine's BACK as there
 * are side answers since the question (flows/session.ts, questionBehind). Like Change, the machine never
 * hears it as such.
 */
export const BACK_TO_THE_QUESTION = { type: 'BACK_TO_QUESTION' } as const;

/** What the visitor can send: the machine's events, Change and Back to the question. */
export type ConversationEvent = HelplineEvent | typeof CHANGE | typeof BACK_TO_THE_QUESTION;

/** What the echo names: the label of the button that gives this answer, or a typed age in months. */
export type Echo = { label: string } | { months: number };

/** A typed age under a month ("a newborn", "3 weeks"): said as such, not as "0.7 months". */
export const UNDER_ONE_MONTH = 'echo.ageUnderOneMonth';

export function echoOf(question: Step, value: AnswerValue): Echo {
  const option = question.options.find((o) => o.event.type === 'ANSWER' && o.event.value === value);
  if (option) return { label: option.label };
  // A typed age has no button of its own (the buttons send one age per band).
  if (typeof value === 'number') return value < 1 ? { label: UNDER_ONE_MONTH } : { months: value };
  return { label: String(value) };
}

/** The two choices while an answer waits for its confirmation. */
export function confirmOptions(value: AnswerValue): StepOption[] {
  return [
    { label: 'opt.yes', event: { type: 'ANSWER', value } },
    { label: 'opt.change', event: CHANGE },
  ];
}

/**
 * The step a typed reply to "Is that right?" is read at: only agreeing and no are answers there,
 * so "yes" or "ok" confirms and "no" changes, whatever the question was. Agreeing has its own
 * phrases (content/lexicon, answers.agreed): "ok" at a yes-or-no question is not a yes.
 */
/** The value of agreeing in yesNoStep. */
export const AGREED = 'agreed';

export function yesNoStep(step: Step): Step {
  const { field: _field, explain: _explain, ...rest } = step;
  return {
    ...rest,
    options: [
      { label: 'opt.yes', event: { type: 'ANSWER', value: AGREED } },
      { label: 'opt.no', event: { type: 'ANSWER', value: 'no' } },
    ],
  };
}
