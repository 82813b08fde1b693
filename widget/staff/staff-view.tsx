import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LocaleContent, StaffContent } from '../../content/types';
import { RichText } from '../app/rich-text';
import { fill, type TextVars } from '../app/text';
import { buildSummary } from '../summary/build';
import { SummaryCard } from '../summary/summary-card';
import { words } from '../summary/words';
import { AnswersPanel } from './answers-panel';
import type { Call, CallState } from './call';
import { RiskReasoning } from './risk-reasoning';
import { shortcutFor } from './shortcuts';
import { scriptFor } from './script-for';

export interface StaffViewProps {
  call: Call;
  /** The content of the call's language (staff-mode.tsx loads it before switching). */
  content: LocaleContent;
  /** Staff mode's own strings and script lines, in the same language (content/<locale>/staff.ts). */
  staff: StaffContent;
  vars: TextVars;
}

/** Subscribe in a layout effect: Preact defers effects, and a change right after mount would be missed. */
function useCall(call: Call): CallState {
  const [state, setState] = useState(call.getState());
  useLayoutEffect(() => {
    setState(call.getState());
    return call.subscribe(() => setState(call.getState()));
  }, [call]);
  return state;
}

/**
 * The staff view (docs/product.md): the conversation as a script a helpline specialist reads from on a
 * call. Per step, the line to say (the step's script line, else the item's body), the options as large
 * buttons with number keys, the caller's answers (each changeable), the reasoning behind a risk
 * result, and the call summary to copy or print.
 */
export function StaffView({ call, content, staff, vars }: StaffViewProps) {
  const state = useCall(call);
  // The visitor content has the summary's strings; the staff content adds the guide's own. The
  // content's win: a site's overrides of either are applied to it (staff-mode.tsx).
  const c = useMemo(() => ({ ...content, ui: { ...staff.ui, ...content.ui } }), [content, staff]);
  const t = words(c, vars);
  const heading = useRef<HTMLHeadingElement>(null);
  const acted = useRef(false);
  const { step, record } = state;

  // After a choice, focus goes to the new script so a screen reader reads it and no focus is lost
  // to a button that no longer exists. Not on first render: an inline embed must not steal focus.
  useEffect(() => {
    if (acted.current) heading.current?.focus();
    acted.current = false;
  }, [step.id, state.explaining]);

  const act = (fn: () => void) => {
    acted.current = true;
    fn();
  };

  /**
   * Start over (Esc or its button) asks first: erasing a call by a stray Esc mid-call would lose
   * the caller's answers. While it asks, Esc keeps the call and the other keys wait.
   */
  const [confirming, setConfirming] = useState(false);
  const confirming$ = useRef(false);
  confirming$.current = confirming;
  const erase = useRef<HTMLButtonElement>(null);
  const askRestart = () => setConfirming(true);
  const keepCall = () => {
    setConfirming(false);
    acted.current = true;
    heading.current?.focus();
  };
  useLayoutEffect(() => {
    if (confirming) erase.current?.focus();
  }, [confirming]);

  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // On the document, not the view: focus may sit on <body> after a button disappears, and a
    // specialist's keys should still work. Text fields anywhere are left alone (shortcuts.ts).
    // A layout effect, as for the call itself: a key pressed right after the view appears counts.
    const doc = root.current?.ownerDocument;
    const guide = root.current;
    if (!doc || !guide) return;
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event, guide);
      if (!action) return;
      const current = call.getState();
      if (confirming$.current) {
        if (action.kind !== 'restart') return;
        event.preventDefault();
        keepCall();
      } else if (action.kind === 'option') {
        const option = current.step.options[action.index];
        if (!option) return;
        event.preventDefault();
        act(() => call.choose(option));
      } else if (action.kind === 'back') {
        event.preventDefault();
        if (current.canGoBack) act(() => call.back());
      } else {
        event.preventDefault();
        askRestart();
      }
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [call]);

  const said = (key: string) => {
    const item = c.items[key];
    return item ? fill(scriptFor(staff.scripts, key) ?? item.body, vars) : '';
  };
  const summary = buildSummary(record, t, 'staff');
  const risk = step.kind === 'result' ? (step.risk ?? summary.data.risk) : null;

  return (
    <div ref={root} class="staff" lang={c.lang}>
      <header class="staff-header">
        <h2 class="staff-title">{t('staff.title')}</h2>
        <p class="staff-keys">{t('staff.shortcuts')}</p>
      </header>
      <div class="staff-layout">
        <div class="staff-main">
          <section class="staff-script" aria-labelledby="hw-staff-say">
            <h3 id="hw-staff-say" ref={heading} tabIndex={-1}>
              {t('staff.say')}
            </h3>
            {step.say.map((key) => (
              <RichText key={key} class="staff-line" html={said(key)} />
            ))}
            {state.explaining && (
              <div class="staff-explained">
                <h4>{t('staff.explained')}</h4>
                <RichText class="staff-line" html={said(state.explaining)} />
              </div>
            )}
          </section>
          <div class="staff-options" role="group" aria-label={t('staff.options')}>
            {step.options.map((option, i) => (
              <button
                key={`${step.id}-${option.label}`}
                type="button"
                class="staff-option"
                aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
                onClick={() => act(() => call.choose(option))}
              >
                {i < 9 && (
                  <kbd class="staff-kbd" aria-hidden="true" title={t('staff.key', { key: String(i + 1) })}>
                    {i + 1}
                  </kbd>
                )}
                <span>{t(option.label)}</span>
              </button>
            ))}
          </div>
          <div class="staff-nav">
            <button
              type="button"
              class="staff-secondary"
              aria-keyshortcuts="Backspace"
              disabled={!state.canGoBack}
              onClick={() => act(() => call.back())}
            >
              <kbd class="staff-kbd" aria-hidden="true">
                ⌫
              </kbd>{' '}
              <span>{t('staff.back')}</span>
            </button>
            <button type="button" class="staff-secondary" aria-keyshortcuts="Escape" aria-expanded={confirming} onClick={askRestart}>
              <kbd class="staff-kbd" aria-hidden="true">
                Esc
              </kbd>{' '}
              <span>{t('staff.startOver')}</span>
            </button>
          </div>
          {confirming && (
            <div class="staff-confirm" role="group" aria-labelledby="hw-staff-confirm">
              <p id="hw-staff-confirm">{t('staff.confirmRestart')}</p>
              <div class="staff-nav">
                <button
                  ref={erase}
                  type="button"
                  class="staff-secondary"
                  onClick={() => {
                    setConfirming(false);
                    act(() => call.restart());
                  }}
                >
                  {t('staff.confirmYes')}
                </button>
                <button type="button" class="staff-secondary" onClick={keepCall}>
                  {t('staff.confirmNo')}
                </button>
              </div>
            </div>
          )}
          {risk && <RiskReasoning risk={risk} answers={record.answers} t={t} />}
        </div>
        <div class="staff-side">
          <AnswersPanel answers={record.answers} t={t} onChange={(id) => act(() => call.revisit(id))} />
          {/* The answers are listed once on screen, beside it with Change; printed and copied with the summary. */}
          <SummaryCard view={summary} t={t} id="hw-staff-summary" printOnly={[0]} />
        </div>
      </div>
    </div>
  );
}
