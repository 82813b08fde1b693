import { DEFAULT_CHAT_HOURS, isOpen, nextOpening, parseSchedule, type Schedule } from '../../flows/schedule';

export type ChatStatus = { state: 'open'; url: string } | { state: 'closed'; reopens: Date } | { state: 'none' };

/** What the hand-off card asks about live chat: whether it is offered at a given time. */
export interface ChatOffer {
  status(now: Date): ChatStatus;
}

/** Live chat as configured: the link (data-chat-url) and the staffed hours (data-chat-hours). */
export interface ChatSetup extends ChatOffer {
  url: string | null;
  schedule: Schedule;
}

let defaultSchedule: Schedule | undefined;

/**
 * The default hours, parsed the first time they are needed: resolving a time zone is the first
 * Intl work of the page and costs tens of milliseconds under a throttled CPU (test/bench/size-graph.mjs, bench),
 * which a page whose chat is not linked, or whose visitor never asks for a person, need not pay.
 */
function withDefaultHours(url: string | null): ChatSetup {
  return {
    url,
    get schedule() {
      return (defaultSchedule ??= parseSchedule(DEFAULT_CHAT_HOURS) as Schedule);
    },
    status(now) {
      return chatStatus(this, now);
    },
  };
}

/**
 * data-chat-hours, parsed once per mount; a bad value gets one warning naming it, and the default
 * hours are used (docs/product.md: "a bad value logs one clear console warning naming the attribute").
 */
export function chatSetup(url: string | null, hours: string | null, warn: (message: string) => void): ChatSetup {
  if (hours === null) return withDefaultHours(url);
  const parsed = parseSchedule(hours);
  if (parsed.ok) return { url, schedule: parsed, status: (now) => chatStatus({ url, schedule: parsed }, now) };
  warn(`data-chat-hours="${hours}": ${parsed.message} Using "${DEFAULT_CHAT_HOURS}".`);
  return withDefaultHours(url);
}

/** Chat is offered only while staffed and only when the site gave a link to it. */
export function chatStatus(setup: Omit<ChatSetup, 'status'>, now: Date): ChatStatus {
  if (!setup.url) return { state: 'none' };
  if (isOpen(setup.schedule, now)) return { state: 'open', url: setup.url };
  const reopens = nextOpening(setup.schedule, now);
  // Hours that never come round again (every day closed) amount to no live chat.
  return reopens ? { state: 'closed', reopens } : { state: 'none' };
}
