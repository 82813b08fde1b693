/**
 * Staffed live-chat hours: parse the data-chat-hours setting (docs/product.md, "Embedding contract"),
 * then answer "is chat staffed now?" and "when does it open next?" for any instant.
 *
 * Hours are wall-clock times in the schedule's IANA time zone, so "08:00" means 08:00 in
 * Chicago in winter and in summer. Wall-clock parts come from Intl.DateTimeFormat with that
 * timeZone. Pure: no DOM, no timers, no I/O; formatting for the visitor's locale belongs to
 * the widget.
 *
 * Daylight saving time, on the two days a year the wall clock jumps:
 * - a time that does not exist (spring forward: 02:30 on 2026-03-08 in Chicago) opens at the
 *   first instant the clock reads later than it (03:00 CDT), the instant chat becomes open;
 * - a time that happens twice (fall back: 01:30 on 2026-11-01 in Chicago) happens twice here
 *   too: isOpen reads only the wall clock, so hours 01:30-03:00 open at 01:30 CDT, close when
 *   the clock goes back to 01:00 CST, and open again at 01:30 CST. Staffed hours near 01:00 and
 *   02:00 are unlikely; what matters is that every answer is consistent with isOpen.
 */

/**
 * The default when a site sets no data-chat-hours. shared/clinical/facts.md ("Helpline"): ACS
 * offers live chat on weekdays, and its public pages disagree on the start (one says Mon-Fri
 * 07:00-18:30 US Central, another 08:00-18:30). The default is the overlap both pages promise,
 * so the widget never offers a chat that may be unstaffed; between 07:00 and 08:00 it still shows
 * the 24/7 phone line. Hours are configuration, never hard-coded in logic (facts.md).
 */
export const DEFAULT_CHAT_HOURS = 'Mon-Fri 08:00-18:30 America/Chicago';

export type Weekday = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';

/** Monday first (ISO 8601), the order day ranges like "Fri-Mon" count in. */
export const WEEKDAYS: readonly Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export interface OpeningHours {
  readonly day: Weekday;
  /** Minutes after local midnight, 0 to 1439. */
  readonly opens: number;
  /** Minutes after local midnight, after `opens`; 1440 is 24:00 (the end of the day). */
  readonly closes: number;
}

export interface Schedule {
  readonly ok: true;
  /** Canonical IANA zone name (as Intl resolves it). */
  readonly timeZone: string;
  /** Sorted by day (Monday first), then by opening time. */
  readonly hours: readonly OpeningHours[];
  /** Whole days without chat, as local dates "YYYY-MM-DD" in the schedule's zone; sorted. */
  readonly closedDates: readonly string[];
}

export interface ScheduleError {
  readonly ok: false;
  /** One sentence for the console, quoting the part of the text that is wrong. */
  readonly message: string;
}

const EXAMPLE = 'e.g. "Mon-Fri 08:00-18:30 America/Chicago"';
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** How far nextOpening/nextClosing look ahead: over a year, so yearly closed dates are covered. */
const HORIZON_DAYS = 400;
/**
 * More than any UTC offset (-12 to +14 hours): every instant whose local date is day D lies
 * within this much of D's midnight read as UTC.
 */
const MAX_SPREAD_MS = 15 * 3_600_000;
/** Longest closed-date range accepted ("closed 2026-12-24-2027-01-01"), to keep lists small. */
const MAX_CLOSED_RANGE_DAYS = 366;

// ---------------------------------------------------------------------------------------------
// Parsing

function fail(message: string): ScheduleError {
  return { ok: false, message };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "08:00" for 480; "24:00" for 1440. */
export function formatTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A day name: Mon, Monday, tues, THU... (three letters or more of the English name). */
function parseDay(word: string): Weekday | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  const names = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const index = names.findIndex((name) => name.startsWith(w));
  return index < 0 ? undefined : WEEKDAYS[index];
}

/** "Mon" or "Mon-Fri"; a range may wrap past Sunday ("Fri-Mon"). */
function parseDays(token: string): Weekday[] | undefined {
  const [first, last, extra] = token.split('-');
  if (first === undefined || extra !== undefined) return undefined;
  const from = parseDay(first);
  const to = last === undefined ? from : parseDay(last);
  if (from === undefined || to === undefined) return undefined;
  const days: Weekday[] = [];
  for (let i = WEEKDAYS.indexOf(from); ; i = (i + 1) % 7) {
    days.push(WEEKDAYS[i] as Weekday);
    if (WEEKDAYS[i] === to) return days;
  }
}

/** "HH:MM" (or "H:MM") to minutes; 24:00 only where `allow24`. */
function parseClock(text: string, allow24: boolean): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && (min !== 0 || !allow24))) return undefined;
  return h * 60 + min;
}

