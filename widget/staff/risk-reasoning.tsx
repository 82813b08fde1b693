import type { RiskResult } from '../../flows/risk';
import { FIELD_STEPS, type Answer } from '../../flows/summary';
import { factText } from '../summary/build';
import type { Words } from '../summary/words';

export interface RiskReasoningProps {
  risk: RiskResult;
  answers: readonly Answer[];
  t: Words;
}

/**
 * Why the flow reached its risk result (docs/product.md): the facts that led to the group and the COG
 * 2021 table rule (flows/risk.ts, PDQ Table 3), or, when undetermined, the groups still possible
 * and the facts that would settle it.
 */
export function RiskReasoning({ risk, answers, t }: RiskReasoningProps) {
  const determined = risk.group !== 'undetermined';
  return (
    <section class="staff-reasoning" aria-labelledby="hw-staff-reasoning">
      <h3 id="hw-staff-reasoning">{t('staff.reasoning')}</h3>
      {determined ? (
        <>
          <h4>{t('staff.facts')}</h4>
          <ul>
            {risk.matchedFacts.map((field) => (
              <li key={field}>{factText(field, answers, t)}</li>
            ))}
          </ul>
          <h4>{t('staff.rule')}</h4>
          <ul>
            {risk.rules.map((rule) => (
              <li key={rule}>{t(`staff.rule.${rule}`)}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <h4>{t('staff.possible')}</h4>
          <p>{risk.possibleGroups.map((g) => t(`summary.group.${g}`)).join(', ')}</p>
          {risk.reasons.map((reason) => (
            <p key={reason}>{t(`staff.reason.${reason}`)}</p>
          ))}
          {risk.invalid.length > 0 && (
            <>
              <h4>{t('staff.invalid')}</h4>
              <ul>
                {risk.invalid.map((field) => (
                  <li key={field}>{factText(field, answers, t)}</li>
                ))}
              </ul>
            </>
          )}
          <h4>{t('staff.settle')}</h4>
          <ul>
            {risk.decidingFactors.map((field) => (
              <li key={field}>{t(`summary.q.${FIELD_STEPS[field]}`)}</li>
            ))}
          </ul>
        </>
      )}
      <p class="staff-muted">{t('staff.source')}</p>
    </section>
  );
}
