import { DEFAULT_CHAT_HOURS, isOpen, nextOpening, parseSchedule, type Schedule } from '../../flows/schedule';

/** Live chat as configured: the link (data-chat-url) and the staffed hours (data-chat-hours). */
export interface ChatSetup {
  url: string | null;
  schedule: Schedule;
}

let defaultSchedule: Schedule | undefined;

/**
 * The default hours, parsed the first time they are needed: resolving a time zone is the first
 * Intl work of the page and costs tens of milliseconds under a throttled CPU (issue 7, bench),
 * which a page whose chat is not linked, or whose visitor never asks for a person, need not pay.
 */
function withDefaultHours(url: string | null): ChatSetup {
  return {
    url,
    get schedule() {
      return (defaultSchedule ??= parseSchedule(DEFAULT_CHAT_HOURS) as Schedule);
    },
  };
}

/**
 * data-chat-hours, parsed once per mount; a bad value gets one warning naming it, and the default
 * hours are used (product.md: "a bad value logs one clear console warning naming the attribute").
 */
export function chatSetup(url: string | null, hours: string | null, warn: (message: string) => void): ChatSetup {
  if (hours === null) return withDefaultHours(url);
  const parsed = parseSchedule(hours);
  if (parsed.ok) return { url, schedule: parsed };
  warn(`data-chat-hours="${hours}": ${parsed.message} Using "${DEFAULT_CHAT_HOURS}".`);
  return withDefaultHours(url);
}

export type ChatStatus = { state: 'open'; url: string } | { state: 'closed'; reopens: Date } | { state: 'none' };

/** Chat is offered only while staffed and only when the site gave a link to it. */
export function chatStatus(setup: ChatSetup, now: Date): ChatStatus {
  if (!setup.url) return { state: 'none' };
  if (isOpen(setup.schedule, now)) return { state: 'open', url: setup.url };
  const reopens = nextOpening(setup.schedule, now);
  // Hours that never come round again (every day closed) amount to no live chat.
  return reopens ? { state: 'closed', reopens } : { state: 'none' };
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
