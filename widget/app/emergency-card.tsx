import type { CallLine } from '../../flows';
import { telHref } from '../embed/config';
import css from './emergency-card.css?inline';
import { useOwnStyles } from './use-own-styles';
import type { TextVars } from './text';

type T = (key: string) => string;

/** The 988 Suicide & Crisis Lifeline (US): call or text, Spanish too (https://988lifeline.org). */
export const CRISIS_LINE = '988';

/**
 * The numbers to call now, as full-width buttons (links: the phone makes the call): the
 * configured emergency number, and the crisis line by call or by text. The helpline comes after
 * them, in the step's own lines and the call bar.
 */
export function EmergencyCard({ calls, t, vars }: { calls: readonly CallLine[]; t: T; vars: TextVars }) {
  const box = useOwnStyles<HTMLDivElement>(css);
  return (
    <div ref={box} class="line bot card calls" role="group" aria-label={t('ui.callNow')}>
      {calls.includes('emergency') && (
        <a class="call-now danger" href={telHref(vars.emergency)}>
          {t('ui.callEmergency')}
        </a>
      )}
      {calls.includes('crisis') && (
        <div class="calls-pair">
          <a class="call-now" href={`tel:${CRISIS_LINE}`}>
            {t('ui.callCrisis')}
          </a>
          <a class="call-now" href={`sms:${CRISIS_LINE}`}>
            {t('ui.textCrisis')}
          </a>
        </div>
      )}
    </div>
  );
}
