import { useLayoutEffect, useRef } from 'preact/hooks';
import { telHref } from '../embed/config';
import type { TextVars } from './text';

type T = (key: string) => string;

/**
 * In place of a step's buttons while its words load apart (the rest of the language, a topic
 * family: visitor-mode.tsx): a calm line, never a button that does nothing. If they cannot load, says so,
 * with the helpline and "Try again" (the next click tries again too); Back, a person and the
 * emergency numbers stay under it (global-controls.tsx).
 */
export function WordsPending({ t, vars, failed, onRetry }: { t: T; vars: TextVars; failed: boolean; onRetry(): void }) {
  const retry = useRef<HTMLButtonElement>(null);
  // The turn is placed once its words are drawn (panel.tsx): until then, the way on is brought into view.
  useLayoutEffect(() => retry.current?.scrollIntoView?.({ block: 'nearest' }), [failed]);
  if (!failed) return <p class="pending">{t('ui.loading')}</p>;
  return (
    <>
      <p class="pending">{t('ui.notLoaded')}</p>
      <button ref={retry} type="button" class="option" onClick={onRetry}>
        {t('ui.retry')}
      </button>
      <a class="option" href={telHref(vars.phone)}>
        {t('ui.callHelpline')}
      </a>
    </>
  );
}
