import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  parseSchedule,
  isOpen,
  nextOpening,
  nextClosing,
  wallClock,
  formatTime,
  DEFAULT_CHAT_HOURS,
  WEEKDAYS,
  type Schedule,
  type OpeningHours,
} from '../../flows/schedule';
import { runs } from '../fixtures/property-runs';

function schedule(text: string): Schedule {
  const parsed = parseSchedule(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed;
}

const at = (iso: string): Date => new Date(iso);
const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

// America/Chicago in 2026: CST (UTC-6) until 2026-03-08 02:00, then CDT (UTC-5) until
// 2026-11-01 02:00, then CST again. 2026-03-02 is a Monday.
const CHICAGO = schedule(DEFAULT_CHAT_HOURS);

describe('parseSchedule: good input', () => {
  it('parses the default, Mon-Fri 08:00-18:30 US Central (facts.md: the hours both ACS pages agree on)', () => {
    expect(parseSchedule(DEFAULT_CHAT_HOURS)).toEqual({
      ok: true,
      timeZone: 'America/Chicago',
      hours: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((day) => ({ day, opens: 480, closes: 1110 })),
      closedDates: [],
    });
  });

  it('parses several day ranges separated by commas or semicolons', () => {
    for (const text of ['Mon-Fri 08:00-18:30, Sat 09:00-13:00 America/New_York', 'Mon-Fri 08:00-18:30; Sat 09:00-13:00 America/New_York']) {
      const s = schedule(text);
      expect(s.timeZone).toBe('America/New_York');
      expect(s.hours).toHaveLength(6);
      expect(s.hours.at(-1)).toEqual({ day: 'Sat', opens: 540, closes: 780 });
    }
  });

  it('parses day lists and several time ranges for the same days', () => {
    const s = schedule('Mon,Wed, Fri 09:00-12:00 13:00-17:00 Europe/Madrid');
    expect(s.hours.map((h) => `${h.day} ${formatTime(h.opens)}-${formatTime(h.closes)}`)).toEqual([
      'Mon 09:00-12:00',
      'Mon 13:00-17:00',
      'Wed 09:00-12:00',
      'Wed 13:00-17:00',
      'Fri 09:00-12:00',
      'Fri 13:00-17:00',
    ]);
  });

  it('parses closed dates and closed date ranges, in the schedule zone, sorted', () => {
    const s = schedule('Mon-Fri 08:00-18:30 America/Chicago; closed 2027-01-01, 2026-12-25, 2026-12-30-2026-12-31');
    expect(s.closedDates).toEqual(['2026-12-25', '2026-12-30', '2026-12-31', '2027-01-01']);
  });

  it('accepts "closed" after days to say they have no hours', () => {
    const s = schedule('Mon-Fri 08:00-18:30, Sat-Sun closed America/Chicago');
    expect(s.hours.map((h) => h.day)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
  });

  it('accepts full and lower-case day names, ranges that wrap past Sunday, and 24:00', () => {
    expect(schedule('friday-monday 20:00-24:00 UTC').hours.map((h) => h.day)).toEqual(['Mon', 'Fri', 'Sat', 'Sun']);
    expect(schedule('TUES 00:00-24:00 UTC').hours).toEqual([{ day: 'Tue', opens: 0, closes: 1440 }]);
  });

  it('accepts typographic dashes and spaces around dashes, as pasted from a web page', () => {
    expect(schedule('Mon\u2013Fri 08:00 \u2013 18:30 America/Chicago')).toEqual(CHICAGO);
  });

  it('accepts the time zone anywhere and gives its canonical name', () => {
    expect(schedule('america/chicago Mon-Fri 08:00-18:30')).toEqual(CHICAGO);
  });

  it('accepts single-digit hours', () => {
    expect(schedule('Mon 8:00-9:30 UTC').hours).toEqual([{ day: 'Mon', opens: 480, closes: 570 }]);
  });
});

describe('parseSchedule: bad input gives a message quoting the problem', () => {
  const bad: Array<[string, string, RegExp]> = [
    ['empty text', '', /empty/],
    ['only spaces', '   ', /empty/],
    ['no time zone', 'Mon-Fri 08:00-18:30', /no time zone/],
    ['a misspelled day', 'Mon-Fry 08:00-18:30 America/Chicago', /"Mon-Fry" is not a day/],
    ['a misspelled time zone', 'Mon-Fri 08:00-18:30 America/Chicgo', /"America\/Chicgo" is not a known IANA time zone/],
    ['am/pm times', 'Mon-Fri 8am-6pm America/Chicago', /"8am-6pm" is not a time range/],
    ['an hour past 24', 'Mon 08:00-25:00 UTC', /"08:00-25:00" is not a time range/],
    ['minute 60', 'Mon 08:60-09:00 UTC', /"08:60-09:00" is not a time range/],
    ['24:30', 'Mon 08:00-24:30 UTC', /"08:00-24:30" is not a time range/],
    ['opening at 24:00', 'Mon 24:00-24:00 UTC', /"24:00-24:00" is not a time range/],
    ['a range past midnight', 'Fri 22:00-02:00 UTC', /"22:00-02:00" closes before it opens/],
    ['an empty range', 'Mon 08:00-08:00 UTC', /closes before it opens/],
    ['a single time', 'Mon 08:00 UTC', /"08:00" is not a time range/],
    ['days without hours', 'Mon-Fri America/Chicago', /"Mon, Tue, Wed, Thu, Fri" has no hours/],
    ['hours without days', '08:00-18:30 America/Chicago', /"08:00-18:30" has no days/],
    ['no hours at all', 'America/Chicago', /no opening hours/],
    ['two time zones', 'Mon 08:00-09:00 America/Chicago Europe/Madrid', /two time zones/],
    ['a date without "closed"', 'Mon 08:00-09:00 UTC 2026-12-25', /"2026-12-25" looks like a date/],
    ['a date that does not exist', 'Mon 08:00-09:00 UTC closed 2026-02-30', /"2026-02-30" is not a date/],
    ['a date range backwards', 'Mon 08:00-09:00 UTC closed 2026-12-31-2026-12-01', /not a date range/],
    ['a date range over a year', 'Mon 08:00-09:00 UTC closed 2026-01-01-2027-06-01', /not a date range/],
    ['a day both open and closed', 'Sat 09:00-13:00, Sat closed UTC', /"Sat" is listed both/],
    ['a stray word', 'Mon-Fri 08:00-18:30 America/Chicago except holidays', /"except" is not a day/],
  ];

  it.each(bad)('rejects %s', (_name, text, message) => {
    const result = parseSchedule(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('rejects input that is not text', () => {
    expect(parseSchedule(42 as unknown as string)).toMatchObject({ ok: false, message: expect.stringMatching(/text/) });
  });

  it('never throws, on any text', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('Mon', 'Fri', 'Mon-Fri', 'closed', '08:00-18:30', '24:00', '2026-12-25', 'America/Chicago', 'UTC', ',', ';', '-', ' '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const result = parseSchedule(pieces.join(' '));
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('isOpen', () => {
  it('is open at 08:00 exactly and closed a second before (Monday, CST)', () => {
    expect(isOpen(CHICAGO, at('2026-03-02T14:00:00Z'))).toBe(true);
    expect(isOpen(CHICAGO, at('2026-03-02T13:59:59.999Z'))).toBe(false);
  });

  it('is closed at 18:30 exactly and open a second before', () => {
    expect(isOpen(CHICAGO, at('2026-03-03T00:29:59.999Z'))).toBe(true);
    expect(isOpen(CHICAGO, at('2026-03-03T00:30:00Z'))).toBe(false);
  });

  it('follows the wall clock through daylight saving time (08:00 CDT is 13:00 UTC)', () => {
    expect(isOpen(CHICAGO, at('2026-07-06T13:00:00Z'))).toBe(true);
    expect(isOpen(CHICAGO, at('2026-07-06T12:59:00Z'))).toBe(false);
    expect(isOpen(CHICAGO, at('2026-07-06T23:29:00Z'))).toBe(true);
    expect(isOpen(CHICAGO, at('2026-07-06T23:30:00Z'))).toBe(false);
  });

  it('is closed all weekend', () => {
    for (const t of ['2026-03-07T18:00:00Z', '2026-03-08T18:00:00Z', '2026-03-07T14:00:00Z']) {
      expect(isOpen(CHICAGO, at(t))).toBe(false);
    }
  });

  it('is closed on closed dates, which are dates in the schedule zone', () => {
    const s = schedule('Mon-Sun 00:00-24:00 America/Chicago; closed 2026-12-25');
    expect(isOpen(s, at('2026-12-25T03:00:00Z'))).toBe(true); // 21:00 on Dec 24 in Chicago
    expect(isOpen(s, at('2026-12-25T06:00:00Z'))).toBe(false); // 00:00 on Dec 25
    expect(isOpen(s, at('2026-12-26T05:59:59Z'))).toBe(false); // 23:59:59 on Dec 25
    expect(isOpen(s, at('2026-12-26T06:00:00Z'))).toBe(true); // 00:00 on Dec 26
  });

  it('reads the hours in their own time zone: Chicago, Madrid and Auckland at the same instant', () => {
    const madrid = schedule('Mon-Fri 08:00-18:30 Europe/Madrid');
    const auckland = schedule('Mon-Fri 08:00-18:30 Pacific/Auckland');
    // Monday 2026-03-02 15:00 UTC: 09:00 Mon in Chicago, 16:00 Mon in Madrid, 04:00 Tue in Auckland.
    expect([CHICAGO, madrid, auckland].map((s) => isOpen(s, at('2026-03-02T15:00:00Z')))).toEqual([true, true, false]);
    // 18:00 UTC: 12:00 in Chicago, 19:00 in Madrid (closed), 07:00 Tue in Auckland.
    expect([CHICAGO, madrid, auckland].map((s) => isOpen(s, at('2026-03-02T18:00:00Z')))).toEqual([true, false, false]);
    // Sunday 2026-03-01 20:00 UTC is Monday 09:00 in Auckland (NZDT, UTC+13).
    expect([CHICAGO, madrid, auckland].map((s) => isOpen(s, at('2026-03-01T20:00:00Z')))).toEqual([false, false, true]);
  });

  it('is closed, not an error, for an invalid date', () => {
    expect(isOpen(CHICAGO, new Date(Number.NaN))).toBe(false);
    expect(nextOpening(CHICAGO, new Date(Number.NaN))).toBeNull();
    expect(nextClosing(CHICAGO, new Date(Number.NaN))).toBeNull();
  });
});

describe('nextOpening', () => {
  it('is the same instant while chat is open', () => {
    expect(iso(nextOpening(CHICAGO, at('2026-03-02T15:00:00Z')))).toBe('2026-03-02T15:00:00.000Z');
  });

  it('is 08:00 the same morning before opening', () => {
    expect(iso(nextOpening(CHICAGO, at('2026-03-03T12:00:00Z')))).toBe('2026-03-03T14:00:00.000Z');
  });

  it('is 08:00 the next morning after closing', () => {
    expect(iso(nextOpening(CHICAGO, at('2026-03-03T00:30:00Z')))).toBe('2026-03-03T14:00:00.000Z');
  });

  it('is Monday 08:00 from Friday evening, across the weekend', () => {
    expect(iso(nextOpening(CHICAGO, at('2026-01-10T00:30:00Z')))).toBe('2026-01-12T14:00:00.000Z');
  });

  it('is Monday 08:00 CDT from Friday evening CST, across the spring-forward weekend', () => {
    // Friday 2026-03-06 18:30 CST; clocks go forward on Sunday 2026-03-08.
    expect(iso(nextOpening(CHICAGO, at('2026-03-07T00:30:00Z')))).toBe('2026-03-09T13:00:00.000Z');
  });

  it('is Monday 08:00 CST from Friday evening CDT, across the fall-back weekend', () => {
    // Friday 2026-10-30 18:30 CDT; clocks go back on Sunday 2026-11-01.
    expect(iso(nextOpening(CHICAGO, at('2026-10-30T23:30:00Z')))).toBe('2026-11-02T14:00:00.000Z');
  });

  it('skips closed dates', () => {
    const s = schedule(`${DEFAULT_CHAT_HOURS}; closed 2026-12-25`);
    // Thursday 2026-12-24 19:00 CST -> Friday 25 closed -> Monday 28 08:00 CST.
    expect(iso(nextOpening(s, at('2026-12-25T01:00:00Z')))).toBe('2026-12-28T14:00:00.000Z');
  });

  it('is the exact instant the wall clock in the zone reads the opening time', () => {
    for (const [text, from] of [
      ['Mon-Fri 08:00-18:30 Pacific/Auckland', '2026-04-03T12:00:00Z'], // across NZ fall-back, 2026-04-05
      ['Mon-Fri 08:00-18:30 Europe/Madrid', '2026-03-27T18:00:00Z'], // across EU spring-forward, 2026-03-29
      ['Wed 09:15-10:00 Asia/Kolkata', '2026-06-01T00:00:00Z'], // UTC+05:30
    ] as const) {
      const s = schedule(text);
      const opening = nextOpening(s, at(from));
      expect(opening).not.toBeNull();
      const wall = wallClock(opening as Date, s.timeZone);
      const hours = s.hours.find((h) => h.day === wall.weekday) as OpeningHours;
      expect(wall.hour * 60 + wall.minute).toBe(hours.opens);
      expect(wall.second).toBe(0);
      expect((opening as Date).getUTCMilliseconds()).toBe(0);
    }
  });

  it('opens at 03:00 CDT when the opening time 02:30 does not exist (spring forward, 2026-03-08)', () => {
    const s = schedule('Sun 02:30-10:00 America/Chicago');
    const opening = nextOpening(s, at('2026-03-07T12:00:00Z'));
    expect(iso(opening)).toBe('2026-03-08T08:00:00.000Z'); // the jump from 02:00 CST to 03:00 CDT
    expect(wallClock(opening as Date, 'America/Chicago')).toMatchObject({ weekday: 'Sun', hour: 3, minute: 0 });
    expect(isOpen(s, at('2026-03-08T07:59:59.999Z'))).toBe(false); // 01:59:59 CST
    // A week later 02:30 exists again: 02:30 CDT.
    expect(iso(nextOpening(s, at('2026-03-09T12:00:00Z')))).toBe('2026-03-15T07:30:00.000Z');
  });

  it('opens at the first 01:30 when 01:30 happens twice (fall back, 2026-11-01), and again at the second', () => {
    const s = schedule('Sun 01:30-03:00 America/Chicago');
    expect(iso(nextOpening(s, at('2026-10-31T12:00:00Z')))).toBe('2026-11-01T06:30:00.000Z'); // 01:30 CDT
    // At 02:00 CDT the clock goes back to 01:00 CST: before 01:30 again, so closed until 01:30 CST.
    expect(iso(nextClosing(s, at('2026-11-01T06:30:00Z')))).toBe('2026-11-01T07:00:00.000Z');
    expect(iso(nextOpening(s, at('2026-11-01T07:00:00Z')))).toBe('2026-11-01T07:30:00.000Z'); // 01:30 CST
    expect(iso(nextClosing(s, at('2026-11-01T07:30:00Z')))).toBe('2026-11-01T09:00:00.000Z'); // 03:00 CST
  });

  it('handles a zone whose clocks change at midnight (America/Santiago, 2026-09-06: 00:00 does not exist)', () => {
    const s = schedule('Sun 00:00-02:00 America/Santiago');
    const opening = nextOpening(s, at('2026-09-05T12:00:00Z'));
    expect(wallClock(opening as Date, 'America/Santiago')).toMatchObject({ date: '2026-09-06', hour: 1, minute: 0 });
    expect(isOpen(s, new Date((opening as Date).getTime() - 1))).toBe(false);
  });

  it('skips a Friday that never happened (Samoa moved across the date line: 2011-12-30)', () => {
    const s = schedule('Fri 09:00-17:00 Pacific/Apia');
    const opening = nextOpening(s, at('2011-12-29T12:00:00Z')); // Thursday 29 December, local
    expect(wallClock(opening as Date, 'Pacific/Apia')).toMatchObject({ date: '2012-01-06', hour: 9, minute: 0 });
  });

  it('is null when the schedule never opens', () => {
    const never: Schedule = { ok: true, timeZone: 'UTC', hours: [], closedDates: [] };
    expect(nextOpening(never, at('2026-03-02T12:00:00Z'))).toBeNull();
  });

  it('is null when every opening day in the next year or so is closed', () => {
    const s = schedule('Mon 08:00-09:00 UTC closed 2026-01-01-2026-12-31, 2027-01-01-2027-12-31');
    expect(nextOpening(s, at('2026-01-01T00:00:00Z'))).toBeNull();
  });
});

describe('nextClosing', () => {
  it('is 18:30 today while open', () => {
    expect(iso(nextClosing(CHICAGO, at('2026-03-02T15:00:00Z')))).toBe('2026-03-03T00:30:00.000Z');
  });

  it('is the same instant while closed', () => {
    expect(iso(nextClosing(CHICAGO, at('2026-03-07T15:00:00Z')))).toBe('2026-03-07T15:00:00.000Z');
  });

  it('runs through midnight when hours continue the next day', () => {
    const s = schedule('Fri 20:00-24:00, Sat 00:00-02:00 UTC');
    expect(iso(nextClosing(s, at('2026-03-06T21:00:00Z')))).toBe('2026-03-07T02:00:00.000Z');
  });

  it('is null when chat never closes', () => {
    expect(nextClosing(schedule('Mon-Sun 00:00-24:00 UTC'), at('2026-03-02T12:00:00Z'))).toBeNull();
  });
});

describe('wallClock', () => {
  it('gives the weekday, date and time in the zone', () => {
    expect(wallClock(at('2026-03-08T07:59:59Z'), 'America/Chicago')).toEqual({
      year: 2026,
      month: 3,
      day: 8,
      weekday: 'Sun',
      hour: 1,
      minute: 59,
      second: 59,
      date: '2026-03-08',
      timeZone: 'America/Chicago',
    });
    expect(wallClock(at('2026-03-08T08:00:00Z'), 'America/Chicago')).toMatchObject({ hour: 3, minute: 0 });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: random hours in zones with unusual offsets and clock changes, at random instants
// (often near a clock change).

const ZONES = [
  'America/Chicago',
  'Europe/Madrid',
  'Pacific/Auckland',
  'Asia/Kolkata', // +05:30
  'Asia/Kathmandu', // +05:45
  'Australia/Lord_Howe', // 30-minute DST
  'America/St_Johns', // -03:30 with DST
  'America/Santiago', // clocks change at midnight
  'America/Havana', // clocks change at midnight
  'Europe/Dublin', // "negative" DST in the tz database
  'Pacific/Chatham', // +12:45/+13:45
  'Pacific/Apia', // skipped 2011-12-30 entirely
  'Africa/Casablanca', // leaves summer time during Ramadan
  'Antarctica/Troll', // two-hour DST
  'UTC',
];

/** Instants when clocks change in 2026, to cluster some random instants around. */
const CHANGES = [
  '2026-03-08T08:00:00Z', // Chicago forward
  '2026-11-01T07:00:00Z', // Chicago back
  '2026-03-29T01:00:00Z', // EU forward
  '2026-10-25T01:00:00Z', // EU back
  '2026-04-04T14:00:00Z', // Auckland back
  '2026-09-26T14:00:00Z', // Auckland forward
  '2026-04-05T03:00:00Z', // Santiago back
  '2026-09-06T04:00:00Z', // Santiago forward
  '2026-03-08T05:00:00Z', // Havana forward
  '2011-12-30T10:00:00Z', // Apia skips a day
].map((t) => Date.parse(t));

const minuteOfDay = fc.integer({ min: 0, max: 1439 });
const hoursArb: fc.Arbitrary<OpeningHours[]> = fc.array(
  fc
    .tuple(fc.constantFrom(...WEEKDAYS), minuteOfDay, fc.integer({ min: 1, max: 1440 }))
    .map(([day, a, b]) => ({ day, opens: Math.min(a, b), closes: Math.max(a, b) + (a === b ? 1 : 0) }))
    .filter((h) => h.closes <= 1440),
  { minLength: 1, maxLength: 5 },
);
const dateArb = fc.integer({ min: 0, max: 730 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
const scheduleArb: fc.Arbitrary<Schedule> = fc.record({
  ok: fc.constant(true as const),
  timeZone: fc.constantFrom(...ZONES),
  hours: hoursArb,
  closedDates: fc.uniqueArray(dateArb, { maxLength: 4 }).map((d) => d.sort()),
});
const instantArb: fc.Arbitrary<Date> = fc.oneof(
  fc.integer({ min: Date.UTC(2025, 10, 1), max: Date.UTC(2028, 0, 1) }).map((ms) => new Date(ms)), // near the closed dates
  fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2035, 0, 1) }).map((ms) => new Date(ms)),
  fc.tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -3 * 86_400_000, max: 86_400_000 })).map(([base, delta]) => new Date(base + delta)),
);

/** Some instants in [from, to) (none if empty), for checking nothing in between was missed. */
function between(from: number, to: number, count: number): number[] {
  if (to <= from) return [];
  return Array.from({ length: count }, (_, i) => from + Math.floor(((to - from) * i) / count));
}

describe('nextOpening and nextClosing: properties', () => {
  it('nextOpening is the earliest open instant at or after `at`', () => {
    fc.assert(
      fc.property(scheduleArb, instantArb, (s, from) => {
        const opening = nextOpening(s, from);
        expect(opening).not.toBeNull(); // at most four closed dates: some day is open
        const t = (opening as Date).getTime();
        expect(t).toBeGreaterThanOrEqual(from.getTime());
        expect(isOpen(s, opening as Date)).toBe(true);
        if (t - 60_000 > from.getTime()) expect(isOpen(s, new Date(t - 60_000))).toBe(false);
        if (t > from.getTime()) expect(isOpen(s, new Date(t - 1))).toBe(false);
        for (const ms of between(from.getTime(), t, 24)) expect(isOpen(s, new Date(ms))).toBe(false);
      }),
      { numRuns: runs(300) },
    );
  });

  it('nextClosing is the earliest closed instant at or after `at`', () => {
    fc.assert(
      fc.property(scheduleArb, instantArb, (s, from) => {
        const closing = nextClosing(s, from);
        if (closing === null) {
          // Only hours that cover whole weeks never close.
          expect(between(from.getTime(), from.getTime() + 8 * 86_400_000, 200).every((ms) => isOpen(s, new Date(ms)))).toBe(true);
          return;
        }
        const t = closing.getTime();
        expect(t).toBeGreaterThanOrEqual(from.getTime());
        expect(isOpen(s, closing)).toBe(false);
        if (t > from.getTime()) expect(isOpen(s, new Date(t - 1))).toBe(true);
        for (const ms of between(from.getTime(), t, 24)) expect(isOpen(s, new Date(ms))).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it('parses what it formats: day, HH:MM-HH:MM and zone round-trip', () => {
    fc.assert(
      fc.property(scheduleArb, (s) => {
        const text = `${s.hours.map((h) => `${h.day} ${formatTime(h.opens)}-${formatTime(h.closes)}`).join(', ')} ${s.timeZone}`;
        const parsed = schedule(text);
        expect(parsed.hours).toEqual(
          [...s.hours].sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.opens - b.opens || a.closes - b.closes),
        );
      }),
    );
  });
});
