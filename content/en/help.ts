import { HELPLINE, item, OURS, RISK } from '../item';
import type { ContentItem } from '../types';

/** Clinical trials, questions for the care team, live chat at the hand-off, replies to typed text (the first lines of the hand-off and the emergency: first.ts). */
export const help: Record<string, ContentItem> = {
  'trials.about': item(
    '<p>A clinical trial is a study that tests a new treatment or a better way to use one.</p><p>Neuroblastoma is rare in children, so trials are often a good choice to think about. Some trials only take children who have not started treatment.</p><p>You can <a href="https://www.cancer.gov/research/participate/clinical-trials-search" target="_blank" rel="noopener noreferrer">search for trials on the National Cancer Institute site</a>. Your child’s care team can help you choose.</p>',
    ['nci-patient'],
  ),
  'questions.careTeam': item(
    '<p>Here are questions you can ask your child’s care team:</p><ul><li>What risk group is my child in? Why?</li><li>What are the MYCN, histology and ploidy results?</li><li>What is the treatment plan? How long will it last?</li><li>What side effects should we watch for? Who do we call at night?</li><li>Is there a clinical trial that fits my child?</li><li>What late effects could treatment cause later on?</li><li>Can we get a second opinion?</li></ul><p>It helps to write the answers down.</p>',
    [...RISK, ...OURS],
  ),
  'handoff.chatOpen': item('Live chat is open now. A specialist can chat with you.', HELPLINE),
  'handoff.chatClosed': item('Live chat is closed now. It opens again {reopens}. You can call at any time.', HELPLINE),
  'handoff.chatNone': item('Live chat is not offered here. You can call at any time, day or night.', HELPLINE),
  'handoff.summary': item('Here is a short summary of what we went over. You can read it to the specialist or copy it. It has no names in it.', OURS),
  'freetext.notUnderstood': item(
    'I’m sorry, I didn’t understand that. I’m a simple guide, and I miss things. You can try other words, use the buttons below, or talk to a person.',
    OURS,
  ),
  // Typed text that touched an answer but not clearly (flows/understanding.ts): nothing is saved.
  'freetext.unclear.negated': item(
    'I could not tell which answer you meant, so I did not save anything. Please choose the one that fits below.',
    OURS,
  ),
  'freetext.unclear.hedged': item('If you are not sure, that’s fine. I did not save anything. Choose an answer below only if you know it.', OURS),
  'freetext.unclear.conflict': item('I read more than one answer there, so I did not save anything. Please choose the one that fits below.', OURS),
  'freetext.unclear.nearBoundary': item(
    'Age matters most near 12 and 18 months, so I want to get it right. Please choose the age range below.',
    OURS,
  ),
  'freetext.unclear.noUnit': item('Was that months or years? Please choose the age range below.', OURS),
  'freetext.unclear.timeAgo': item(
    'That sounds like how long ago it was found. I need your child’s age when it was found. Please choose the age range below.',
    OURS,
  ),
  // The offer to switch, keyed by the language it offers (widget/app/offered.ts): shown in English
  // mode to a visitor who wrote in Spanish, in Spanish first, marked as Spanish so a screen reader
  // says it in Spanish (WCAG 3.1.2).
  'freetext.otherLanguage.es': item('<span lang="es">¿Prefiere español? Toque el botón de abajo.</span> I did not understand that in English.', OURS),
  // The same line read again after a switch from Spanish: the offer it was, told in this language.
  'freetext.otherLanguage.en': item('You wrote in English, so I offered to switch to English.', OURS),
  'freetext.change': item('No problem. Please choose the answer that fits.', OURS),
  // "Thank you", "ok" (flows/understanding.ts, thanks): the step's buttons stay below it.
  'freetext.thanks': item(
    'I’m here for you. When you are ready, choose an option below or type a question. You can also call the helpline at <a href="tel:{phoneHref}">{phone}</a>, day or night.',
    [...OURS, ...HELPLINE],
  ),
};
