import { LAUNCHER_LABELS } from './launcher';
import type { LocaleContent } from './types';

const reviewed = '2026-11-21';

export const en: LocaleContent = {
  locale: 'en',
  lang: 'en',
  name: 'English',
  ui: {
    'ui.launcher': LAUNCHER_LABELS.en,
    'ui.title': 'Helpline assistant',
    'ui.close': 'Close chat',
    'ui.transcript': 'Conversation',
    'ui.options': 'Choose an answer',
    'ui.callHelpline': 'Call {phone}, open 24/7',
    'ui.automated': 'I am an automated guide, not a doctor.',
    'ui.source': 'Source',
    'ui.reviewed': 'reviewed',
    'opt.talkToPerson': 'Talk to a person',
    'opt.emergency': 'This is an emergency',
    'opt.startOver': 'Start over',
  },
  items: {
    'welcome.greeting': {
      body: 'Hello. I can help you learn about neuroblastoma treatment, one step at a time.',
      sources: ['editorial'],
      reviewed,
    },
    'welcome.disclaimer': {
      body: 'I am an automated guide, not a doctor. Your child’s care team knows your child best. You can talk to a person at any time.',
      sources: ['editorial', 'acs-helpline'],
      reviewed,
    },
    'handoff.phone': {
      body: 'You can call the helpline at <a href="tel:{phoneHref}">{phone}</a>. It is open 24 hours a day, 7 days a week. Trained cancer information specialists answer.',
      sources: ['acs-helpline'],
      reviewed,
    },
    'emergency.now': {
      body: 'If your child needs urgent medical help, call <a href="tel:{emergencyHref}">{emergency}</a> now. If you are in emotional crisis, call or text <a href="tel:988">988</a>.',
      sources: ['editorial'],
      reviewed,
    },
  },
};
