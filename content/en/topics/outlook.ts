import { HELPLINE, item } from '../../item';
import type { TopicContent } from '../../types';

/**
 * What decides the outlook, after the answer to "will my child die" (safety.ts, fear.answer): the
 * factors the NCI PDQ patient summary names, never a number.
 */
export const outlook: TopicContent = {
  ui: {},
  items: {
    'topic.outlook': item(
      '<p>No one can say for sure how one child will do. Numbers you may read are about large groups, not about your child.</p><p>These things help the care team understand your child’s outlook:</p><ul><li>the risk group and the stage</li><li>the tumor’s features, like MYCN and how the cells look</li><li>your child’s age when the cancer was found</li><li>how the cancer responds to treatment</li></ul><p>Your child’s care team knows these details. It is okay to ask them what they expect for your child, and to ask them to go slowly.</p><p>To talk with someone now, call the helpline at <a href="tel:{phoneHref}">{phone}</a>, day or night.</p>',
      ['nci-patient', 'editorial', ...HELPLINE],
    ),
  },
};
