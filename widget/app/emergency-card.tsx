import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CallLine } from '../../flows';
import { telHref } from '../embed/config';
import { adoptStyles } from '../embed/styles';
import css from './emergency-card.css?inline';
import { memo } from './memo';
import type { TextVars } from './text';

type T = (key: string) => string;

/** The 988 Suicide & Crisis Lifeline (US): call or text, Spanish too (https://988lifeline.org). */
export const CRISIS_LINE = '988';

const styled = new WeakSet<ShadowRoot>();

/**
 * The numbers to call now, as full-width buttons (links: the phone makes the call): the
 * configured emergency number, and the crisis line by call or by text. The helpline comes after
 * them, in the step's own lines and the call bar.
 */
export const EmergencyCard = memo(function EmergencyCard({ calls, t, vars }: { calls: readonly CallLine[]; t: T; vars: TextVars }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // Styles of its own, brought into whichever shadow root shows the card (as the summary does).
    const root = box.current?.getRootNode();
    if (root instanceof ShadowRoot && !styled.has(root)) {
      styled.add(root);
      adoptStyles(root, css);
    }
    // No scrolling of its own: the card comes right after its step's first line, and the panel
    // places every turn by that line (place-turn.ts). scrollIntoView would also scroll the host page.
  }, []);
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
});
