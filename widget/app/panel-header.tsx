import type { Ref } from 'preact';
import type { Locale } from '../../content/types';

type T = (key: string) => string;

const OTHER: Record<Locale, Locale> = { en: 'es', es: 'en' };

/**
 * Each language's own name, so a visitor finds their language in any interface. Written out
 * rather than asked of Intl.DisplayNames, whose first use loads locale data for tens of
 * milliseconds under a throttled CPU (test/bench/size-graph.mjs, bench); these are the names it gives, capitalized.
 */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

/** A language's own name ("Español"). */
export function languageName(locale: Locale): string {
  return LANGUAGE_NAMES[locale];
}

interface HeaderProps {
  t: T;
  locale: Locale;
  onLocale(locale: Locale): void;
  onStartOver(): void;
  onClose(): void;
  /** The title takes focus when the panel opens (panel.tsx). */
  titleRef: Ref<HTMLHeadingElement>;
}

const ICONS = {
  startOver: 'M4 12a8 8 0 1 0 2.3-5.6M4 4v5h5',
  close: 'M6 6l12 12M18 6L6 18',
};

function IconButton({ label, icon, onClick }: { label: string; icon: string; onClick(): void }) {
  return (
    <button type="button" class="icon-button" aria-label={label} title={label} onClick={onClick}>
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d={icon} />
      </svg>
    </button>
  );
}

/**
 * Title, the language switch, start over and close, on one line (docs/product.md, "header").
 * One Close: a separate Minimize did the same thing, and two buttons with one effect make a
 * visitor wonder which one keeps their answers (both do; the public API's close() is that button).
 */
export function PanelHeader({ t, locale, onLocale, onStartOver, onClose, titleRef }: HeaderProps) {
  const other = OTHER[locale];
  return (
    <div class="header">
      <h2 ref={titleRef} id="hw-title" class="title" tabIndex={-1}>
        {t('ui.title')}
      </h2>
      <div class="header-actions">
        <button type="button" class="language" lang={other} onClick={() => onLocale(other)}>
          {languageName(other)}
        </button>
        <IconButton label={t('opt.startOver')} icon={ICONS.startOver} onClick={onStartOver} />
        <IconButton label={t('ui.close')} icon={ICONS.close} onClick={onClose} />
      </div>
    </div>
  );
}
