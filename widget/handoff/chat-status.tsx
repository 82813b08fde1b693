import { useMemo } from 'preact/hooks';
import type { LocaleContent } from '../../content/types';
import type { ChatOffer, ChatStatus } from '../app/chat-hours';
import { RichText } from '../app/rich-text';
import { fill, type TextVars } from '../app/text';

/** The chat's state when the card shows: the clock is read then, and again when the panel opens (no timers in the machine). */
export function useChatStatus(chat: ChatOffer, now: () => Date, open: boolean): ChatStatus {
  return useMemo(() => chat.status(now()), [chat, now, open]);
}

/**
 * Live chat, offered only while staffed and linked (docs/product.md): open now, or when it
 * reopens, in the visitor's language and time zone, or not offered here.
 */
export function ChatStatusText({ status, content, vars }: { status: ChatStatus; content: LocaleContent; vars: TextVars }) {
  const say = (key: string, extra?: Record<string, string>) => {
    const item = content.items[key];
    return item ? <RichText html={fill(item.body, vars, extra)} /> : null;
  };
  if (status.state === 'open') return say('handoff.chatOpen');
  if (status.state === 'closed') return say('handoff.chatClosed', { reopens: formatReopening(status.reopens, content.lang) });
  return say('handoff.chatNone');
}

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
