import { item, RISK } from '../item';
import type { ContentItem } from '../types';

/** Treatment for each group (ACS "Treating Neuroblastoma by Risk Group", NCI PDQ patient version). */
export const treatment: Record<string, ContentItem> = {
  'treatment.low': item(
    '<p>Low risk treatment is often light.</p><ul><li>If surgery can take out the tumor, that may be all your child needs.</li><li>If a little tumor is left, doctors often just watch it. It may shrink or go away by itself.</li><li>Chemo is used if the tumor can’t be removed, grows, or causes problems. Chemo is medicine that kills cancer cells.</li><li>If the tumor presses on the spine or makes it hard to breathe, a short course of chemo may come first.</li><li>Radiation is used only if serious problems don’t get better fast.</li></ul><p>Some babies need no treatment. Doctors watch them closely with scans.</p>',
    RISK,
  ),
  'treatment.intermediate': item(
    '<p>For intermediate risk, surgery is important. But it is rarely enough alone.</p><ul><li>Many children get chemo. The number of rounds depends on the tumor and how it responds. It is often 2, 4 or 8 rounds.</li><li>Chemo may come before or after surgery. Given first, it can shrink the tumor.</li><li>Doctors check the tumor after every 2 rounds. If it shrinks fast, your child may need less chemo.</li><li>Radiation is not often needed.</li></ul><p>For some babies, surgery alone is enough. For others, doctors may only watch the tumor closely.</p>',
    RISK,
  ),
  'treatment.high.overview': item(
    '<p>High risk needs strong treatment. It often lasts a year or more.</p><p>It comes in three phases:</p><ol><li>Induction: shrink the cancer.</li><li>Consolidation: get rid of the cells that are left.</li><li>Maintenance: help keep the cancer from coming back.</li></ol><p>I can tell you about each phase.</p>',
    RISK,
  ),
  'treatment.high.induction': item(
    '<p><strong>Phase 1: induction.</strong> The goal is to shrink the cancer as much as possible.</p><ul><li>Your child gets several chemo drugs, in turns, at high doses.</li><li>Then a surgeon takes out the tumor that is still there.</li></ul><p>Some new drugs are being tested in this phase.</p>',
    RISK,
  ),
  'treatment.high.consolidation': item(
    '<p><strong>Phase 2: consolidation.</strong> The goal is to get rid of any cancer cells left.</p><ul><li>Your child gets very high doses of chemo.</li><li>Then your child has a stem cell transplant, sometimes two. This gives back the blood-making cells the chemo harmed.</li><li>After that, radiation aims at where the tumor started, and at other spots scans still show.</li></ul>',
    RISK,
  ),
  'treatment.high.maintenance': item(
    '<p><strong>Phase 3: maintenance.</strong> The goal is to keep the cancer from coming back.</p><ul><li>It lasts about 6 months.</li><li>Your child takes isotretinoin. This is a pill like vitamin A.</li><li>Your child gets dinutuximab. It helps the body’s defenses find cancer cells.</li><li>GM-CSF is given too. It makes the body’s defenses stronger.</li></ul><p>After this, a pill called eflornithine (also called DFMO) may follow, for as long as 2 years.</p>',
    RISK,
  ),
  'treatment.infantMS': item(
    '<p>Many babies with stage MS do well.</p><ul><li>If the baby has no symptoms, doctors often just watch. The tumor often goes away by itself.</li><li>Chemo is used for babies who have symptoms, for very young babies, or when the tumor has signs that it may grow fast. A big liver can make breathing hard. Chemo can shrink it.</li><li>If the liver does not shrink fast with chemo, radiation may help.</li></ul><p>Babies with high-risk signs get stronger care.</p>',
    RISK,
  ),
  'treatment.smallAdrenal': item(
    '<p>Babies under 6 months may have a small tumor on the adrenal gland. It sits on top of a kidney.</p><ul><li>Often no surgery is needed. Doctors watch the tumor with scans.</li><li>Many of these tumors go away by themselves.</li><li>If the tumor grows or causes problems, surgery or chemo may be used.</li></ul>',
    RISK,
  ),
};
