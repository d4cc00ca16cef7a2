/**
 * TimelineJS3 dates, read into our partial dates without losing or inventing precision:
 * a slide with only a year is "2014", never 1 January 2014. Its JSON writes a date as an
 * object of parts (`{year: 2014, month: "3"}`); its spreadsheet as cells, or, in the older
 * template, as one cell of text ("3/25/2014"). Times are read so they can be named in the
 * date basis, but our dates go no finer than the day.
 */
import { isPartialDate, MONTHS } from '../data/dates';
import { ownField } from '../data/ownField';

export const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** A date as TimelineJS3 parts, each a number (or, in its JSON, a string of digits). */
export type DateParts = Partial<Record<DatePart, number>>;

export type DateReading =
  | { kind: 'absent' }
  | { kind: 'unreadable'; reason: string }
  | {
      kind: 'read';
      /** "2014", "2014-03" or "2014-03-25". */
      date: string;
      /** What the file gave, in words: "year 2014, month 3, time 14:30 (not kept: …)". */
      basis: string;
      /** The date's own `display_date`, as text. */
      display?: string;
      /** What was read but left out: a time that is not a time. */
      notes: string[];
    };

/** How a reader names a part of the date in its messages: "start_date.month" in JSON, "Month" in a spreadsheet. */
export type NamePart = (part?: DatePart) => string;

const YEAR_RANGE = { min: 0, max: 9999 };
const TIME_RANGES: Partial<Record<DatePart, number>> = { hour: 23, minute: 59, second: 59, millisecond: 999 };
const TIME_NOT_KEPT = 'not kept: our dates go no finer than the day';

/** A value quoted for a message, cut short so a pasted paragraph does not swamp it. */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

