import type { ContentItem, SourceId } from './types';

/** The day the whole set was last checked against its sources (content.test.ts enforces 12 months). */
export const REVIEWED = '2026-11-21';

/** Source sets most items share, so each claim's provenance reads at a glance. */
export const RISK: readonly SourceId[] = ['acs-risk', 'nci-patient'];
export const FACTORS: readonly SourceId[] = ['nci-patient', 'nci-hp'];
export const RECUR: readonly SourceId[] = ['nci-recurrent', 'acs-risk'];
export const OURS: readonly SourceId[] = ['editorial'];
/** The ACS page's helpline box (number, 24/7, weekday chat): see sources.ts. */
export const HELPLINE: readonly SourceId[] = ['acs-risk'];

/** One thing the assistant says. What a specialist says on a call is in <locale>/scripts.ts. */
export function item(body: string, sources: readonly SourceId[]): ContentItem {
  return { body, sources, reviewed: REVIEWED };
}
