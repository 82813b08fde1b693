import { LAUNCHER_LABELS } from '../launcher';
import type { UiStrings } from '../types';

/**
 * The core's labels in English (core.ts): the panel's own, the first screen's buttons, the ways to a
 * person and the answers to the first question. Plain text only. The later steps' labels are in
 * labels.ts, which loads right after the panel opens (rest.ts).
 */
export const ui: UiStrings = {
  'ui.launcher': LAUNCHER_LABELS.en,
  'ui.title': 'Helpline guide',
  'ui.close': 'Close chat',
  'ui.cleared': 'Conversation cleared.',
  'ui.undo': 'Undo',
  'ui.transcript': 'Conversation',
  'ui.options': 'Choose an answer',
  'ui.callHelpline': 'Call {phone} (24/7)',
  'ui.automated': 'I am an automated guide, not a doctor.',
  'ui.typeQuestion': 'Type a question',
  'ui.send': 'Send',
  'ui.always': 'Always available',
  'ui.unread': 'new message',
  // What a screen reader hears before each line, and after a language switch (widget/app/panel.tsx).
  'ui.youSaid': 'You said:',
  'ui.assistantSaid': 'Assistant:',
  'ui.nowInLanguage': 'Now in English',
  // Where answers are kept, one line per data-storage mode ({kept} in audience.explain).
  'ui.kept.session': 'Your answers stay in this browser tab until you close it or choose “Start over.”',
  'ui.kept.local': 'Your answers are saved in this browser, even after you close it, until you choose “Start over.”',
  'ui.kept.none': 'I do not keep your answers. They are gone when you leave this page.',
  'opt.learn': 'Learn about treatment',
  'opt.recurrence': 'The cancer came back',
  'opt.talkToPerson': 'Talk to a person',
  'opt.emergency': 'This is an emergency',
  'opt.back': 'Back',
  'opt.startOver': 'Start over',
  'opt.keepTalking': 'Keep talking with the assistant',
  'opt.whyAsk': 'Why do you ask?',
  'opt.yes': 'Yes',
  'opt.no': 'No',
  'opt.topics': 'Side effects, support and more',
  'opt.change': 'Change',
  'opt.otherLanguage': 'Cambiar a español',
  'ui.understood': 'I understood:',
  'ui.isThatRight': 'Is that right?',
  'ui.callNow': 'Call for help now',
  'ui.callEmergency': 'Call {emergency}',
  'ui.callCrisis': 'Call 988',
  'ui.textCrisis': 'Text 988',
  'opt.audience.parent': 'I’m a parent or caregiver',
  'opt.audience.patient': 'I’m the patient',
  'opt.audience.family': 'I’m family or a friend',
  'opt.audience.professional': 'I work in health care',
  // While the next step's words load (rest.ts, a topic family), and if they cannot (widget/app/panel.tsx).
  'ui.loading': 'One moment, the next part is on its way.',
  'ui.notLoaded': 'This part of the guide could not load. You can try again, or call the helpline and talk to a person.',
  'ui.retry': 'Try again',
};
