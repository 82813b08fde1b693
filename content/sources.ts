import type { CoreSourceId, Source } from './types';

/**
 * The documents our content draws on, each with the page's own revision date (`revised`), read
 * from the copies the content was written from:
 * - ACS: "Last Revised: December 19, 2023" at the foot of the page copy.
 * - NCI PDQ patient and health-professional versions: 2025-04-28, the "updated" date
 *   docs/risk-table.md gives for the PDQ summary. The patient copy's front matter says only
 *   `lastReviewed: '2025-12-30'`, an archive's own review stamp (its other fields are generic),
 *   not PDQ's "Updated" date, so it is not used here.
 * - The recurrence lists come from the PDQ patient version itself (the adapted copy in
 *   nci-pdq-recurrent-neuroblastoma.txt lost two of them), so that is what we cite.
 * - The helpline facts (number, 24/7, weekday chat) are in the helpline box of that same ACS page
 *   copy, so helpline items cite it: its date is the page's own.
 * - NCI's clinical trial search is a search tool, not a document with a revision date: it is a
 *   link we offer (LINKS), not a source; the trial facts come from the PDQ patient version.
 */
/** PDQ's own Spanish patient summary (cancer.gov/espanol), the same revision as the English one. */
const NCI_PATIENT_ES = {
  title: 'Tratamiento del neuroblastoma (PDQ®): versión para pacientes',
  url: 'https://www.cancer.gov/espanol/tipos/neuroblastoma/paciente/tratamiento-neuroblastoma-pdq',
};

export const SOURCES: Readonly<Record<CoreSourceId, Source>> = {
  'acs-risk': {
    title: 'Treating Neuroblastoma by Risk Group',
    publisher: 'American Cancer Society',
    url: 'https://www.cancer.org/cancer/types/neuroblastoma/treating/by-risk-group.html',
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
  editorial: {
    title: 'Helpline assistant editorial guidelines',
    publisher: 'Helpline assistant project',
    url: 'https://github.com/helpline-widget/helpline-widget/blob/main/content/README.md',
    revised: '2026-11-21',
  },
};

/** Pages we link to that are tools, not sources of what we say. */
export const LINKS = {
  trialSearch: 'https://www.cancer.gov/research/participate/clinical-trials-search',
} as const;
