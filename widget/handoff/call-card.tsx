import { useLayoutEffect, useRef } from 'preact/hooks';
import { telHref } from '../embed/config';
import type { SummaryView } from '../summary/build';

type T = (key: string) => string;

export interface CallCardProps {
  /** The visitor's summary, its answers in the order the staff guide asks them (flows/session.ts, recordOf), without typed text. */
  view: SummaryView;
  t: T;
  phone: string;
  onCall(): void;
  onBack(): void;
}

/**
 * The summary to read aloud on the phone: large type, one fact per line, in the order a
 * specialist asks for them, with the number as a big call button. It holds only the summary's
 * own lines (answers, the estimate with its "not a diagnosis" line, what was read, questions):
 * never typed text, never anything that names the visitor.
 */
export function CallCard({ view, t, phone, onCall, onBack }: CallCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened by a button that is now gone: focus goes to what replaced it.
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="call-card" aria-labelledby="hw-call-card-title">
      <h3 id="hw-call-card-title" ref={heading} tabIndex={-1}>
        {t('handoff.callCardTitle')}
      </h3>
      <p class="call-card-intro">{t('handoff.callCardIntro')}</p>
      <a class="handoff-call" href={telHref(phone)} data-handoff="" onClick={onCall}>
        {/* The number never breaks across lines: "Llamar al 1-" / "800-227-2345" at 320 px. */}
        <span>{t('handoff.callCardCall')}</span> <span class="handoff-number">{phone}</span>
      </a>
      {view.sections
        .filter((section) => section.lines.length > 0)
        .map((section, i) => (
          <div key={section.heading} class="call-card-section">
            <h4 id={`hw-call-card-s${i}`}>{section.heading}</h4>
            <ul aria-labelledby={`hw-call-card-s${i}`}>
              {section.lines.map((line, j) => (
                <li key={j}>{line}</li>
              ))}
            </ul>
          </div>
        ))}
      <button type="button" class="summary-button" onClick={onBack}>
        {t('handoff.callCardBack')}
      </button>
    </section>
  );
}