function parseTimeRange(token: string): { opens: number; closes: number } | ScheduleError {
  const [from, to, extra] = token.split('-');
  const opens = from === undefined ? undefined : parseClock(from, false);
  const closes = to === undefined ? undefined : parseClock(to, true);
  if (extra !== undefined || opens === undefined || closes === undefined) {
    return fail(`"${token}" is not a time range: write HH:MM-HH:MM with times from 00:00 to 24:00, ${EXAMPLE}.`);
  }
  if (closes <= opens) {
    return fail(`"${token}" closes before it opens: split hours past midnight across two days, e.g. "Fri 22:00-24:00, Sat 00:00-02:00".`);
  }
  return { opens, closes };
}

/** Civil date (proleptic Gregorian) to the UTC instant of its midnight, plus optional time. */
function civilMs(year: number, month: number, day: number, minutes = 0, seconds = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // not Date.UTC: it maps years 0-99 to 1900-1999
  return d.getTime() + minutes * MINUTE_MS + seconds * 1000;
}

/** The civil midnight at or before a civil (wall-clock-as-UTC) instant. */
function startOfDay(ms: number): number {
  return ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
}

/** "YYYY-MM-DD" of a civil-midnight instant. */
function isoDate(dayMs: number): string {
  const d = new Date(dayMs);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A real calendar date "YYYY-MM-DD" to its civil-midnight instant. */
function parseDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const ms = civilMs(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoDate(ms) === text ? ms : undefined; // rejects 2026-02-30, month 13, ...
}

/** "2026-12-25" or a range "2026-12-24-2026-12-26" to the list of dates. */
function parseClosed(token: string): string[] | ScheduleError {
  const m = /^(\d{4}-\d{2}-\d{2})(?:-(\d{4}-\d{2}-\d{2}))?$/.exec(token);
  const from = m?.[1] === undefined ? undefined : parseDate(m[1]);
  const to = m?.[2] === undefined ? from : parseDate(m[2]);
  if (from === undefined || to === undefined) {
    return fail(`"${token}" is not a date: write closed dates as YYYY-MM-DD, e.g. "closed 2026-12-25, 2027-01-01".`);
  }
  if (to < from || (to - from) / DAY_MS >= MAX_CLOSED_RANGE_DAYS) {
    return fail(`"${token}" is not a date range of one year or less (first date first).`);
  }
  const dates: string[] = [];
  for (let ms = from; ms <= to; ms += DAY_MS) dates.push(isoDate(ms));
  return dates;
}

/** Zone names already resolved: building a DateTimeFormat with a zone is costly (test/bench/size-graph.mjs, bench). */
const resolvedZones = new Map<string, string | undefined>();

/** The canonical name of an IANA time zone Intl knows, or undefined. */
function parseTimeZone(name: string): string | undefined {
  if (resolvedZones.has(name)) return resolvedZones.get(name);
  let resolved: string | undefined;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    resolved = undefined; // RangeError: invalid time zone
  }
  resolvedZones.set(name, resolved);
  return resolved;
}

/**
 * Parses the data-chat-hours format:
 *
 *     Mon-Fri 08:00-18:30 America/Chicago
 *     Mon-Fri 08:00-18:30, Sat 09:00-13:00 America/New_York
 *     Mon,Wed,Fri 09:00-12:00 13:00-17:00; Sat-Sun closed Europe/Madrid
 *     Mon-Fri 08:00-18:30 America/Chicago; closed 2026-12-25, 2026-12-31-2027-01-01
 *
 * Days (English, three letters or more, any case; ranges may wrap: "Fri-Mon"), each followed by
 * one or more time ranges HH:MM-HH:MM (24:00 may end a range); "closed" after days means those
 * days have no hours; "closed" followed by dates YYYY-MM-DD (or date ranges) lists whole days
 * without chat; exactly one IANA time zone, anywhere. Commas, semicolons and spaces separate.
 * Never throws: bad input gives a ScheduleError whose message quotes the wrong part.
 */
