import { useMemo, useState } from 'preact/hooks';
import type { LocaleContent } from '../../content/types';
import type { Session } from '../../flows/session';
import type { ChatOffer } from '../app/chat-hours';
import type { TextVars } from '../app/text';
import { useOwnStyles } from '../app/use-own-styles';
import { telHref } from '../embed/config';
import { buildSummary } from '../summary/build';
import { SummaryCard } from '../summary/summary-card';
import summaryCss from '../summary/summary.css?inline';
import { visitorRecord, type SaidLine } from '../summary/visitor-summary';
import { words } from '../summary/words';
import { CallCard } from './call-card';
import { ChatStatusText, useChatStatus } from './chat-status';
import { Consent, type Choice } from './consent';
import css from './handoff.css?inline';
import { hasSomething, summaryUnits, toShared, typedLines, withoutEmpty, withTyped, type HandoffDetail, type TranscriptLine } from './shared';
import { openVendorChat, type VendorHooks, type VendorState } from './vendor-chat';

type T = (key: string) => string;

export interface HandoffViewProps {
  content: LocaleContent;
  vars: TextVars;
  chat: ChatOffer;
  /** The widget's clock, read when the card shows (no timers in the machine). */
  now(): Date;
  t: T;
  /** Whether the panel is showing: opening it again reads the clock again. */
  open: boolean;
  /** Only the latest hand-off offers the summary, the choice to share it and the buttons. */
  latest: boolean;
  session: Session;
  transcript: readonly (SaidLine & TranscriptLine)[];
  /** Reports the hand-off; false when the site took it over (preventDefault on helpline:handoff). */
  onHandoff(detail: HandoffDetail): boolean;
  /** The site's own chat (data-chat-provider), opened instead of the link. */
  vendor?: VendorHooks | undefined;
}

const VENDOR_SAYS: Partial<Record<VendorState, string>> = {
  opening: 'handoff.chatOpening',
  opened: 'handoff.chatOpened',
  cut: 'handoff.chatCut',
  failed: 'handoff.chatFailed',
};

/**
 * The hand-off (docs/product.md): whether live chat is staffed, the summary with the visitor's
 * choice to share it, and the big buttons to a person. What a call or a chat carries is only what
 * the visitor saw and chose to share; typed text only when they ticked it in.
 */
export function HandoffView(props: HandoffViewProps) {
  const { content, vars, t, latest, vendor } = props;
  const status = useChatStatus(props.chat, props.now, props.open);
  const box = useOwnStyles<HTMLDivElement>(summaryCss + css);
  const [choice, setChoice] = useState<Choice>('unasked');
  const [includeTyped, setIncludeTyped] = useState(false);
  const [callCard, setCallCard] = useState(false);
  const [vendorState, setVendorState] = useState<VendorState>('idle');

  const w = words(content, vars);
  const record = useMemo(() => visitorRecord(props.session, props.transcript), [props.session, props.transcript]);
  const typed = useMemo(() => typedLines(props.transcript), [props.transcript]);
  const base = withoutEmpty(buildSummary(record, w, 'visitor'), w('summary.explained'));
  const shown = includeTyped ? withTyped(base, typed, t('handoff.typed')) : base;
  const something = hasSomething(base, typed);

  if (!latest) {
    return (
      <div class="line bot card">
        <ChatStatusText status={status} content={content} vars={vars} />
      </div>
    );
  }

  /** What goes with a hand-off: the lines on screen when the visitor chose to share them, else nothing. */
  const sharing = choice === 'share' && something;
  const detail = (channel: HandoffDetail['channel']): HandoffDetail =>
    sharing ? { channel, shared: true, summary: toShared(shown, content.lang) } : { channel, shared: false };

  const onCall = () => void props.onHandoff(detail('phone'));
  const onChat = (event: MouseEvent) => {
    if (!props.onHandoff(detail('chat'))) return event.preventDefault();
    // Without a vendor, or once it has failed, the link (data-chat-url) opens as any link does.
    if (!vendor || vendorState === 'failed') return;
    event.preventDefault();
    setVendorState('opening');
    const consented = sharing ? { shared: toShared(shown, content.lang), units: summaryUnits(shown) } : null;
    void openVendorChat(vendor, consented, window).then(setVendorState);
  };
  const vendorSays = VENDOR_SAYS[vendorState];

  return (
    <div ref={box} class="line bot card handoff-card">
      <ChatStatusText status={status} content={content} vars={vars} />
      {something && callCard && (
        <CallCard
          view={withoutEmpty(buildSummary(record, w, 'visitor'), w('summary.explained'))}
          t={t}
          phone={vars.phone}
          onCall={onCall}
          onBack={() => setCallCard(false)}
        />
      )}
      {something && !callCard && (
        <SummaryCard
          view={shown}
          t={w}
          id="hw-visitor-summary"
          intro={<p class="consent-intro">{t('handoff.shareIntro')}</p>}
          extra={
            <button type="button" class="summary-button" onClick={() => setCallCard(true)}>
              {t('handoff.callCard')}
            </button>
          }
        >
          <Consent
            t={t}
            choice={choice}
            onChoose={setChoice}
            typed={typed.length > 0}
            includeTyped={includeTyped}
            onIncludeTyped={setIncludeTyped}
            chat={status.state === 'open'}
          />
        </SummaryCard>
      )}
      <div class="handoff-actions">
        <a class="handoff-call" href={telHref(vars.phone)} data-handoff="" onClick={onCall}>
          <span>{t('handoff.callNow')}</span> <span class="handoff-number">{vars.phone}</span>
        </a>
        {status.state === 'open' && (
          <a class="handoff-chat" href={status.url} target="_blank" rel="noopener noreferrer" data-handoff="" onClick={onChat}>
            {vendorState === 'failed' ? t('ui.openChat') : t('handoff.chatNow')}
          </a>
        )}
      </div>
      <p class="handoff-status" role="status">
        {vendorSays ? t(vendorSays) : ''}
      </p>
    </div>
  );
}