/** A whole number, undefined for an empty part, NaN for anything else. */
function wholeNumber(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  const text = value.trim();
  if (text === '') return undefined;
  return /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function daysIn(year: number, month: number): number {
  return [31, 30, 29, 28].find((day) => isPartialDate(`${pad(year, 4)}-${pad(month, 2)}-${day}`)) ?? 31;
}

function dateOf(parts: DateParts, name: NamePart): { date: string } | { reason: string } {
  const { year, month, day } = parts;
  if (year === undefined) return { reason: `${name('year')} is missing` };
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    return {
      reason: `${name('year')} is ${year}: our dates hold the years ${YEAR_RANGE.min} to ${YEAR_RANGE.max}, so dates before the common era and on TimelineJS3’s cosmological scale cannot come in`,
    };
  }
  if (month === undefined) {
    return day === undefined ? { date: pad(year, 4) } : { reason: `${name('day')} is given without a month` };
  }
  if (month < 1 || month > 12) return { reason: `${name('month')} is ${month}, not a month (1 to 12)` };
  if (day === undefined) return { date: `${pad(year, 4)}-${pad(month, 2)}` };
  const days = daysIn(year, month);
  if (day < 1 || day > days) {
    return { reason: `${name('day')} is ${day}, but ${MONTHS[month - 1]} ${year} has days 1 to ${days}` };
  }
  return { date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

function timeOf(parts: DateParts, name: NamePart): { time?: string; notes: string[] } {
  const given = DATE_PARTS.slice(3).filter((part) => parts[part] !== undefined);
  if (given.length === 0) return { notes: [] };
  const outOfRange = given.find((part) => parts[part]! < 0 || parts[part]! > TIME_RANGES[part]!);
  if (outOfRange)
    return {
      notes: [`${name(outOfRange)} is ${parts[outOfRange]}, out of its range (0 to ${TIME_RANGES[outOfRange]}); the time was left out`],
    };
  const { hour = 0, minute = 0, second, millisecond } = parts;
  const seconds = second === undefined && millisecond === undefined ? '' : `:${pad(second ?? 0, 2)}`;
  const fraction = millisecond === undefined ? '' : `.${pad(millisecond, 3)}`;
  return { time: `${pad(hour, 2)}:${pad(minute, 2)}${seconds}${fraction}`, notes: [] };
}

/** The parts a file gave, in words: "year 2014, month 3, day 25". */
function partsInWords(parts: DateParts): string {
  return (['year', 'month', 'day'] as const)
    .filter((part) => parts[part] !== undefined)
    .map((part) => `${part} ${parts[part]}`)
    .join(', ');
}

/**
 * A TimelineJS3 date object (`start_date`, `end_date`, or an era's) as one of our partial dates.
 * `displayText` reads its `display_date`, which TimelineJS3 shows as markup once its own markup is stripped.
 */
export function readTimelineJSDate(value: unknown, name: NamePart, displayText: (html: string) => string): DateReading {
  if (value === undefined || value === null || value === '') return { kind: 'absent' };
  if (typeof value !== 'object' || Array.isArray(value)) return { kind: 'unreadable', reason: `${name()} is not a date: ${quoted(value)}` };
  const parts: DateParts = {};
  const notes: string[] = [];
  for (const part of DATE_PARTS) {
    const raw = ownField(value, part);
    const number = wholeNumber(raw);
    if (Number.isNaN(number)) {
      const reason = `${name(part)} is not a whole number: ${quoted(raw)}`;
      if (part === 'year' || part === 'month' || part === 'day') return { kind: 'unreadable', reason };
      notes.push(`${reason}; the time was left out`);
    } else if (number !== undefined) {
      parts[part] = number;
    }
  }
  const rawDisplay = ownField(value, 'display_date');
  const display = typeof rawDisplay === 'string' ? displayText(rawDisplay) : '';
  if (Object.keys(parts).length === 0 && display === '') return { kind: 'absent' };
  const date = dateOf(parts, name);
  if ('reason' in date) return { kind: 'unreadable', reason: date.reason };
  const time = notes.length > 0 ? { time: undefined, notes } : timeOf(parts, name);
  const basis = [partsInWords(parts), ...(time.time ? [`time ${time.time} (${TIME_NOT_KEPT})`] : [])].join(', ');
  return { kind: 'read', date: date.date, basis, ...(display && { display }), notes: time.notes };
}

// ---------------------------------------------------------------- spreadsheet cells

const MONTH_NAMES = new Map(
  MONTHS.flatMap((month, index) => [[month.toLowerCase(), index + 1] as const, [month.slice(0, 3).toLowerCase(), index + 1] as const]),
);
MONTH_NAMES.set('sept', 9);

/** A month written as a number or an English name ("March", "mar", "Sept."); undefined for anything else. */
export function monthFromName(text: string): number | undefined {
  return MONTH_NAMES.get(text.trim().toLowerCase().replace(/\.$/, ''));
}

/** A spreadsheet's number cell as TimelineJS3 reads it, ignoring the spaces and commas a spreadsheet groups digits with ("1,815"). */
export function numberCell(text: string): string {
  const compact = text.replace(/[\s,]+/g, '');
  return /^[+-]?\d+$/.test(compact) ? compact : text.trim();
}

/** A Month cell: a number, or an English month name turned into its number; anything else as written, to be reported. */
export function monthCell(text: string): string {
  const named = monthFromName(text);
  return named === undefined ? numberCell(text) : String(named);
}

const AM_PM = /\s*([ap])\.?\s*m\.?\s*$/i;

/**
 * A Time cell as TimelineJS3 reads it: "14:30", "2:30 PM", "1430", "14:30:15.250"; null
 * when it is not a time at all. Ranges are checked where every time is.
 */
export function timeFromCell(text: string): DateParts | null {
  const period = AM_PM.exec(text)?.[1]?.toLowerCase();
  const clock = text.replace(AM_PM, '').trim();
  const match = /^(\d{1,2})(\d{2})$/.exec(clock) ?? /^(\d{1,2})(?:[:.](\d{1,2})(?::(\d{1,2})(?:\.(\d{1,3}))?)?)?$/.exec(clock);
  if (!match) return null;
  const [hourText, minute, second, millisecond] = match.slice(1);
  let hour = Number(hourText);
  if (period === 'p' && hour < 12) hour += 12;
  if (period === 'a' && hour === 12) hour = 0;
  return {
    hour,
    ...(minute !== undefined && { minute: Number(minute) }),
    ...(second !== undefined && { second: Number(second) }),
    ...(millisecond !== undefined && { millisecond: Number(millisecond.padEnd(3, '0')) }),
  };
}

type CellReading = { parts: DateParts } | { reason: string };

function withTime(parts: DateParts, time: string | undefined, column: string, text: string): CellReading {
  if (!time) return { parts };
  const clock = timeFromCell(time.replace(/(?:Z|[+-]\d{2}:?\d{2})$/, ''));
  return clock ? { parts: { ...parts, ...clock } } : { reason: `${column} ${quoted(text)} has a time we cannot read: ${quoted(time)}` };
}

function named(monthName: string, column: string, text: string): number | { reason: string } {
  return monthFromName(monthName) ?? { reason: `${column} ${quoted(text)} names no month we know: ${quoted(monthName)}` };
}

/**
 * A Start Date or End Date cell of the older template: "2014", "2014-03", "2014-03-25",
 * "2014-03-25 14:30", "3/25/2014" and "3/2014" (month first, as the template documented),
 * "2014,3,25", "March 2014", "25 March 2014", "March 25, 2014". Ranges are checked where every
 * date is; a day-first date and a two-digit year are refused here, with what to write instead.
 */
export function dateFromCell(text: string, column: string): CellReading {
  const cell = text.trim();
  const n = Number;
  let match = /^([+-]?\d+)$/.exec(cell);
  if (match) return { parts: { year: n(match[1]) } };
  match = /^([+-]?\d{4,})-(\d{1,2})(?:-(\d{1,2}))?(?:[T\s]+(.+))?$/.exec(cell);
  if (match) {
    const [, year, month, day, time] = match;
    return withTime({ year: n(year), month: n(month), ...(day !== undefined && { day: n(day) }) }, time, column, cell);
  }
  match = /^(\d{1,2})\/(?:(\d{1,2})\/)?([+-]?\d+)(?:\s+(.+))?$/.exec(cell);
  if (match) {
    const [, month, day, year, time] = match;
    if (year!.replace(/^[+-]/, '').length <= 2) {
      return { reason: `${column} ${quoted(cell)} has a two-digit year: write the year in full, as in “3/25/2014”` };
    }
    if (day !== undefined && n(month) > 12 && n(day) <= 12) {
      return {
        reason: `${column} ${quoted(cell)} is read month first, as TimelineJS3 reads it (“3/25/2014”), and ${month} is not a month`,
      };
    }
    return withTime({ year: n(year), month: n(month), ...(day !== undefined && { day: n(day) }) }, time, column, cell);
  }
  match = /^([+-]?\d+)\s*,\s*(\d{1,2})(?:\s*,\s*(\d{1,2}))?$/.exec(cell);
  if (match) {
    const [, year, month, day] = match;
    return { parts: { year: n(year), month: n(month), ...(day !== undefined && { day: n(day) }) } };
  }
  match = /^(?:(\d{1,2})\s+)?([a-z]+\.?)\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?([+-]?\d{3,})$/i.exec(cell);
  if (match && !(match[1] !== undefined && match[3] !== undefined)) {
    const [, dayFirst, monthName, dayAfter, year] = match;
    const month = named(monthName!, column, cell);
    if (typeof month !== 'number') return month;
    const day = dayFirst ?? dayAfter;
    return { parts: { year: n(year), month, ...(day !== undefined && { day: n(day) }) } };
  }
  return { reason: `${column} ${quoted(cell)} is not a date we can read: write it as 2014, 2014-03-25 or 3/25/2014` };
}