export function parseSchedule(text: string): Schedule | ScheduleError {
  if (typeof text !== 'string') return fail(`chat hours must be text, ${EXAMPLE}.`);
  const tokens = text
    .replace(/[\u2010-\u2015\u2212]/g, '-') // typographic dashes, as pasted from a web page
    .replace(/\s*-\s*/g, '-')
    .split(/[\s,;]+/)
    .filter((t) => t !== '');
  if (tokens.length === 0) return fail(`chat hours are empty, ${EXAMPLE}.`);

  const hours: OpeningHours[] = [];
  const closedDays = new Set<Weekday>();
  const closedDates = new Set<string>();
  let timeZone: string | undefined;
  let pendingDays: Weekday[] = [];
  let lastDays: Weekday[] = [];
  let closedMode = false;

  for (const token of tokens) {
    if (/^closed$/i.test(token)) {
      for (const day of pendingDays) closedDays.add(day);
      pendingDays = [];
      lastDays = [];
      closedMode = true;
    } else if (/^\d{4}-\d{2}-\d{2}/.test(token)) {
      if (!closedMode) return fail(`"${token}" looks like a date: list closed dates after "closed", e.g. "closed 2026-12-25".`);
      const dates = parseClosed(token);
      if (!Array.isArray(dates)) return dates;
      for (const date of dates) closedDates.add(date);
    } else if (/^\d/.test(token)) {
      const range = parseTimeRange(token);
      if ('ok' in range) return range;
      const days = pendingDays.length > 0 ? pendingDays : lastDays;
      if (days.length === 0) return fail(`"${token}" has no days before it, ${EXAMPLE}.`);
      for (const day of days) hours.push({ day, ...range });
      lastDays = days;
      pendingDays = [];
    } else {
      const days = /^[a-z]+(-[a-z]+)?$/i.test(token) ? parseDays(token) : undefined;
      if (days) {
        pendingDays = [...pendingDays, ...days];
        continue;
      }
      const zone = parseTimeZone(token);
      if (zone === undefined) {
        const what = /^[a-z]+(-[a-z]+)?$/i.test(token)
          ? 'a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun) or a time zone'
          : 'a known IANA time zone (e.g. America/Chicago)';
        return fail(`"${token}" is not ${what}.`);
      }
      if (timeZone !== undefined && timeZone !== zone) {
        return fail(`two time zones, "${timeZone}" and "${token}": give one zone for all the hours.`);
      }
      timeZone = zone;
    }
  }

  if (pendingDays.length > 0) {
    return fail(`"${pendingDays.join(', ')}" has no hours after it: add a time range such as 09:00-13:00, or "closed".`);
  }
  if (hours.length === 0) return fail(`no opening hours: give days and a time range, ${EXAMPLE}.`);
  if (timeZone === undefined) return fail(`no time zone: end with an IANA zone such as America/Chicago, ${EXAMPLE}.`);
  const both = hours.find((h) => closedDays.has(h.day));
  if (both) return fail(`"${both.day}" is listed both with hours and as closed.`);

  hours.sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.opens - b.opens || a.closes - b.closes);
  return { ok: true, timeZone, hours, closedDates: [...closedDates].sort() };
}

// ---------------------------------------------------------------------------------------------
// Wall clock in a zone

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: Weekday;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** "YYYY-MM-DD" */
  readonly date: string;
  readonly timeZone: string;
}

/** Formatters are costly to build and are reused for every instant (one per zone). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short', // so years before 1 CE come out as era + year instead of an ambiguous year
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Civil date and time in the zone at an instant, to the second. */
function civilParts(ms: number, timeZone: string): { year: number; month: number; day: number; seconds: number } {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) parts[p.type] = p.value;
  const n = (type: string): number => Number(parts[type] ?? 0);
  const era = parts.era ?? '';
  const year = era.startsWith('B') ? 1 - n('year') : n('year'); // "BC": 1 BC is year 0
  const hour = n('hour') % 24; // some engines print midnight as 24 even with h23
  return { year, month: n('month'), day: n('day'), seconds: hour * 3600 + n('minute') * 60 + n('second') };
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000; // Intl shows whole seconds
  const c = civilParts(whole, timeZone);
  return civilMs(c.year, c.month, c.day, 0, c.seconds) - whole;
}

/** The wall clock as if it were UTC: comparable with civilMs() of local dates and times. */
function wallMs(ms: number, timeZone: string): number {
  return ms + offsetAt(ms, timeZone);
}

/**
 * The wall clock in `timeZone` at `at`, e.g. for the widget to say when chat opens. Expects a
 * valid Date and a zone parseSchedule accepted (Intl throws a RangeError otherwise).
 */
