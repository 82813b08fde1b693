import { FACTORS, item, OURS, RISK } from '../item';
import type { ContentItem } from '../types';

/** The intake questions with their "what does this mean?", and the results (the welcome and the first question: first.ts). */
export const guide: Record<string, ContentItem> = {
  'knowsGroup.ask': item('Has your child’s care team told you the risk group?', RISK),
  'knowsGroup.explain': item(
    '<p>Doctors sort neuroblastoma into three risk groups: low, intermediate and high.</p><p>The group helps them plan treatment. It is based on tests of the tumor and on your child’s age.</p>',
    RISK,
  ),
  'pickGroup.ask': item('Which group did the care team name?', RISK),
  'pickGroup.explain': item(
    '<p>Most children are in the low, intermediate or high risk group.</p><p>Two small groups of babies have their own plans. One is babies with stage MS. The other is babies under 6 months with a small tumor on the adrenal gland.</p>',
    RISK,
  ),
  'intake.age.ask': item('How old was your child when the cancer was found?', FACTORS),
  'intake.age.explain': item(
    '<p>Age matters. Babies often do better than older children.</p><p>Doctors use the age on the day the cancer was found, not the age today.</p>',
    FACTORS,
  ),
  'intake.stage.ask': item('Where was the tumor when it was first found, before any surgery? Had it spread?', FACTORS),
  'intake.stage.explain': item(
    '<p>The stage tells where the cancer is.</p><ul><li>L1: it is in one place. Scans show it can likely be removed safely.</li><li>L2: it is in one place. Scans show risks for surgery.</li><li>M: it has spread to far parts of the body.</li><li>MS: a baby under 18 months. It has spread only to the skin, liver or bone marrow.</li></ul>',
    FACTORS,
  ),
  'intake.mycn.ask': item('Does the tumor have more copies of the MYCN gene than usual?', FACTORS),
  'intake.mycn.explain': item(
    '<p>MYCN is a gene. A gene is a small part of the cell’s code.</p><p>Some tumors have many extra copies of it. Doctors call this “amplified.” It means the tumor may grow fast.</p>',
    FACTORS,
  ),
  'intake.histology.ask': item('What did the lab say about how the cells look? Favorable or unfavorable?', FACTORS),
  'intake.histology.explain': item(
    '<p>Histology is how the cells look under a microscope.</p><p>Some cells look calm and grow slowly. The lab calls this “favorable.” It is good news. Other cells may grow fast. The lab calls this “unfavorable.”</p>',
    FACTORS,
  ),
  'intake.ploidy.ask': item('Did the lab say how much DNA the tumor cells have? Reports may call this the “DNA index.”', FACTORS),
  'intake.ploidy.explain': item(
    '<p>Ploidy is the amount of DNA in each tumor cell.</p><p>“Hyperdiploid” means more DNA than usual. In babies, this is often a good sign. “Diploid” means the usual amount. A DNA index above 1 means more DNA; a DNA index of 1 means the usual amount. “Hypodiploid” means fewer chromosomes than usual, so less DNA. For the risk group, it counts like the usual amount.</p>',
    FACTORS,
  ),
  'intake.checkStageAge': item(
    '<p>Stage MS is only used for babies younger than 18 months. You chose stage MS and an age of 18 months or older, so one of them may not be quite right.</p><p>That is easy to mix up. Reports are hard to read. Could you check the stage or the age? You can change either one below.</p>',
    FACTORS,
  ),
  'intake.chr11q.ask': item('Did the lab find changes on a part of chromosome 11 called 11q?', ['nci-hp']),
  'intake.chr11q.explain': item(
    '<p>Chromosomes hold our genes. The lab looks for pieces that are lost or added.</p><p>A change on 11q can mean the tumor is harder to treat.</p>',
    ['nci-hp'],
  ),
  'intake.chr1p.ask': item('Did the lab find changes on a part of chromosome 1 called 1p?', ['nci-hp']),
  'intake.chr1p.explain': item(
    '<p>The lab also checks a part of chromosome 1, called 1p.</p><p>A lost piece there can mean the tumor is harder to treat.</p>',
    ['nci-hp'],
  ),
  'intake.symptoms.ask': item('Is the tumor causing problems for your child?', RISK),
  'intake.symptoms.explain': item(
    '<p>Symptoms are problems your child has because of the tumor.</p><p>Examples are trouble breathing, weak legs, or a belly that gets big fast. For babies with stage MS, symptoms can change the plan.</p>',
    RISK,
  ),
  'intake.resection.ask': item('Did surgery take out all of the tumor?', FACTORS),
  'intake.resection.explain': item(
    '<p>Surgery may take out all of the tumor or only part of it.</p><p>When all of it is gone, the plan may be lighter. The surgeon can tell you what was left.</p>',
    FACTORS,
  ),
  'risk.result.low': item(
    '<p>From your answers, this usually fits the <strong>low risk</strong> group.</p><p>Low risk has a good chance of cure. Treatment is often light. Some babies need none at all.</p>',
    [...RISK, 'nci-hp'],
  ),
  'risk.result.intermediate': item(
    '<p>From your answers, this usually fits the <strong>intermediate risk</strong> group.</p><p>Intermediate risk has a good chance of cure. Treatment often means surgery and some chemo.</p>',
    [...RISK, 'nci-hp'],
  ),
  'risk.result.high': item(
    '<p>From your answers, this usually fits the <strong>high risk</strong> group.</p><p>High risk can be hard to cure. Treatment is strong and has several parts. Care teams have a clear plan for it.</p>',
    [...RISK, 'nci-hp'],
  ),
  'risk.result.undetermined': item('I can’t tell the group from these answers. A few facts I don’t have would change it.', ['nci-hp']),
  'risk.notDiagnosis': item(
    'This is not a diagnosis. Your child’s care team decides the risk group. I can only tell you what these factors usually mean.',
    OURS,
  ),
  'risk.askCareTeam': item('Ask the care team about the facts listed below. They have the test results that decide the group.', OURS),
};
