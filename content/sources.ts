import type { Source, SourceId } from './types';

/** The documents our content draws on (../shared/clinical/facts.md lists them with their dates). */
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
  },
  'nci-recurrent': {
    title: 'Treatment of Recurrent Neuroblastoma (PDQ), Patient Version',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/types/neuroblastoma/patient/neuroblastoma-treatment-pdq',
    revised: '2025-04-28',
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
