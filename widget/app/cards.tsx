import { useMemo } from 'preact/hooks';
import type { LocaleContent } from '../../content/types';
import type { ChatOffer } from './chat-hours';
import { memo } from './memo';
import { RichText } from './rich-text';
import { factorKey, valueKey, type RiskView } from './risk-view';
import { fill, type TextVars } from './text';

type T = (key: string) => string;

/** Whether the risk card has anything to show: facts that led to the group, or what would decide it. */
export const riskCardShown = (risk: RiskView) => (risk.group === 'undetermined' ? risk.deciding : risk.facts).length > 0;

/** Why the estimate came out as it did: the facts that led to the group, or what would decide it. */
export const RiskCard = memo(function RiskCard({ risk, t }: { risk: RiskView; t: T }) {
  if (!riskCardShown(risk)) return null;
  if (risk.group === 'undetermined') {
    return (
      <div class="line bot card">
        <p class="card-heading">{t('ui.decidingFactors')}</p>
        <ul>
          {risk.deciding.map((field) => (
            <li key={field}>{t(factorKey(field))}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div class="line bot card">
      <p class="card-heading">{t('ui.reasons')}</p>
      <ul>
        {risk.facts.map(([field, value]) => (
          <li key={field}>
            {t(factorKey(field))}: {t(valueKey(field, value))}
          </li>
        ))}
      </ul>
    </div>
  );
});

/** What the visitor said: an option's label in the current language, or the text they typed. */
export const UserLine = memo(function UserLine({ label, text, t }: { label?: string | undefined; text?: string | undefined; t: T }) {
  return <p class="line user">{label ? t(label) : text}</p>;
});

export interface HandoffCardProps {
  content: LocaleContent;
  vars: TextVars;
  chat: ChatOffer;
  now(): Date;
  t: T;
  /** Whether the panel is showing: opening it again reads the clock again. */
  open: boolean;
  /** False when the site opens its own chat instead of the link. */
  onChat(): boolean;
}

/**
 * Live chat, offered only while staffed and linked (docs/product.md). The clock is read when the card
 * shows, not by a timer in the machine; outside hours the card says when chat reopens, in the
 * visitor's language and time zone, and the phone line and the assistant stay on offer.
 */
export const HandoffCard = memo(function HandoffCard({ content, vars, chat, now, t, open, onChat }: HandoffCardProps) {
  const status = useMemo(() => chat.status(now()), [chat, now, open]);
  const say = (key: string, extra?: Record<string, string>) => {
    const item = content.items[key];
    return item ? <RichText html={fill(item.body, vars, extra)} /> : null;
  };
  return (
    <div class="line bot card">
      {status.state === 'open' && (
        <>
          {say('handoff.chatOpen')}
          <a class="chat-link" href={status.url} target="_blank" rel="noopener noreferrer" onClick={(event) => onChat() || event.preventDefault()}>
            {t('ui.openChat')}
          </a>
        </>
      )}
      {status.state === 'closed' && say('handoff.chatClosed', { reopens: formatReopening(status.reopens, content.lang) })}
      {status.state === 'none' && say('handoff.chatNone')}
    </div>
  );
});

/**
 * When chat reopens, in the visitor's language and own time zone, naming the zone ("Monday
 * 9:00 AM Eastern Standard Time"): the schedule's zone may not be theirs.
 */
export function formatReopening(at: Date, lang: string, timeZone?: string): string {
  const key = `${lang} ${timeZone ?? ''}`;
  let format = reopeningFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'long',
      ...(timeZone ? { timeZone } : {}),
    });
    reopeningFormats.set(key, format);
  }
  return format.format(at);
}

/** One formatter per language and zone, reused by every closed-hours card. */
const reopeningFormats = new Map<string, Intl.DateTimeFormat>();
