import type { Locale } from '../../content/types';

type T = (key: string) => string;

const OTHER: Record<Locale, Locale> = { en: 'es', es: 'en' };

/** A language's own name ("Español"), so a visitor finds their language in any interface. */
export function languageName(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

interface HeaderProps {
  t: T;
  locale: Locale;
  onLocale(locale: Locale): void;
  onStartOver(): void;
  onMinimize(): void;
  onClose(): void;
}

const ICONS = {
  startOver: 'M4 12a8 8 0 1 0 2.3-5.6M4 4v5h5',
  minimize: 'M5 18h14',
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

/** Title, the language switch, start over, minimize and close (issue 5, "header"). */
export function PanelHeader({ t, locale, onLocale, onStartOver, onMinimize, onClose }: HeaderProps) {
  const other = OTHER[locale];
  return (
    <div class="header">
      <h2 id="hw-title" class="title">
        {t('ui.title')}
      </h2>
      <div class="header-actions">
        <button type="button" class="language" lang={other} onClick={() => onLocale(other)}>
          {languageName(other)}
        </button>
        <IconButton label={t('opt.startOver')} icon={ICONS.startOver} onClick={onStartOver} />
        <IconButton label={t('ui.minimize')} icon={ICONS.minimize} onClick={onMinimize} />
        <IconButton label={t('ui.close')} icon={ICONS.close} onClick={onClose} />
      </div>
    </div>
  );
}