export function wallClock(at: Date, timeZone: string): WallClock {
  const wall = new Date(wallMs(at.getTime(), timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    weekday: WEEKDAYS[(wall.getUTCDay() + 6) % 7] as Weekday,
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    date: isoDate(startOfDay(wall.getTime())),
    timeZone,
  };
}

// ---------------------------------------------------------------------------------------------
// Open or closed

function openAtWall(schedule: Schedule, wall: number): boolean {
  const dayMs = startOfDay(wall);
  const minuteOfDay = Math.floor((wall - dayMs) / MINUTE_MS);
  if (schedule.closedDates.includes(isoDate(dayMs))) return false;
  const weekday = WEEKDAYS[(new Date(dayMs).getUTCDay() + 6) % 7];
  // Half-open ranges: open at 08:00 exactly, closed at 18:30 exactly.
  return schedule.hours.some((h) => h.day === weekday && h.opens <= minuteOfDay && minuteOfDay < h.closes);
}

function validTime(at: Date): boolean {
  return at instanceof Date && Number.isFinite(at.getTime());
}

/** Whether chat is staffed at `at`: the wall clock in the schedule's zone is inside its hours. */
export function isOpen(schedule: Schedule, at: Date): boolean {
  if (!validTime(at)) return false;
  return openAtWall(schedule, wallMs(at.getTime(), schedule.timeZone));
}

/**
 * The instants the wall clock reads `local` (a civil time as civilMs gives it): none, one, or
 * two (a repeated hour). For a time skipped by a jump forward, the first instant after the jump,
 * where the clock first reads later than `local`.
 */
function instantsAt(local: number, timeZone: string): number[] {
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const found = [...new Set([before, after])]
    .map((offset) => local - offset)
    .filter((ms) => wallMs(ms, timeZone) === local)
    .sort((a, b) => a - b);
  if (found.length > 0 || before === after) return found;
  // In the gap: binary search for the first instant whose wall clock is at or past `local`.
  let lo = local - Math.max(before, after);
  let hi = local - Math.min(before, after);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallMs(mid, timeZone) >= local) hi = mid;
    else lo = mid;
  }
  return [hi];
}

/**
 * An instant near local day `dayMs` where the zone's offset changes (the jump itself), if any.
 * The window covers every instant whose local date is that day under any offset (-12 to +14
 * hours); a jump found from a neighbouring day's window is a valid candidate too.
 */
function transitionsNear(dayMs: number, timeZone: string): number[] {
  let lo = dayMs - MAX_SPREAD_MS;
  let hi = dayMs + DAY_MS + MAX_SPREAD_MS;
  const first = offsetAt(lo, timeZone);
  if (offsetAt(hi, timeZone) === first) return [];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid, timeZone) === first) lo = mid;
    else hi = mid;
  }
  return [hi];
}

/**
 * Every instant on local day `dayMs` where open/closed can change: the wall clock reaching an
 * opening or closing time or midnight, and the offset jumps. Between two of these nothing
 * changes, so the first open (or closed) one at or after `at` is the answer.
 */
function candidatesOn(schedule: Schedule, dayMs: number): number[] {
  const weekday = WEEKDAYS[(new Date(dayMs).getUTCDay() + 6) % 7];
  const minutes = new Set<number>([0, 1440]);
  for (const h of schedule.hours) {
    if (h.day === weekday) {
      minutes.add(h.opens);
      minutes.add(h.closes);
    }
  }
  const out = transitionsNear(dayMs, schedule.timeZone);
  for (const m of minutes) out.push(...instantsAt(dayMs + m * MINUTE_MS, schedule.timeZone));
  return out;
}

function firstChange(schedule: Schedule, at: Date, wantOpen: boolean): Date | null {
  if (!validTime(at)) return null;
  const start = at.getTime();
  if (isOpen(schedule, at) === wantOpen) return new Date(start);
  // From the local day before `at` (a repeated hour can put `at` on it), day by day.
  const firstDay = startOfDay(wallMs(start, schedule.timeZone)) - DAY_MS;
  let best: number | undefined;
  for (let day = 0; day <= HORIZON_DAYS; day++) {
    const dayMs = firstDay + day * DAY_MS;
    // Days overlap in time (a clock change found from a neighbouring day, a repeated hour), so
    // stop only at a day whose every candidate comes after the best so far.
    if (best !== undefined && dayMs - MAX_SPREAD_MS > best) break;
    for (const ms of candidatesOn(schedule, dayMs)) {
      if (ms >= start && (best === undefined || ms < best) && isOpen(schedule, new Date(ms)) === wantOpen) best = ms;
    }
  }
  return best === undefined ? null : new Date(best);
}

/**
 * The earliest instant at or after `at` when chat is staffed: `at` itself if open now;
 * otherwise the instant the zone's wall clock reads the next opening time (or, when a clock
 * change skips that time, the first instant after the jump). null if it never opens within
 * about a year (no hours, or every such day closed).
 */
export function nextOpening(schedule: Schedule, at: Date): Date | null {
  if (schedule.hours.length === 0) return null;
  return firstChange(schedule, at, true);
}

/**
 * The earliest instant at or after `at` when chat is not staffed: `at` itself if closed now;
 * otherwise the end of the current hours. null if it stays open for about a year (24/7 hours).
 */
export function nextClosing(schedule: Schedule, at: Date): Date | null {
  return firstChange(schedule, at, false);
}
