import { item } from '../../item';
import type { TopicContent } from '../../types';

/** Late effects and follow-up (flows/topics.ts, lateEffects): NCI PDQ, both summaries. */
export const lateEffects: TopicContent = {
  ui: {
    'opt.topic.lateEffects.hearing': 'Hearing',
    'opt.topic.lateEffects.growth': 'Growth and teeth',
    'opt.topic.lateEffects.thyroid': 'Thyroid and hormones',
    'opt.topic.lateEffects.fertility': 'Having children later',
    'opt.topic.lateEffects.heart': 'Heart',
    'opt.topic.lateEffects.secondCancers': 'Second cancers',
    'opt.topic.lateEffects.learning': 'Learning and memory',
    'opt.topic.lateEffects.followUp': 'Follow-up care and the survivorship clinic',
    'opt.topic.lateEffects.questions': 'Questions to ask about late effects',
    'opt.topic.lateEffects.more': 'More about late effects',
  },
  items: {
    'topic.lateEffects': item(
      '<p>Late effects are health problems that show up months or years after treatment ends. Not every child gets them. Many can be found early and treated.</p><p>Which ones matter depends on the treatment your child had. Choose a topic below.</p>',
      ['nci-late-effects', 'nci-patient'],
    ),
    'topic.lateEffects.hearing': item(
      '<p>Hearing loss from some chemo drugs can last. It may also show up later.</p><ul><li>Your child should have hearing tests during follow-up.</li><li>Tell the team if your child turns up the TV, misses words, or speaks less clearly.</li><li>Hearing aids, speech therapy and help at school can make a real difference.</li></ul>',
      ['nci-late-effects', 'nci-patient'],
    ),
    'topic.lateEffects.growth': item(
      '<p>Treatment can slow growth. This is more likely in young children, and after radiation or a transplant.</p><ul><li>Bones may grow less where radiation was given.</li><li>Teeth may come in late, or be small or missing. See a dentist every 6 months.</li><li>The doctor will check your child’s height each year. A growth doctor can help if needed.</li></ul>',
      ['nci-patient', 'nci-late-effects'],
    ),
    'topic.lateEffects.thyroid': item(
      '<p>The thyroid is a gland in the neck. It makes hormones that help with growth and energy.</p><ul><li>MIBG treatment and radiation near the neck can make the thyroid slow.</li><li>A slow thyroid can cause tiredness, weight gain and slow growth. A daily pill treats it.</li><li>A blood test checks the thyroid during follow-up.</li><li>Some children have other hormone changes, like late puberty. These can be treated too.</li></ul>',
      ['nci-late-effects'],
    ),
    'topic.lateEffects.fertility': item(
      '<p>Strong chemo can affect your child’s chance to have children later. The risk depends on the drugs and doses.</p><ul><li>Before treatment starts, ask if there is a way to protect fertility. For some children there is.</li><li>Puberty may come late. A doctor can check and help.</li><li>Many survivors can still have children. Tests later in life can tell more.</li></ul>',
      ['nci-late-effects', 'editorial'],
    ),
    'topic.lateEffects.heart': item(
      '<p>Some chemo drugs, and radiation near the chest, can harm the heart. Problems may show up years later.</p><ul><li>Your child may need a heart scan (an echocardiogram) every few years.</li><li>Staying active, eating well and not smoking help protect the heart.</li><li>Tell the doctor about chest pain, short breath or a racing heart.</li></ul>',
      ['nci-late-effects'],
    ),
    'topic.lateEffects.secondCancers': item(
      '<p>Sometimes treatment leads to a new, different cancer years later. This is called a second cancer.</p><ul><li>Examples are leukemia, a blood cancer, and thyroid or kidney cancer.</li><li>Yearly checkups help find problems early, when they are easier to treat.</li><li>The follow-up plan will say which tests your child needs.</li></ul>',
      ['nci-patient', 'nci-late-effects'],
    ),
    'topic.lateEffects.learning': item(
      '<p>Some children have trouble with learning, memory or attention after treatment. Mood and feelings can change too.</p><ul><li>Tell the team and the school if you notice changes.</li><li>Testing can show what kind of help your child needs.</li><li>Schools can give extra help, like a learning plan.</li></ul>',
      ['nci-patient', 'nci-late-effects'],
    ),
    'topic.lateEffects.followUp': item(
      '<p>After treatment ends, your child still has checkups. At first they look for the cancer coming back. Over time, they look more for late effects.</p><ul><li>Many children’s cancer centers have a <strong>survivorship clinic</strong> for this.</li><li>Survivors should have a checkup at least once a year, for life, with someone who knows their risks.</li><li>Ask for a written summary of your child’s treatment. Keep it safe. Your child will need it as an adult.</li></ul>',
      ['nci-late-effects', 'nci-patient', 'editorial'],
    ),
    'topic.lateEffects.questions': item(
      '<p>Questions you can ask about late effects:</p><ul><li>Which late effects is my child at risk for, from this treatment?</li><li>Can we do anything now to lower the risk?</li><li>Which tests will my child need, and how often?</li><li>Is there a survivorship clinic here?</li><li>Can we have a written summary of the treatment?</li></ul><p>It helps to write the answers down.</p>',
      ['nci-late-effects', 'editorial'],
    ),
  },
};
