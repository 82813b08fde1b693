import type { StaffContent } from '../types';
import { scripts } from './scripts';

/**
 * Everything only staff mode says (issue 6), in a module of its own: the call guide's interface
 * strings and the line to say at each step. Visitors never see these, so the visitor content
 * (index.ts) does not carry them; staff mode loads this beside it (widget/staff/load-staff-content.ts,
 * issue 7: a visitor's conversation stays smaller). The summary strings both modes share are in
 * summary.ts.
 */
export const staff: StaffContent = {
  locale: 'en',
  ui: {
    'staff.title': 'Call guide',
    'staff.step': 'Step',
    'staff.say': 'Say to the caller',
    'staff.explained': 'Explanation given',
    'staff.options': 'Caller’s answer',
    'staff.key': 'Key {key}',
    'staff.back': 'Back',
    'staff.startOver': 'Start over',
    'staff.shortcuts': 'Keys: 1–9 choose an answer, Backspace goes back, Esc starts over.',
    'staff.answers': 'Caller’s answers',
    'staff.noAnswers': 'No answers yet.',
    'staff.change': 'Change',
    'staff.changeLabel': 'Change the answer to: {question}',
    'staff.reasoning': 'Why this result',
    'staff.rule': 'Table rule',
    'staff.possible': 'Groups still possible',
    'staff.settle': 'Facts that would settle it',
    'staff.invalid': 'Answers that do not fit together',
    'staff.reason.ms-requires-under-18-months': 'Stage MS exists only under 18 months: check the age or the stage.',
    'staff.reason.invalid-values': 'Some answers are outside the expected values.',
    'staff.reason.facts-not-an-object': 'No answers were given.',
    'staff.reason.unknown-facts-decide': 'Answers the caller does not know could still change the group.',
    'staff.source': 'Source: NCI PDQ Neuroblastoma Treatment (Health Professional Version), Table 3',
  },
  scripts,
};
