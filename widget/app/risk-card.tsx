import type { LocaleContent } from '../../content/types';
import { ItemBody } from './bot-line';
import { answerKey, factorKey, type RiskView } from './risk-view';
import type { TextVars } from './text';

type T = (key: string) => string;

/** The line that is always inside the result: the estimate is never the care team's word. */
const NOT_DIAGNOSIS = 'risk.notDiagnosis';

export interface RiskCardProps {
  risk: RiskView;
  t: T;
  content: LocaleContent;
  vars: TextVars;
}

/**
 * The risk result as one card (catalog, risk.*): a heading naming the usual group for these
 * answers, what the step says about it, the reasons in the visitor's own words, and "this is not
 * a diagnosis" inside it; the next actions are the options under it. For "undetermined": the
 * groups still possible and the facts that would decide it.
 */
export function RiskCard({ risk, t, content, vars }: RiskCardProps) {
  // Saves from before the card said its lines have none here: their lines were drawn on their own.
  const [first, ...rest] = risk.say ?? [];
  const body = (key: string) => <ItemBody key={key} content={content} itemKey={key} vars={vars} />;
  const list = (heading: string, items: string[]) => (
    <>
      <p class="card-heading">{t(heading)}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
  const undetermined = risk.group === 'undetermined';
  return (
    <div class="line bot card risk-card">
      <h3 class="card-title">
        {undetermined ? (
          t('ui.undeterminedGroup')
        ) : (
          <>
            {t('ui.usualGroup')}: <strong>{t(`opt.group.${risk.group}`)}</strong>
          </>
        )}
      </h3>
      {first && body(first)}
      {undetermined
        ? risk.possible &&
          risk.possible.length > 0 &&
          list(
            'ui.possibleGroups',
            risk.possible.map((group) => t(`opt.group.${group}`)),
          )
        : risk.facts.length > 0 &&
          list(
            'ui.reasons',
            risk.facts.map(([field, value]) => `${t(factorKey(field))}: ${t(answerKey(field, value))}`),
          )}
      {rest.filter((key) => key !== NOT_DIAGNOSIS).map(body)}
      {undetermined &&
        risk.deciding.length > 0 &&
        list(
          'ui.decidingFactors',
          risk.deciding.map((field) => t(factorKey(field))),
        )}
      {rest.includes(NOT_DIAGNOSIS) && <div class="not-diagnosis">{body(NOT_DIAGNOSIS)}</div>}
    </div>
  );
}
