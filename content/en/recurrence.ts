import { item, OURS, RECUR } from '../item';
import type { ContentItem } from '../types';

/**
 * When neuroblastoma comes back (NCI PDQ patient version, "Treatment of Recurrent
 * Neuroblastoma"; ACS). The "elsewhere" lists for low and intermediate risk are the two the
 * adapted copy lost; they come from the PDQ patient version (facts.md).
 */
export const recurrence: Record<string, ContentItem> = {
  'recurrence.firstGroup.ask': item(
    '<p>I’m sorry the cancer came back. The next steps depend on a few things.</p><p>Which risk group was your child in the first time?</p>',
    RECUR,
  ),
  'recurrence.firstGroup.explain': item(
    'The first treatment depended on the risk group. Options now depend on it too. It may be in your child’s records.',
    RECUR,
  ),
  'recurrence.where.ask': item('Where did the cancer come back?', RECUR),
  'recurrence.where.explain': item(
    '<p>Cancer can come back in the same place it started. It can come back in another part of the body. Or, rarely, in the brain or spinal cord.</p><p>Each one has its own options.</p>',
    RECUR,
  ),
  'recurrence.lowSame': item(
    '<p>It was low risk at first, and it came back in the same place. Options may include:</p><ul><li>Surgery, then watching closely or chemo.</li><li>Chemo first, and maybe surgery after.</li></ul>',
    RECUR,
  ),
  'recurrence.lowElsewhere': item(
    '<p>It was low risk at first. It came back in another place, or it did not respond to treatment. Options may include:</p><ul><li>Watching closely.</li><li>Chemo.</li><li>Surgery, then chemo.</li><li>For children over 18 months: the same plan as new high risk cancer.</li></ul>',
    ['nci-patient', 'acs-risk'],
  ),
  'recurrence.intermediateSame': item(
    '<p>It was intermediate risk at first, and it came back in the same place. Options may include:</p><ul><li>Surgery, maybe with chemo after.</li><li>Radiation, if it got worse after chemo and a second surgery.</li></ul>',
    RECUR,
  ),
  'recurrence.intermediateElsewhere': item(
    '<p>It was intermediate risk at first, and it came back in another part of the body.</p><p>Then it is usually treated like new high risk cancer. That plan has three phases.</p>',
    ['nci-patient', 'acs-risk'],
  ),
  'recurrence.high': item(
    '<p>It was high risk at first. There is no one standard plan now. Options may include:</p><ul><li>Chemo with dinutuximab.</li><li>MIBG therapy. It carries radiation right to the cancer cells. It can also ease symptoms.</li><li>Other chemo, or high-dose chemo with a stem cell transplant.</li><li>Naxitamab, a drug that helps the body’s defenses.</li><li>CAR T-cell therapy, in a clinical trial.</li></ul><p>A clinical trial is worth asking about.</p>',
    RECUR,
  ),
  'recurrence.cns': item(
    '<p>It came back in the brain or spinal cord. Options may include:</p><ul><li>Surgery to take out the tumor, then radiation.</li><li>Chemo, surgery and radiation.</li></ul>',
    RECUR,
  ),
  'recurrence.unknown': item(
    '<p>The options depend on the first risk group and where it came back. I don’t know these yet.</p><p>Options can include surgery, chemo, radiation and new drugs. A clinical trial may be one. Ask the care team which fit your child.</p>',
    [...RECUR, ...OURS],
  ),
};
