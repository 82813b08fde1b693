/**
 * A crisis typed in the visitor's own words is answered as a crisis, so it is never offered for
 * sharing at the hand-off (widget/handoff/shared.ts leaves out what the crisis answer answered).
 */
import { LEXICON } from '../../content/lexicon';
import { understand } from '../../flows/freetext';
import { createConversation } from '../../widget/app/conversation';
import { typedLines } from '../../widget/handoff/shared';

const withMatcher = (locale: 'en' | 'es') => createConversation({ locale, matchText: (text, at, step) => understand(text, LEXICON[at], step) });

it.each([
  ['en', 'i just want to disappear'],
  ['en', "i can't take this anymore"],
  ['en', 'quisiera estar muerta'],
  ['es', 'no quiero seguir viviendo'],
  ['es', 'ya no aguanto'],
] as const)('(%s) "%s" gets the crisis answer and stays out of what can be shared', (locale, text) => {
  const conversation = withMatcher(locale);
  conversation.ask('what is MYCN');
  conversation.ask(text);
  expect(conversation.getState().step.id).toBe('crisis');
  expect(typedLines(conversation.getState().transcript)).toEqual(['what is MYCN']);
});
