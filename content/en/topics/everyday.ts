import { HELPLINE, item, OURS } from '../../item';
import type { TopicContent } from '../../types';

/** Everyday life and support (flows/topics.ts, everyday). */
export const everyday: TopicContent = {
  ui: {
    'opt.topic.everyday.secondOpinion': 'Getting a second opinion',
    'opt.topic.everyday.genetics': 'Genetic testing, brothers and sisters',
    'opt.topic.everyday.school': 'School and child care',
    'opt.topic.everyday.wellbeing': 'Taking care of yourself',
    'opt.topic.everyday.money': 'Help with money and travel',
    'opt.topic.everyday.more': 'More about everyday life',
  },
  items: {
    'topic.everyday': item('<p>Cancer changes daily life for the whole family. Here is help with some of the everyday parts.</p>', OURS),
    'topic.everyday.secondOpinion': item(
      '<p>You can ask another doctor for a second opinion. It can confirm the diagnosis or the plan. Most doctors expect this, and it should not upset them.</p><ul><li>You will need copies of test results, scans and reports.</li><li>Choose a center that treats many children with neuroblastoma.</li><li>Ask your insurance if it pays for a second opinion.</li><li>Ask how long it is safe to wait before treatment starts.</li></ul>',
      ['nci-patient', ...OURS],
    ),
    'topic.everyday.genetics': item(
      '<p>Most neuroblastoma is not passed down in families. In a few families it is, most often through a change in a gene called <em>ALK</em> or <em>PHOX2B</em>.</p><ul><li>A genetic counselor can tell you if testing makes sense for your family.</li><li>Testing can show the risk for your child’s brothers and sisters.</li><li>The counselor can help you talk about the results as a family.</li></ul><p>Brothers and sisters need care for their feelings too. They may feel scared, left out or jealous. Tell them the truth in simple words, and keep some routines.</p>',
      ['nci-patient', ...OURS],
    ),
    'topic.everyday.school': item(
      '<p>School helps children feel normal. Many children can keep learning during treatment.</p><ul><li>Tell the school about the diagnosis. Ask to meet the teacher and the school nurse.</li><li>When counts are low, your child may need to stay home. The school can send work, or set up teaching at home or in the hospital.</li><li>Ask the school to tell you about chickenpox or measles in class.</li><li>Many hospitals have a teacher or school helper who can help.</li></ul>',
      OURS,
    ),
    'topic.everyday.wellbeing': item(
      '<p>Caring for a child with cancer is hard. Your own health matters too.</p><ul><li>Try to eat, drink water and sleep when you can. Let others help with meals, rides or your other children.</li><li>Ask the hospital for a social worker. They help with stress, work and family.</li><li>Support groups let you talk with parents who understand.</li></ul><p>If you feel hopeless or think about hurting yourself, call or text <strong>988</strong> now. You can also call the helpline at <a href="tel:{phoneHref}">{phone}</a>, day or night.</p>',
      [...OURS, ...HELPLINE],
    ),
    'topic.everyday.money': item(
      '<p>Treatment can bring big costs: travel, parking, meals, time off work. You do not have to sort it out alone.</p><ul><li>Ask for the hospital social worker or money counselor. They know about local help.</li><li>Some groups offer free places to stay near the hospital, and help with rides.</li><li>You may be able to take leave from work and keep your job. Ask your employer.</li></ul><p>The helpline can help you find programs near you: <a href="tel:{phoneHref}">{phone}</a>.</p>',
      [...OURS, ...HELPLINE],
    ),
  },
};
