import { HELPLINE, item, OURS } from '../item';
import type { ContentItem } from '../types';

/**
 * Answers that must never be missed: urgent symptoms during treatment, emotional crisis, fear, the
 * parent's own distress, and the first answer about side effects. The advice on what to call for is our own (the usual rule
 * of children's cancer centers; each family should follow its own team's), so it is credited to
 * us; the side effects draw on the NCI patient summary's treatment section.
 */
export const safety: Record<string, ContentItem> = {
  'urgent.now': item(
    'This could be urgent. Call your child’s cancer care team’s 24-hour number now. If you can’t reach them, or your child can’t breathe well, will not wake up or has a seizure, call {emergency}.',
    OURS,
  ),
  'urgent.signs': item(
    '<p>During treatment, call the care team right away, day or night. Call them for any of these:</p><ul><li>A fever of 100.4 °F (38 °C) or higher, even if your child seems well</li><li>Chills or shaking</li><li>Trouble breathing</li><li>Bleeding that does not stop, or tiny red dots on the skin</li><li>Throwing up again and again, or not keeping drinks down</li><li>A seizure</li><li>Sudden weakness or numbness in the legs, or trouble walking or peeing</li><li>A child who is very sleepy or very hard to wake</li><li>Bad pain</li></ul><p>Do not give fever medicine unless the team told you to. Follow your own team’s rules if they are different.</p>',
    // Chills, throwing up and drowsiness are signs of infection to report at once (St. Jude
    // "Together", Fever and Signs of Infection, content/lexicon/safety.ts); tiny red dots are
    // petechiae, bleeding under the skin, a sign to take to the doctor (NCI's patient summary).
    // Each sign starts with a capital: a reader (and the grade measure) takes it as a sentence.
    [...OURS, 'nci-patient'],
  ),
  'crisis.now': item(
    '<p>I’m so sorry you are hurting. You matter, and you do not have to carry this alone.</p><p>Please call or text 988 now. Caring people answer, day and night. It is free.</p>',
    OURS,
  ),
  'crisis.more': item(
    '<p>988 helps in Spanish too: press 2 when you call, or text <span lang="es">AYUDA</span> to 988. If you or someone else is in danger right now, call {emergency}.</p><p>You can also talk with a person at the helpline, <a href="tel:{phoneHref}">{phone}</a>, any time.</p>',
    [...HELPLINE, ...OURS],
  ),
  'fear.answer': item(
    '<p>It makes sense to be scared. Many parents feel this way. You are not alone.</p><p>I can’t tell what will happen to your child, and I won’t guess. Your child’s care team knows your child and can talk with you about it.</p><p>Many parents also ask if they caused this or missed a sign. What is known to raise the chance of neuroblastoma is changes in genes and family history, not something a parent did. It can start before a baby is born. It is usually found only once it causes signs.</p><p>To talk with someone now, call the helpline at <a href="tel:{phoneHref}">{phone}</a>, day or night.</p>',
    // The causes paragraph: NCI's risk factors (genes, genetic conditions, family history), "sometimes it forms before birth", found "when it begins to grow and cause signs".
    ['nci-patient', ...OURS, ...HELPLINE],
  ),
  // The parent's own distress (flows/machine.ts, distress): not the fear answer, no numbers.
  'distress.answer': item(
    '<p>What you feel makes sense. This is so hard. It is OK to cry, and it is OK to feel alone.</p><p>You do not have to do this alone. A person at the helpline, <a href="tel:{phoneHref}">{phone}</a>, will listen, day or night.</p><p>If you feel you might hurt yourself, call or text <strong>988</strong> now.</p>',
    [...OURS, ...HELPLINE],
  ),
  'topics.menu': item('Here are more things I can help with. Choose one, or talk to a person.', OURS),
  'topic.sideEffects': item(
    '<p>Treatment can cause side effects. The care team will tell you what to watch for.</p><p><strong>Fever is urgent.</strong> During treatment, a fever of 100.4 °F (38 °C) or higher means: call the care team’s 24-hour number at once, even at night.</p><p>Choose a topic below to read more.</p>',
    ['nci-patient', ...OURS],
  ),
};
