import type { Source, SourceId } from './types';

/**
 * The documents our content draws on (../shared/clinical/facts.md lists them; copies are in
 * ../shared/sources/). `revised` is the source's own date:
 * - ACS: "Last Revised: December 19, 2023" at the foot of the page copy.
 * - NCI PDQ patient and health-professional versions: 2025-04-28, the "updated" date
 *   risk-groups.md gives for the PDQ summary. The patient copy's front matter says only
 *   `lastReviewed: '2025-12-30'`, an archive's own review stamp (its other fields are generic),
 *   not PDQ's "Updated" date, so it is not used here.
 * - The recurrence lists come from the PDQ patient version itself (the adapted copy in
 *   nci-pdq-recurrent-neuroblastoma.txt lost two of them), so that is what we cite.
 * - The helpline facts (number, 24/7, weekday chat) are on the same ACS page copy.
 */
/** PDQ's own Spanish patient summary (cancer.gov/espanol), the same revision as the English one. */
const NCI_PATIENT_ES = {
  title: 'Tratamiento del neuroblastoma (PDQ®): versión para pacientes',
  url: 'https://www.cancer.gov/espanol/tipos/neuroblastoma/paciente/tratamiento-neuroblastoma-pdq',
};

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'acs-risk': {
    title: 'Treating Neuroblastoma by Risk Group',
    publisher: 'American Cancer Society',
    url: 'https://www.cancer.org/cancer/types/neuroblastoma/treating/by-risk-group.html',
    revised: '2023-12-19',
  },
  'acs-helpline': {
    title: 'Contact the American Cancer Society',
    publisher: 'American Cancer Society',
    url: 'https://www.cancer.org/about-us/contact-us.html',
    revised: '2023-12-19',
  },
  'nci-patient': {
    title: 'Neuroblastoma Treatment (PDQ), Patient Version',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/types/neuroblastoma/patient/neuroblastoma-treatment-pdq',
    revised: '2025-04-28',
    es: NCI_PATIENT_ES,
  },
  'nci-recurrent': {
    title: 'Neuroblastoma Treatment (PDQ), Patient Version: Treatment of Recurrent Neuroblastoma',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/types/neuroblastoma/patient/neuroblastoma-treatment-pdq',
    revised: '2025-04-28',
    es: NCI_PATIENT_ES,
  },
  'nci-hp': {
    title: 'Neuroblastoma Treatment (PDQ), Health Professional Version, Table 3',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/types/neuroblastoma/hp/neuroblastoma-treatment-pdq',
    revised: '2025-04-28',
  },
  'nci-trials': {
    title: 'Find NCI-Supported Clinical Trials',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/research/participate/clinical-trials-search',
    revised: '2025-04-28',
  },
  editorial: {
    title: 'Helpline assistant editorial guidelines',
    publisher: 'Helpline assistant project',
    url: 'https://github.com/helpline-widget/helpline-widget/blob/main/content/README.md',
    revised: '2026-11-21',
  },
};
