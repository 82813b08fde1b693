import { HELPLINE, item, OURS } from '../../item';
import type { TopicContent } from '../../types';

/** When treatment does not work as hoped (flows/topics.ts, notWorking): NCI PDQ patient summary. */
export const notWorking: TopicContent = {
  ui: {
    'opt.topic.notWorking.refractory': 'What “refractory” means',
    'opt.topic.notWorking.options': 'What can come next',
    'opt.topic.notWorking.trials': 'Clinical trials',
    'opt.topic.notWorking.palliative': 'Palliative care: comfort and support',
    'opt.topic.notWorking.questions': 'Questions to ask the care team',
    'opt.topic.notWorking.more': 'More on this topic',
  },
  items: {
    'topic.notWorking': item(
      '<p>Sometimes the cancer does not shrink as hoped, or it grows during treatment. This is very hard to hear. You are not alone, and there are still choices.</p><p>Choose what you want to read about. You can stop at any time and talk to a person.</p>',
      ['nci-patient', ...OURS],
    ),
    'topic.notWorking.refractory': item(
      '<p>When neuroblastoma does not respond to treatment, doctors call it <strong>refractory</strong>. This is not the same as a relapse, when cancer comes back after it went away.</p><p>It does not mean there is nothing more to do. It means the plan needs to change. The care team will look at scans and tests to see what is left, and where.</p>',
      ['nci-patient'],
    ),
    'topic.notWorking.options': item(
      '<p>What comes next depends on the first treatment, where the cancer is, and how your child feels.</p><ul><li>Other chemo drugs, sometimes with dinutuximab.</li><li>MIBG therapy: a medicine that carries radiation to the cancer cells. It can also ease symptoms.</li><li>Radiation to spots that cause pain or other problems.</li><li>A clinical trial of a new treatment.</li></ul><p>There is no one standard plan. The care team can explain the choices for your child.</p>',
      ['nci-patient', 'nci-recurrent'],
    ),
    'topic.notWorking.trials': item(
      '<p>When the usual treatment has not worked, a clinical trial may offer a new drug, or a new way to use one.</p><ul><li>Some trials check if a new drug is safe. Others check if it works better.</li><li>Not every child can join every trial. The team checks if your child fits.</li><li>You can leave a trial at any time.</li></ul><p>You can <a href="https://www.cancer.gov/research/participate/clinical-trials-search" target="_blank" rel="noopener noreferrer">search for trials on the National Cancer Institute site</a>, or ask the care team.</p>',
      ['nci-patient', ...OURS],
    ),
    'topic.notWorking.palliative': item(
      '<p><strong>Palliative care</strong> is care for comfort and for the best life possible. It is for any child with a serious illness, at any stage. It is not only for the end of life.</p><ul><li>It treats pain, nausea, poor sleep and worry.</li><li>It can be given at the same time as cancer treatment.</li><li>It also helps parents, brothers and sisters.</li></ul><p>Asking for it does not mean giving up. You can ask the care team for a palliative care visit at any time.</p>',
      ['nci-patient', ...OURS],
    ),
    'topic.notWorking.questions': item(
      '<p>Questions you can ask the care team:</p><ul><li>What do the scans show? What has changed?</li><li>What are the choices now? What is the goal of each one?</li><li>Is there a clinical trial that fits my child?</li><li>How will each choice affect my child’s daily life?</li><li>Can we meet the palliative care team?</li></ul><p>You can also call the helpline at <a href="tel:{phoneHref}">{phone}</a> to talk it through.</p>',
      [...OURS, ...HELPLINE],
    ),
  },
};
