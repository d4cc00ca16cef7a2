/**
 * Partial ISO 8601 dates: "2014", "2022-10" or "2024-03-25".
 *
 * Precision is part of the data: "2021" means "some time in 2021", never
 * 1 January 2021. Everything that draws or compares dates goes through here so
 * the precision is never lost on the way.
 */

/** A day in milliseconds, for spans of time on the timeline (calendar arithmetic goes through dateSpan). */
export const DAY_MS = 24 * 60 * 60 * 1000;

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  /** 1-12, present for month and day precision. */
  month?: number;
  /** 1-31, present for day precision. */
  day?: number;
  precision: DatePrecision;
}

/** Where a date is bounded or approximate, this says how. Applies to the start. */
export type DateQualifier = 'before' | 'by' | 'about' | 'after';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Month names in English, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A local-time instant. Not `new Date(y, m, d)`: that reads years 0–99 as 1900–1999. */
function localTime(year: number, monthIndex: number, day: number): number {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return date.getTime();
}

// Large stories repeat the same few thousand dates many times over, and building
// local-time instants is the slow part of sorting and drawing them: both are memoised.
const parsedDates = new Map<string, Readonly<PartialDate> | null>();
const spans = new WeakMap<PartialDate, { from: number; until: number }>();
/** Far more distinct dates than any story has; only crafted input could reach it. */
const MEMO_LIMIT = 100_000;

/** Parses a partial date, or returns null for anything that is not a real calendar date. */
export function parsePartialDate(text: string): Readonly<PartialDate> | null {
  let parsed = parsedDates.get(text);
  if (parsed === undefined) {
    parsed = parse(text);
    if (parsed) Object.freeze(parsed);
    if (parsedDates.size >= MEMO_LIMIT) parsedDates.clear();
    parsedDates.set(text, parsed);
  }
  return parsed;
}

function parse(text: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

/**
 * The span of time a partial date covers, as local-time instants: [first, next).
 * "2021" covers all of 2021, "2022-10" all of October 2022, a day its 24 hours.
 */
export function dateSpan(date: PartialDate): { from: Date; until: Date } {
  const span = spanMs(date);
  return { from: new Date(span.from), until: new Date(span.until) };
}

/** The stretch of time a date means, in ms (remembered per date, as its parse is): its first instant and the first after it. */
export function spanMs(date: PartialDate): Readonly<{ from: number; until: number }> {
  let span = spans.get(date);
  if (!span) {
    span = computeSpan(date);
    spans.set(date, span);
  }
  return span;
}

function computeSpan({ year, month, day }: PartialDate): { from: number; until: number } {
  if (month === undefined) return { from: localTime(year, 0, 1), until: localTime(year + 1, 0, 1) };
  if (day === undefined) return { from: localTime(year, month - 1, 1), until: localTime(year, month, 1) };
  return { from: localTime(year, month - 1, day), until: localTime(year, month - 1, day + 1) };
}

// A date's span by its text too: sorting a large story asks once per event, and then needs one
// look-up by text rather than a parse's look-up and then a span's.
const textSpans = new Map<string, Readonly<{ from: number; until: number }> | null>();

/** The stretch of time a date's text means (see spanMs), or null for text that is no date. */
export function textSpan(text: string): Readonly<{ from: number; until: number }> | null {
  let span = textSpans.get(text);
  if (span === undefined) {
    const date = parsePartialDate(text);
    span = date ? spanMs(date) : null;
    if (textSpans.size >= MEMO_LIMIT) textSpans.clear();
    textSpans.set(text, span);
  }
  return span;
}

/** A sortable key: the first instant the date can mean, in ms. */
export function dateSortKey(text: string): number {
  return textSpan(text)?.from ?? Number.NaN;
}

/** The key of a date's end: the first instant after all it can mean, in ms ("2022" ends after "2022-10"). */
export function dateEndKey(text: string): number {
  return textSpan(text)?.until ?? Number.NaN;
}

/** True when `end` cannot lie before `start`: the end's span must reach past the start's first instant. */
export function isOrderedRange(start: string, end: string): boolean {
  // False for a date that is not one: comparisons with NaN are false.
  return dateEndKey(end) > dateSortKey(start);
}

/** "2021", "October 2022", "25 March 2024" (or "Oct 2022", "25 Mar 2024" when short). */
export function formatPartialDate(text: string, style: 'long' | 'short' = 'long'): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  if (date.month === undefined) return String(date.year);
  const monthName = MONTHS[date.month - 1] ?? '';
  const month = style === 'short' ? monthName.slice(0, 3) : monthName;
  if (date.day === undefined) return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

const QUALIFIER_WORDS: Record<DateQualifier, string> = {
  before: 'before',
  by: 'by',
  about: 'about',
  after: 'after',
};

/** The label of an event's date: "before October 2021 – October 2022", "2021", "25 March 2024". */
export function formatDateRange(start: string, end?: string, qualifier?: DateQualifier, style: 'long' | 'short' = 'long'): string {
  const from = formatPartialDate(start, style);
  const qualified = qualifier ? `${QUALIFIER_WORDS[qualifier]} ${from}` : from;
  if (!end || end === start) return qualified;
  return `${qualified} – ${formatPartialDate(end, style)}`;
}
