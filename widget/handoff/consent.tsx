export type Choice = 'unasked' | 'share' | 'keep';

type T = (key: string) => string;

export interface ConsentProps {
  t: T;
  choice: Choice;
  onChoose(choice: Choice): void;
  /** Whether the visitor typed anything that may be shared; the box shows only then. */
  typed: boolean;
  includeTyped: boolean;
  onIncludeTyped(include: boolean): void;
  /** Whether live chat is on offer: a call carries nothing from the screen, so without chat the lines are read out. */
  chat: boolean;
}

/**
 * The visitor's choice, under the lines it is about: share them with the specialist, or not.
 * Nothing leaves the widget until they choose to share (docs/product.md, "Events"); typed text
 * only when they tick the box, and then it shows among the lines first.
 */
export function Consent({ t, choice, onChoose, typed, includeTyped, onIncludeTyped, chat }: ConsentProps) {
  const said = (key: string) => t(chat ? key : `${key}.phone`);
  return (
    <div class="consent">
      {typed && (
        <label class="consent-typed">
          <input type="checkbox" checked={includeTyped} onChange={(event) => onIncludeTyped(event.currentTarget.checked)} />
          <span>{t('handoff.includeTyped')}</span>
        </label>
      )}
      <div class="consent-choice" role="group" aria-label={t('handoff.shareQuestion')}>
        <button type="button" class="consent-button" aria-pressed={choice === 'share'} onClick={() => onChoose('share')}>
          {t('handoff.share')}
        </button>
        <button type="button" class="consent-button" aria-pressed={choice === 'keep'} onClick={() => onChoose('keep')}>
          {t('handoff.dontShare')}
        </button>
      </div>
      <p class="consent-status" role="status">
        {choice === 'share' ? said('handoff.willShare') : choice === 'keep' ? said('handoff.wontShare') : ''}
      </p>
    </div>
  );
}
