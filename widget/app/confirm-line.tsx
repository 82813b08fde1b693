import type { Echo } from './confirmation';

type T = (key: string) => string;

/** Months as the visitor's language writes them ("17.5 months", "17,5 meses"). */
const months = (value: number, lang: string) =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: 'month', unitDisplay: 'long', maximumFractionDigits: 1 }).format(value);

/**
 * "I understood: <the answer>. Is that right?": a typed answer, echoed in words the parent can
 * check before anything is recorded (widget/app/confirmation.ts).
 */
export function ConfirmLine({ echo, t, lang, id }: { echo: Echo; t: T; lang: string; id?: string }) {
  return (
    <p class="line bot" id={id}>
      {t('ui.understood')} <span class="echo-answer">{'months' in echo ? months(echo.months, lang) : t(echo.label)}</span>. {t('ui.isThatRight')}
    </p>
  );
}
