import { FACTORS, item, RISK, RECUR } from '../item';
import type { ContentItem, SourceId } from '../types';

const term = (body: string, sources: readonly SourceId[]) => item(body, sources);
const NCI: readonly SourceId[] = ['nci-patient'];

/** Medical words the answers use, each explained in plain words (glossary.<term> items). */
export const glossaryItems: Record<string, ContentItem> = {
  'glossary.mycn': term(
    'MYCN is a gene that helps cells grow. Some tumors have many extra copies of it. This is called “amplified.” It can make a tumor grow fast.',
    FACTORS,
  ),
  'glossary.mibg': term(
    'MIBG is a substance that neuroblastoma cells take in. With a tiny bit of radiation added, it shows the cancer on a scan. With more radiation, it can treat the cancer.',
    NCI,
  ),
  'glossary.stemCellTransplant': term(
    'Stem cells make new blood cells. They are taken from your child and saved. After very strong chemo, they are given back. They help the body make blood again.',
    NCI,
  ),
  'glossary.dinutuximab': term(
    'Dinutuximab is a drug made in a lab. It sticks to neuroblastoma cells. Then the body’s defenses can find and kill them. It is given through a vein.',
    NCI,
  ),
  'glossary.isotretinoin': term(
    'Isotretinoin is a pill like vitamin A. It helps cancer cells stop growing. Children take it during maintenance.',
    RISK,
  ),
  'glossary.histology': term(
    'Histology is how the tumor cells look under a microscope. If they look calm and slow, the lab says favorable. That is a good sign. If not, it says unfavorable.',
    FACTORS,
  ),
  'glossary.ploidy': term('Ploidy is how much DNA each tumor cell has. Hyperdiploid means more than usual. Diploid means the usual amount.', FACTORS),
  'glossary.induction': term('Induction is the first phase of high risk treatment. It uses strong chemo and surgery to shrink the cancer.', RISK),
  'glossary.consolidation': term('Consolidation is the second phase of high risk treatment. It tries to get rid of the cancer cells left.', RISK),
  'glossary.maintenance': term('Maintenance is the last phase of high risk treatment. It helps keep the cancer from coming back.', RISK),
  'glossary.chemotherapy': term(
    'Chemotherapy, or chemo, is medicine that kills cancer cells or stops them from growing. It may be a pill or go into a vein.',
    NCI,
  ),
  'glossary.radiation': term('Radiation therapy uses strong rays, like x-rays, to kill cancer cells. It is aimed at one part of the body.', NCI),
  'glossary.observation': term(
    'Observation means doctors watch closely with checkups and scans. They give no treatment unless something changes.',
    NCI,
  ),
  'glossary.biopsy': term('A biopsy takes a small piece of the tumor. A lab looks at it to learn about the cancer.', NCI),
  'glossary.imaging': term('Imaging means scans that take pictures inside the body. Examples are ultrasound, CT, MRI and MIBG scans.', NCI),
  'glossary.idrf': term(
    'Image-defined risk factors, or IDRFs, are things seen on scans that make surgery riskier. An example is a tumor wrapped around a blood vessel.',
    FACTORS,
  ),
  'glossary.riskGroup': term(
    'The risk group is low, intermediate or high. Doctors use it to plan treatment. Your child’s care team decides it.',
    RISK,
  ),
  'glossary.clinicalTrial': term('A clinical trial is a study that tests a new treatment, or a new way to use one. Joining is always your choice.', [
    'nci-patient',
  ]),
  'glossary.relapse': term('A relapse, or recurrence, is when cancer comes back after treatment.', RECUR),
  'glossary.refractory': term('Refractory means the cancer did not get better with treatment.', RECUR),
  'glossary.gmcsf': term('GM-CSF is a medicine that helps the body make more white blood cells. These cells help fight cancer.', NCI),
  'glossary.il2': term(
    'IL-2 is a protein that makes the body’s defenses stronger. In the past it was given with dinutuximab. It is no longer part of the usual treatment.',
    ['nci-patient'],
  ),
  'glossary.eflornithine': term(
    'Eflornithine, also called DFMO, is a pill that slows the growth of cancer cells. Some children take it for as long as 2 years after maintenance.',
    ['nci-patient'],
  ),
  'glossary.naxitamab': term('Naxitamab is a drug made in a lab. It helps the body’s defenses attack neuroblastoma that came back.', RECUR),
  'glossary.carT': term(
    'In CAR T-cell therapy, some of your child’s own defense cells are changed in a lab. Then they can find and attack cancer cells. It is still being studied.',
    RECUR,
  ),
  'glossary.adrenal': term('The adrenal glands sit on top of the kidneys. Many neuroblastomas start there.', NCI),
  'glossary.stage': term('The stage tells where the cancer is and if it has spread. For neuroblastoma, the stages are L1, L2, M and MS.', FACTORS),
};

/** The words that name each term in English answers; the first is the one shown. */
export const glossaryWords: Record<string, readonly string[]> = {
  mycn: ['MYCN'],
  mibg: ['MIBG'],
  stemCellTransplant: ['stem cell transplant', 'stem cell transplants', 'stem cell rescue'],
  dinutuximab: ['dinutuximab'],
  isotretinoin: ['isotretinoin'],
  histology: ['histology'],
  ploidy: ['ploidy', 'hyperdiploid', 'diploid'],
  induction: ['induction'],
  consolidation: ['consolidation'],
  maintenance: ['maintenance'],
  chemotherapy: ['chemotherapy', 'chemo'],
  radiation: ['radiation'],
  observation: ['observation', 'watch closely', 'watching closely'],
  biopsy: ['biopsy'],
  imaging: ['imaging', 'scans', 'scan'],
  idrf: ['image-defined risk factors', 'IDRFs', 'IDRF'],
  riskGroup: ['risk group', 'risk groups'],
  clinicalTrial: ['clinical trial', 'clinical trials'],
  relapse: ['relapse', 'recurrence'],
  refractory: ['refractory', 'did not respond'],
  gmcsf: ['GM-CSF'],
  il2: ['IL-2'],
  eflornithine: ['eflornithine', 'DFMO'],
  naxitamab: ['naxitamab'],
  carT: ['CAR T-cell therapy', 'CAR T'],
  adrenal: ['adrenal'],
  stage: ['stage', 'stages'],
};
