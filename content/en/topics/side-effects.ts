import { HELPLINE, item, OURS } from '../../item';
import type { TopicContent } from '../../types';

const PDQ = ['nci-patient', 'editorial'] as const;

/**
 * Side effects during treatment (flows/topics.ts, sideEffects). The family's menu line is
 * `topic.sideEffects` in safety.ts: it carries the fever rule, so it loads with the core. What to
 * call for is our own advice, the usual rule of children's cancer centers (safety.ts).
 */
export const sideEffects: TopicContent = {
  ui: {
    'opt.topic.sideEffects.phases': 'What to expect in each phase',
    'opt.topic.sideEffects.fever': 'Fever and infection',
    'opt.topic.sideEffects.counts': 'Low blood counts',
    'opt.topic.sideEffects.nausea': 'Nausea and eating',
    'opt.topic.sideEffects.hair': 'Hair loss',
    'opt.topic.sideEffects.antibodyPain': 'Pain with dinutuximab',
    'opt.topic.sideEffects.hearing': 'Hearing',
    'opt.topic.sideEffects.isotretinoin': 'Isotretinoin, the vitamin A pill',
    'opt.topic.sideEffects.night': 'Who to call at night',
    'opt.topic.sideEffects.questions': 'Questions to ask about side effects',
    'opt.topic.sideEffects.more': 'More about side effects',
  },
  items: {
    'topic.sideEffects.phases': item(
      '<p>What your child goes through depends on the phase. Your team will tell you what to expect.</p><ul><li><strong>Induction</strong> (rounds of chemo): low blood counts, germs, nausea and hair loss are common. Some chemo can hurt hearing.</li><li><strong>Consolidation</strong> (strong chemo, then a stem cell transplant): your child stays in the hospital. Mouth sores, tiredness and germs are common until new blood cells grow.</li><li><strong>Maintenance</strong> (dinutuximab and isotretinoin): dinutuximab can bring pain, fever and rash. Isotretinoin dries the skin and lips.</li></ul><p>Low and intermediate risk mean less treatment, and most often fewer side effects.</p>',
      ['nci-patient', 'review-dinutuximab-pain', 'editorial'],
    ),
    'topic.sideEffects.fever': item(
      '<p>Chemo lowers the white blood cells that fight germs. Then a small infection can get serious fast. A fever is often the first sign.</p><p><strong>A fever is 100.4 °F (38 °C) or higher.</strong> Call your child’s care team’s 24-hour number right away, even at night. Do not wait to see if it goes away.</p><ul><li>Do not give fever medicine unless the team says to. It can hide a fever.</li><li>Call for chills or a child who seems very sick, too.</li><li>Wash hands often. Keep your child away from people who are sick.</li></ul><p>Your child will likely get medicine for germs (antibiotics), often in the hospital.</p>',
      ['akh-fever-neutropenia', 'editorial'],
    ),
    'topic.sideEffects.counts': item(
      '<p>Chemo slows the bone marrow, where blood is made. So blood counts drop for a while after each round.</p><ul><li><strong>Low white cells:</strong> germs are a bigger risk. A fever is urgent.</li><li><strong>Low red cells:</strong> your child may be pale, tired or out of breath. A blood transfusion can help.</li><li><strong>Low platelets:</strong> easy bruises, nosebleeds, or tiny red dots on the skin. Platelets can be given too.</li></ul><p>Call the team for bleeding that does not stop, or if your child is very pale or weak.</p>',
      ['akh-fever-neutropenia', 'editorial'],
    ),
    'topic.sideEffects.nausea': item(
      '<p>Chemo can make your child feel sick to the stomach or throw up.</p><ul><li>Medicine for nausea works well. It is often given before chemo.</li><li>Small meals and snacks are easier than big ones. Plain, cool foods may help.</li><li>Small sips of water help too.</li></ul><p>Call the team if your child throws up a lot, can’t drink, or seems dry and sleepy. A food expert (dietitian) can help if your child is not eating.</p>',
      PDQ,
    ),
    'topic.sideEffects.hair': item(
      '<p>Many chemo drugs make hair fall out. It often starts a few weeks after treatment begins.</p><ul><li>Hair almost always grows back after treatment ends. It may look a bit different.</li><li>A soft hat keeps the head warm and safe from the sun.</li><li>Young children often mind less than adults do. Older kids may be upset. It helps to talk about it.</li></ul>',
      PDQ,
    ),
    'topic.sideEffects.antibodyPain': item(
      '<p>Dinutuximab helps the body’s defenses find cancer cells. It also touches nerves, so it often causes pain. The pain is often in the belly, back, arms or legs.</p><ul><li>Your child gets pain medicine before and during each dose. This is often a strong one, like morphine, plus one for nerve pain.</li><li>The pain stops soon after the dose ends.</li><li>It is often worst in the first rounds. It gets easier later.</li></ul><p>Tell the nurse right away if your child seems to hurt. The dose can be given more slowly.</p>',
      ['review-dinutuximab-pain', 'nci-patient'],
    ),
    'topic.sideEffects.hearing': item(
      '<p>Some chemo drugs can harm hearing. High sounds are often lost first. The loss may not get better after treatment.</p><ul><li>Your child will have hearing tests during and after treatment.</li><li>If hearing drops, the team may change the plan.</li><li>Hearing aids and speech help make a big difference. This matters most for young children who are learning to talk.</li></ul>',
      ['nci-late-effects', 'nci-patient'],
    ),
    'topic.sideEffects.isotretinoin': item(
      '<p>Isotretinoin is a pill like vitamin A. Your child takes it during maintenance, with breaks.</p><ul><li>It often makes skin and lips very dry. A thick lip balm and lotion help.</li><li>Skin burns easily. Use sunscreen and a hat.</li><li>Blood tests check for other changes.</li><li>It can harm an unborn baby. A teen who takes it must not get pregnant.</li></ul><p>Ask the team how to give it if your child can’t swallow pills.</p>',
      PDQ,
    ),
    'topic.sideEffects.night': item(
      '<p><strong>During treatment, call the care team’s 24-hour number first, day or night.</strong> Ask for it at your first visit. Save it in your phone and put it on the fridge.</p><ul><li>Call it for a fever of 100.4 °F (38 °C) or more, bleeding, bad pain, or any change that scares you.</li><li>Call {emergency} if your child can’t breathe, will not wake up or has a seizure.</li><li>For support or questions that are not urgent, you can call the helpline at <a href="tel:{phoneHref}">{phone}</a>, any time.</li></ul>',
      [...OURS, ...HELPLINE],
    ),
    'topic.sideEffects.questions': item(
      '<p>Questions you can ask about side effects:</p><ul><li>What side effects are most likely in this phase?</li><li>What counts as a fever for us? Who do we call at night?</li><li>Which medicines can we give at home? Which should we not give?</li><li>When will blood counts be lowest?</li><li>Will my child need hearing tests?</li><li>What should we do if my child will not eat or drink?</li></ul><p>It helps to write the answers down.</p>',
      OURS,
    ),
  },
};
