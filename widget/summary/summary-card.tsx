import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { copyText } from './copy-text';
import { summaryText, type SummaryView } from './build';
import type { Words } from './words';

export interface SummaryCardProps {
  view: SummaryView;
  t: Words;
  /** Id prefix, so two cards on one page keep unique ids. */
  id?: string;
  /** A line under the title (the hand-off: what sharing means). */
  intro?: ComponentChildren;
  /** Drawn after the lines, before the buttons (the hand-off: the choice to share them). */
  children?: ComponentChildren;
  /** More buttons beside Copy and Print (the hand-off: the call card). */
  extra?: ComponentChildren;
  /**
   * Sections the page already shows beside the card (staff mode's answers, each with Change):
   * drawn for print only, so the screen lists them once. Copy keeps every section.
   */
  printOnly?: readonly number[];
}

type CopyState = 'idle' | 'copied' | 'fallback';

/**
 * The summary as a card with "Copy" (plain text, one button) and "Print" (window.print; the
 * print stylesheet in summary.css shows only this card). When the clipboard is not available
 * the text appears selected in a read-only box with a Ctrl+C hint.
 */
export function SummaryCard({ view, t, id = 'hw-summary', intro, children, extra, printOnly = [] }: SummaryCardProps) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const box = useRef<HTMLTextAreaElement>(null);
  const text = summaryText(view);

  useLayoutEffect(() => {
    if (copy !== 'fallback' || !box.current) return;
    box.current.focus();
    box.current.select();
  }, [copy, text]);

  // A changed summary is not what was copied: clear the confirmation.
  useLayoutEffect(() => setCopy((c) => (c === 'copied' ? 'idle' : c)), [text]);

  const onCopy = async () => setCopy((await copyText(text)) ? 'copied' : 'fallback');
  const onPrint = () => {
    const win = box.current?.ownerDocument.defaultView ?? globalThis.window;
    win?.print();
  };

  return (
    <section class="summary-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="summary-title">
        {view.title}
      </h3>
      {intro}
      {view.sections.map((section, i) => (
        <div key={section.heading} class={printOnly.includes(i) ? 'summary-section print-only' : 'summary-section'}>
          <h4 id={`${id}-s${i}`}>{section.heading}</h4>
          <ul aria-labelledby={`${id}-s${i}`}>
            {section.lines.map((line, j) => (
              <li key={j}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
      {children}
      <div class="summary-actions">
        <button type="button" class="summary-button" onClick={() => void onCopy()}>
          {t('summary.copy')}
        </button>
        <button type="button" class="summary-button" onClick={onPrint}>
          {t('summary.print')}
        </button>
        {extra}
      </div>
      <p class="summary-status" role="status">
        {copy === 'copied' ? t('summary.copied') : copy === 'fallback' ? t('summary.copyFallback') : ''}
      </p>
      <label class="summary-text" hidden={copy !== 'fallback'}>
        <span>{t('summary.textLabel')}</span>
        <textarea ref={box} readOnly rows={8} value={text} />
      </label>
    </section>
  );
}
