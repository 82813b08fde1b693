/**
 * Where an estimate or a recurrence leads: which explanation the visitor reads next. Pure.
 */
import type { RecurrencePlace, TreatmentGroup } from './context';
import type { RiskGroup, RiskResult } from './risk';

/**
 * The explanation for an intake estimate. Low risk by the stage MS row (L3: infants under 12
 * months, every feature favorable) has its own explanation, "infants with stage MS" (docs/product.md);
 * every other group reads its group's page.
 */
export function treatmentFor(result: RiskResult): TreatmentGroup | undefined {
  if (result.group === 'undetermined') return undefined;
  if (result.group === 'low' && result.rules.length > 0 && result.rules.every((rule) => rule === 'L3')) return 'infantMS';
  return result.group;
}

export const RECURRENCE_OUTCOMES = ['lowSame', 'lowElsewhere', 'intermediateSame', 'intermediateElsewhere', 'high', 'cns', 'unknown'] as const;
export type RecurrenceOutcome = (typeof RECURRENCE_OUTCOMES)[number];

/**
 * The recurrence options page (NCI PDQ, "Treatment of Recurrent Neuroblastoma" sorts by the first
 * risk group and where it came back). A return in the brain or spinal cord has its own page
 * whatever the first group; after high-risk disease, same place or elsewhere have the same
 * options; an unknown group or place gives the general page with what to ask the care team.
 */
export function recurrenceOutcome(firstGroup: RiskGroup | 'unknown' | undefined, where: RecurrencePlace | 'unknown' | undefined): RecurrenceOutcome {
  if (where === 'cns') return 'cns';
  if (where !== 'same' && where !== 'elsewhere') return 'unknown';
  if (firstGroup === 'high') return 'high';
  if (firstGroup === 'low' || firstGroup === 'intermediate') return where === 'same' ? `${firstGroup}Same` : `${firstGroup}Elsewhere`;
  return 'unknown';
}
