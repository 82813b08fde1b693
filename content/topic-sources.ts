import type { Source, TopicSourceId } from './types';

/**
 * Sources only the topic families (content/<locale>/topics/) cite, apart from sources.ts so that
 * they load with the topics (widget/app/load-topics.ts), not with every conversation. Each
 * `revised` is the date the page itself shows, as read on the copy used.
 */
export const TOPIC_SOURCES: Readonly<Record<TopicSourceId, Source>> = {
  'nci-late-effects': {
    // NCBI Bookshelf's copy of the PDQ summary shows "Published online: October 29, 2024".
    title: 'Late Effects of Treatment for Childhood Cancer (PDQ), Patient Version',
    publisher: 'National Cancer Institute',
    url: 'https://www.ncbi.nlm.nih.gov/books/n/pdqcis/CDR0000373791/',
    revised: '2024-10-29',
  },
  'akh-fever-neutropenia': {
    // The page shows "Last updated: February 13th 2024".
    title: 'Fever and neutropenia during cancer treatment',
    publisher: 'AboutKidsHealth, The Hospital for Sick Children',
    url: 'https://www.aboutkidshealth.ca/healthaz/oncology/fever-and-neutropenia-during-cancer-treatment/',
    revised: '2024-02-13',
  },
  'review-dinutuximab-pain': {
    // Int J Mol Sci 2021;22(23):12648, "Published: 23 November 2021".
    title:
      'Mechanisms, Characteristics, and Treatment of Neuropathic Pain and Peripheral Neuropathy Associated with Dinutuximab in Neuroblastoma Patients',
    publisher: 'Mastrangelo S et al., International Journal of Molecular Sciences',
    url: 'https://doi.org/10.3390/ijms222312648',
    revised: '2021-11-23',
  },
};
