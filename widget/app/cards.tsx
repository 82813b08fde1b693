import { memo } from './memo';
import { factorKey, valueKey, type RiskView } from './risk-view';

type T = (key: string) => string;

/** Why the estimate came out as it did: the facts that led to the group, or what would decide it. */
export const RiskCard = memo(function RiskCard({ risk, t }: { risk: RiskView; t: T }) {
  if (risk.group === 'undetermined') {
    if (risk.deciding.length === 0) return null;
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
  if (risk.facts.length === 0) return null;
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
