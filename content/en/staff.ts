import type { StaffContent } from '../types';
import { scripts } from './scripts';

/**
 * Everything only staff mode says (docs/product.md), in a module of its own: the call guide's interface
 * strings and the line to say at each step. Visitors never see these, so the visitor content
 * (index.ts) does not carry them; staff mode loads this beside it (widget/staff/load-staff-content.ts,
 * test/bench/size-graph.mjs: a visitor's conversation stays smaller). The summary strings both modes share are in
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
    'staff.shortcuts': 'Keys, while the guide has focus: 1–9 choose an answer, Backspace goes back, Esc asks to start over.',
    'staff.confirmRestart': 'Erase this call’s answers and start over?',
    'staff.confirmYes': 'Erase and start over',
    'staff.confirmNo': 'Keep this call',
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
    // The table rule behind an estimate (NCI PDQ Table 3, COG 2021, numbered as flows/risk.ts numbers
    // them) and the facts it read: only the specialist's summary and reasoning show them, so
    // visitors do not download them.
    'staff.rule.H1': 'COG 2021, high-risk rule 1: stage M, 18 months or older',
    'staff.rule.H2': 'COG 2021, high-risk rule 2: stage M, under 18 months, MYCN amplified',
    'staff.rule.H3': 'COG 2021, high-risk rule 3: stage MS or L2, MYCN amplified',
    'staff.rule.H4': 'COG 2021, high-risk rule 4: stage L2, unfavorable histology, 18 months or older',
    'staff.rule.H5': 'COG 2021, high-risk rule 5: stage M or MS, 12 to 18 months, an unfavorable feature',
    'staff.rule.H6': 'COG 2021, high-risk rule 6: stage L1, not completely removed, MYCN amplified',
    'staff.rule.L1': 'COG 2021, low-risk rule 1: stage L1, MYCN not amplified',
    'staff.rule.L2': 'COG 2021, low-risk rule 2: stage L1, completely removed, MYCN amplified',
    'staff.rule.L3': 'COG 2021, low-risk rule 3: stage MS, under 12 months, all favorable features',
    'staff.rule.intermediate': 'COG 2021, intermediate risk: not high-risk or low-risk by any rule',
    'staff.facts': 'Facts that led to the group',
  },
  scripts,
};
