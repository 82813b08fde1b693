import { HELPLINE, item, OURS } from '../item';
import type { ContentItem } from '../types';

/**
 * What the first screen says, in English: the welcome, who we are talking with, and the two ways
 * to a person it offers (the emergency numbers, the hand-off), which never wait for the rest of
 * the content to load (core.ts).
 */
export const first: Record<string, ContentItem> = {
  'welcome.greeting': item('Hello. I can help you learn about neuroblastoma treatment, one step at a time.', OURS),
  'welcome.disclaimer': item(
    '<p>I am an automated guide, not a doctor. Your child’s care team knows your child best.</p><p>You can talk to a person at any time.</p>',
    [...OURS, ...HELPLINE],
  ),
  'audience.ask': item('Who am I talking with today?', OURS),
  'audience.explain': item('I give the same facts to everyone. Your answer goes in the summary you can share with a specialist. {kept}', OURS),
  'emergency.now': item(
    'If your child needs urgent medical help, or someone may be in danger, call {emergency} now. If you are in emotional crisis, call or text 988.',
    OURS,
  ),
  'emergency.fever': item(
    'During cancer treatment, a fever of 100.4 °F (38 °C) or higher is urgent too. Call your child’s cancer care team’s 24-hour number right away, even at night.',
    OURS,
  ),
  'emergency.helpline': item('For support, you can also call the helpline at <a href="tel:{phoneHref}">{phone}</a>, day or night.', HELPLINE),
  'handoff.intro': item('You can talk with a trained cancer information specialist. They can help with questions, support and next steps.', HELPLINE),
  'handoff.phone': item(
    'You can call the helpline at <a href="tel:{phoneHref}">{phone}</a>. It is open 24 hours a day, 7 days a week. Trained cancer information specialists answer.',
    HELPLINE,
  ),
};
