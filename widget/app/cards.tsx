import { memo } from './memo';
import { factorKey, valueKey, type RiskView } from './risk-view';

type T = (key: string) => string;

/** Whether the risk card has anything to show: facts that led to the group, or what would decide it. */
export const riskCardShown = (risk: RiskView) => (risk.group === 'undetermined' ? risk.deciding : risk.facts).length > 0;

/** Why the estimate came out as it did: the facts that led to the group, or what would decide it. */
export const RiskCard = memo(function RiskCard({ risk, t }: { risk: RiskView; t: T }) {
  if (!riskCardShown(risk)) return null;
  if (risk.group === 'undetermined') {
    return (
      <div class="line bot card">
        <p class="card-heading">{t('ui.decidingFactors')}</p>
        <ul>
          {risk.deciding.map((field) => (
            <li key={field}>{t(factorKey(field))}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div class="line bot card">
      <p class="card-heading">{t('ui.reasons')}</p>
      <ul>
        {risk.facts.map(([field, value]) => (
          <li key={field}>
            {t(factorKey(field))}: {t(valueKey(field, value))}
          </li>
        ))}
      </ul>
    </div>
  );
});

/** What the visitor said: an option's label in the current language, or the text they typed. */
export const UserLine = memo(function UserLine({ label, text, t }: { label?: string | undefined; text?: string | undefined; t: T }) {
  return <p class="line user">{label ? t(label) : text}</p>;
});
