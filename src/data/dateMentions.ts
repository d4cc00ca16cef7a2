/**
 * Every date expression in an article, resolved as a careful reader would: the studio
 * highlights them (and prefills an event's date and dateBasis from one), and the data
 * compiler reports those no citation covers. Pure: no DOM, no Node APIs.
 *
 * chrono-node reads days, months and weekdays; the rest is read here: bare years, year
 * ranges, "last year", "more than a year by that point", qualifiers, and what chrono gets
 * wrong for a news report (it reads "May" the verb and "sat" as dates, pads a month to
 * its first day, and picks the nearest weekday even when it lies after the report).
 *
 * How the words are read:
 * - Precision is what the words give: "in July" is a month, "last year" a year, never a day.
 * - A report looks back: a weekday, month or day without a year is the latest one on or
 *   before the report's date, unless its sentence looks ahead ("will", "upcoming", "later
 *   this year"), when it is the next one. A heuristic, written out in every basis.
 * - A relative day inside a quotation ("today", "on Monday") is the speaker's, who spoke
 *   on or before the report: it is given as `by` that day.
 * - "X and Y" is one range only for consecutive years ("2021 and 2022"); "2019 and 2022"
 *   is two mentions. "between … and" and "from … to" always make a range.
 * - Durations are mentions only when the words anchor them: "two years ago", "over the
 *   past decade" (from the report), "more than a year by that point", "two years later"
 *   (from the mention before it in the paragraph). A bare "14-year campaign", "more than
 *   a decade", "for years", "in recent years" or "hours later" gives no date and is left out.
 * - "more than"/"over"/"or more" give `by`, not `about`: at the precision the count
 *   supports, "more than a year before October 2022" can still be October 2021. "almost",
 *   "less than" give `after`; "about", "around", "or so" give `about`.
 * - "in a few months", "in the coming weeks" are mentions: after the report's date.
 * - The date printed in the dateline is a mention too, marked `inDateline`: it dates the
 *   report, not an event.
 * - Not dates: numbers that are counts or amounts ("2,000", "2000 people", "more than 2000
 *   emails", "$2020"), parts of identifiers ("CVE-2021-44228", "APT31", "No. 2021"),
 *   hyphenated durations ("14-year"), ages, times of day ("10:30", "2030 GMT"), month
 *   names without a date around them ("May" the verb or a name, "a march"), abbreviated
 *   weekdays ("sat", "Sun"), "now", "earlier", and slash dates whose order is ambiguous.
 * - A mention whose date cannot be honestly known comes back with no `date` (a relative
 *   mention in an article with no dateline or publication date, or whose dateline has no
 *   year that the article lets a reader infer) and a basis that says why. Nothing is guessed.
 *
 * Year inference, when the dateline gives a day but no year ("LONDON (March 26)"): the
 * article's weekdays are read as the dateline's day or the day before (a wire report's
 * news cycle), and its latest explicit date as past; the first year from that date in which
 * the weekdays fit is the report's year. Without both a weekday and a dated mention, the
 * year is not inferred.
 */
import * as chrono from 'chrono-node';
import { formatPartialDate, isPartialDate, MONTHS, type DateQualifier } from './dates';

export type { DateQualifier } from './dates';

export interface DateAnchor {
  /** The dateline as printed, e.g. "LONDON (March 26)" — often without a year. */
  dateline?: string;
  /** The publication day if known, ISO "2024-03-26". */
  published?: string;
}

export interface DateMention {
  /** Offsets into the text (UTF-16, JS string indices), end exclusive; text.slice(start, end) === words. */
  start: number;
  end: number;
  words: string;
  /**
   * ISO 8601 at the precision the words support: "2021", "2022-10", "2024-03-25". Never a
   * year padded to 1 January. Absent when the date cannot be known (see `basis` for why).
   */
  date?: string;
  /** For a range ("between 2014 and 2022", "from 2010 to 2016", "2021-2022"): its end, same format. */
  endDate?: string;
  /** Where the words bound or approximate the date: "before October 2021", "by 2022", "around 2010", "since 2019". */
  qualifier?: DateQualifier;
  /** True when resolved (or to be resolved) against the dateline, the publication date or another mention rather than read off the words. */
  relative: boolean;
  /** The reasoning in plain words, usable as an event's dateBasis, quoting the article's words in single quotes. */
  basis: string;
  /** True for the date printed in the dateline itself: it dates the report, not an event. */
  inDateline?: boolean;
}

/** A citation's place in the same text: where its quote starts, and the quote. */
export interface QuotedSpan {
  offset: number;
  quote: string;
}

export function findDateMentions(text: string, anchor: DateAnchor = {}): DateMention[] {
  const found = [...calendarCandidates(text), ...yearCandidates(text), ...relativeCandidates(text)];
  const candidates = joinRanges(text, longestFirst(found))
    .map((candidate) => introduce(text, candidate))
    .filter((candidate) => isDateInContext(text, candidate))
    .map((candidate) => situate(text, candidate, anchor));
  const report = reportDate(anchor, candidates);
  const mentions: DateMention[] = [];
  for (const candidate of candidates) {
    mentions.push({ start: candidate.start, end: candidate.end, words: candidate.words, ...resolve(text, candidate, report, mentions) });
  }
  return mentions;
}

/** Each mention with the quotes that hold it whole (offset..offset + quote.length): none means no citation covers it. */
export function mentionsCitedBy<Q extends QuotedSpan>(
  mentions: readonly DateMention[],
  quotes: readonly Q[],
): { mention: DateMention; citedBy: Q[] }[] {
  return mentions.map((mention) => ({
    mention,
    citedBy: quotes.filter((quote) => quote.offset <= mention.start && mention.end <= quote.offset + quote.quote.length),
  }));
}

// ---------------------------------------------------------------- readings

type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** A date read off the words; any part may be missing ("July", "March 26", "2021"). */
interface CalendarReading {
  kind: 'calendar';
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday, as printed with the date ("Monday 25 March"). */
  weekday?: number;
}

type Reading =
  | CalendarReading
  | { kind: 'weekday'; weekday: number; modifier?: 'last' | 'next' }
  | { kind: 'dayOffset'; days: number }
  | { kind: 'calendarOffset'; unit: 'year' | 'month' | 'week'; offset: number }
  | {
      kind: 'count';
      amount: number;
      unit: Unit;
      direction: -1 | 1;
      from: 'report' | 'previous';
      /** The words describe the whole stretch up to the anchor ("over the past decade"), not a point. */
      span: boolean;
      bound?: DateQualifier;
    }
  | { kind: 'soon'; unit: 'day' | 'week' | 'month' };

interface Candidate {
  start: number;
  end: number;
  reading: Reading;
  /** The end of a range ("between 2014 and 2022"). */
  until?: CalendarReading;
  qualifier?: DateQualifier;
  /** A word before it that makes a bare month name a date ("in", "since", "early"). */
  introduced?: boolean;
}

interface Situated extends Candidate {
  words: string;
  inQuotation: boolean;
  looksAhead: boolean;
  inDateline: boolean;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const SPACE = String.raw`[^\S\n]+`;

// ---------------------------------------------------------------- chrono: days, months, weekdays

/** Any reference serves: only what chrono reads off the words (its certain components) is used. */
const CHRONO_REFERENCE = new Date(2000, 0, 1, 12);
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
const WEEKDAY_WORDS = /^(?:(last|past|this|next)[^\S\n]+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const NUMERIC_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TIMES_OF_DAY = [
  /\b\d{1,2}[:.]\d{2}(?:[^\S\n]*(?:am|pm|a\.m\.|p\.m\.))?/gi,
  /\b\d{1,2}[^\S\n]*(?:am|pm|a\.m\.|p\.m\.)/gi,
  /\b(?:noon|midday|midnight)\b/gi,
];

/** Times of day blanked out (same length, so offsets hold): "at 10:30 on Friday" is a mention of Friday. */
function withoutTimesOfDay(text: string): string {
  return TIMES_OF_DAY.reduce((masked, pattern) => masked.replace(pattern, (time) => ' '.repeat(time.length)), text);
}

function calendarCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const result of chrono.en.casual.parse(withoutTimesOfDay(text), CHRONO_REFERENCE)) {
    const leading = /^[\s,(（]*(?:on[^\S\n]+)?/i.exec(result.text)?.[0].length ?? 0;
    const core = result.text.slice(leading).replace(/[\s,)）]+$/, '');
    if (core === '' || result.start.isCertain('hour')) continue;
    const start = result.index + leading;
    const reading = weekdayReading(core) ?? calendarReading(core, result.start);
    if (!reading) continue;
    const until = result.end && reading.kind === 'calendar' ? calendarReading(core, result.end) : undefined;
    const end = start + core.length;
    if (reading.kind === 'calendar' && until) candidates.push({ start, end, reading: withYearFrom(until, reading), until });
    else candidates.push({ start, end, reading });
  }
  return candidates;
}

function weekdayReading(core: string): Reading | undefined {
  const match = WEEKDAY_WORDS.exec(core.replace(/^(Last|Past|This|Next)\b/, (word) => word.toLowerCase()));
  if (!match) return undefined;
  const weekday = WEEKDAYS.indexOf(match[2] as (typeof WEEKDAYS)[number]);
  const modifier = match[1] === 'next' ? 'next' : match[1] === 'last' || match[1] === 'past' ? 'last' : undefined;
  return { kind: 'weekday', weekday, ...(modifier ? { modifier } : {}) };
}

function calendarReading(core: string, components: chrono.ParsedResult['start']): CalendarReading | undefined {
  const month = components.isCertain('month') ? components.get('month') : null;
  if (month === null) return undefined;
  const day = components.isCertain('day') ? components.get('day') : null;
  const monthName = MONTH_NAME.exec(core)?.[0];
  if (monthName !== undefined) {
    // "may", "march": a lower-case month name is a date only with a day or a year beside it.
    const capitalised = monthName[0] === monthName[0]?.toUpperCase();
    if (!capitalised && day === null && !/\d{4}/.test(core)) return undefined;
  } else if (!NUMERIC_DATE.test(core) && !isUnambiguousSlashDate(core)) {
    // "today", "last month", "in 2 weeks": chrono's relative readings; read here instead.
    return undefined;
  }
  const year = components.isCertain('year') && /\d{4}|['’]\d{2}\b/.test(core) ? components.get('year') : null;
  const weekday = components.isCertain('weekday') ? components.get('weekday') : null;
  return {
    kind: 'calendar',
    month,
    ...(year !== null ? { year } : {}),
    ...(day !== null ? { day } : {}),
    ...(weekday !== null ? { weekday } : {}),
  };
}

/** "26/03/2024" is a date; "03/04/2024" could be either order, and "24/7" or "1/2" are not dates. */
function isUnambiguousSlashDate(core: string): boolean {
  const match = SLASH_DATE.exec(core);
  return match !== null && (Number(match[1]) > 12 || Number(match[2]) > 12 || match[1] === match[2]);
}

/** "from May to July 2021": the start takes the end's year (the year before, if its month comes later). */
function withYearFrom(end: CalendarReading, start: CalendarReading): CalendarReading {
  if (start.year !== undefined || end.year === undefined) return start;
  return { ...start, year: (start.month ?? 1) > (end.month ?? 12) ? end.year - 1 : end.year };
}

// ---------------------------------------------------------------- bare years and decades

const YEAR_TOKEN = /(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{N}])/gu;
const DECADE_TOKEN = /(?<![\p{L}\p{N}])(1[89]\d|20\d)0s(?![\p{L}\p{N}])/gu;
const YEAR_RANGE_TAIL = /^[^\S\n]?[-–][^\S\n]?(\d{4}|\d{2})(?![\p{N}])/u;
const COUNTED =
  /^[^\S\n]+(?:people|persons|voters|e-?mails|messages|accounts|users|individuals|employees|staff|workers|troops|soldiers|officers|members|residents|victims|targets|computers|devices|servers|documents|files|records|pages|words|times|cases|deaths|homes|jobs|pounds|dollars|euros|yuan|miles|kilometres|kilometers|km|metres|meters|feet|tonnes|tons|hours|hrs|minutes|seconds|days|weeks|months|years|GMT|UTC|BST|EST|EDT|CET|local time|of)\b/i;
const QUANTITY_BEFORE =
  /\b(?:more than|fewer than|less than|over|nearly|almost|at least|up to|some|roughly|approximately|an estimated|about|around)[^\S\n]+$/i;
const NOT_PLURALS = new Set(['was', 'has', 'is', 'as', 'its', 'his', 'this', 'thus', 'plus', 'whereas', 'us']);
const NUMBERED_BEFORE = /\b(?:no\.?|nos\.?|number|page|room|flight|route|article|section|chapter|model|version|unit)[^\S\n]*$/i;

function yearCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(DECADE_TOKEN)) {
    const first = Number(`${match[1]}0`);
    candidates.push({
      start: match.index,
      end: match.index + match[0].length,
      reading: { kind: 'calendar', year: first },
      until: { kind: 'calendar', year: first + 9 },
    });
  }
  for (const match of text.matchAll(YEAR_TOKEN)) {
    const start = match.index;
    const year = Number(match[1]);
    let end = start + match[0].length;
    if (!isStandalone(text, start, end)) continue;
    const tail = YEAR_RANGE_TAIL.exec(text.slice(end));
    const endYear = tail?.[1] === undefined ? undefined : rangeEndYear(year, tail[1]);
    if (endYear !== undefined && tail) {
      end += tail[0].length;
      candidates.push({ start, end, reading: { kind: 'calendar', year }, until: { kind: 'calendar', year: endYear } });
    } else if (!/^[-–/]\d/.test(text.slice(end)) && !isCount(text, start, end)) {
      candidates.push({ start, end, reading: { kind: 'calendar', year } });
    }
  }
  return candidates;
}

/** Not a piece of a bigger number or name: "2,021", "$2021", "CVE-2021", "2021%"; "mid-2021" is a year. */
function isStandalone(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 5), start);
  const after = text.slice(end, end + 2);
  if (/[$£€¥#.,/'’]$/.test(before) || /\d[^\S\n]$/.test(before)) return false;
  if (before.endsWith('-') && !/\b(?:mid|pre|post)-$/i.test(before)) return false;
  return !/^(?:[%°]|[.,]\d|-\p{L})/u.test(after);
}

function rangeEndYear(first: number, written: string): number | undefined {
  const year = written.length === 2 ? first - (first % 100) + Number(written) : Number(written);
  return year > first && year < 2100 ? year : undefined;
}

/** "2000 people", "more than 2000 hackers", "No. 2021": counts and numbers, not years. */
function isCount(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 30);
  const before = text.slice(Math.max(0, start - 30), start);
  if (COUNTED.test(after) || NUMBERED_BEFORE.test(before)) return true;
  const nextWord = /^[^\S\n]+(\p{Ll}+)/u.exec(after)?.[1] ?? '';
  return QUANTITY_BEFORE.test(before) && nextWord.endsWith('s') && !NOT_PLURALS.has(nextWord);
}

// ---------------------------------------------------------------- relative words

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const AMOUNT = String.raw`(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})`;
const UNIT = String.raw`(day|week|month|year|decade)s?`;
const COUNT_MODIFIER = String.raw`(?:(more than|over|almost|nearly|about|around|some|roughly|less than|under)${SPACE})?`;
const COUNT_SUFFIX = String.raw`(?:${SPACE}or${SPACE}(more|so))?`;

const DAY_WORDS = /\b(today|tonight|yesterday|tomorrow)\b/gi;
const CALENDAR_OFFSET = new RegExp(String.raw`\b(last|this|next)${SPACE}(year|month|week)\b`, 'gi');
const AGO = new RegExp(String.raw`\b${COUNT_MODIFIER}${AMOUNT}${SPACE}${UNIT}${SPACE}ago\b`, 'gi');
const PAST_STRETCH = new RegExp(
  String.raw`\b(?:(?:over|in|during|for|within)${SPACE})?the${SPACE}(?:past|last|previous)${SPACE}(?:${AMOUNT}${SPACE})?${UNIT}${COUNT_SUFFIX}\b`,
  'gi',
);
const FROM_PREVIOUS = new RegExp(
  String.raw`\b${COUNT_MODIFIER}${AMOUNT}${SPACE}${UNIT}${COUNT_SUFFIX}${SPACE}(by that point|by then|by that time|later|earlier|after that|before that)\b`,
  'gi',
);
const SOON = new RegExp(
  String.raw`\b(?:in|within)${SPACE}(?:a few|a couple of|several|the coming|the next few|the next)${SPACE}(day|week|month)s\b`,
  'gi',
);

const DAY_OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

function relativeCandidates(text: string): Candidate[] {
  const at = (match: RegExpMatchArray, reading: Reading): Candidate => {
    const start = match.index ?? 0;
    return { start, end: start + match[0].length, reading };
  };
  const unitOf = (word: string | undefined) => (word ?? 'year').toLowerCase() as Unit;
  const amountOf = (word: string | undefined) => (word === undefined ? 1 : (NUMBER_WORDS[word.toLowerCase()] ?? Number(word)));
  return [
    ...[...text.matchAll(DAY_WORDS)].map((m) => at(m, { kind: 'dayOffset', days: DAY_OFFSETS[(m[1] ?? '').toLowerCase()] ?? 0 })),
    ...[...text.matchAll(CALENDAR_OFFSET)].map((m) => {
      const offset = { last: -1, this: 0, next: 1 }[(m[1] ?? 'this').toLowerCase() as 'last' | 'this' | 'next'];
      return at(m, { kind: 'calendarOffset', unit: unitOf(m[2]) as 'year' | 'month' | 'week', offset });
    }),
    ...[...text.matchAll(AGO)].map((m) =>
      at(m, {
        kind: 'count',
        amount: amountOf(m[2]),
        unit: unitOf(m[3]),
        direction: -1,
        from: 'report',
        span: false,
        ...countBound(m[1], undefined, unitOf(m[3])),
      }),
    ),
    ...[...text.matchAll(PAST_STRETCH)].map((m) =>
      at(m, {
        kind: 'count',
        amount: amountOf(m[1]),
        unit: unitOf(m[2]),
        direction: -1,
        from: 'report',
        span: true,
        ...countBound(undefined, m[3], unitOf(m[2])),
      }),
    ),
    ...[...text.matchAll(FROM_PREVIOUS)].map((m) => {
      const link = (m[5] ?? '').toLowerCase();
      const direction = link === 'later' || link === 'after that' ? 1 : -1;
      return at(m, {
        kind: 'count',
        amount: amountOf(m[2]),
        unit: unitOf(m[3]),
        direction,
        from: 'previous',
        span: link.startsWith('by '),
        ...countBound(m[1], m[4]),
      });
    }),
    ...[...text.matchAll(SOON)].map((m) => at(m, { kind: 'soon', unit: unitOf(m[1]) as 'day' | 'week' | 'month' })),
  ];
}

/** What "more than", "almost", "about" … do to a counted date; a count of years from the report is approximate anyway. */
function countBound(modifier: string | undefined, suffix: string | undefined, approximateUnit?: Unit): { bound?: DateQualifier } {
  const words = `${modifier ?? ''} or ${suffix ?? ''}`.toLowerCase();
  if (/more than|over|or more/.test(words)) return { bound: 'by' };
  if (/almost|nearly|less than|under/.test(words)) return { bound: 'after' };
  if (/about|around|some|roughly|or so/.test(words)) return { bound: 'about' };
  return approximateUnit === 'year' || approximateUnit === 'decade' || approximateUnit === 'month' ? { bound: 'about' } : {};
}

// ---------------------------------------------------------------- choosing, ranges, leading words

/** Overlapping readings: the longest wins ("between 2014 and 2022" over "2014"), then back in text order. */
function longestFirst(candidates: Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const candidate of byLength) {
    if (chosen.every((other) => candidate.end <= other.start || other.end <= candidate.start)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const DASH_LINK = /^[^\S\n]?[-–][^\S\n]?$/;
const WORD_LINK = new RegExp(String.raw`^${SPACE}(and|to|until|till|through)${SPACE}$`, 'i');
const RANGE_OPENER = new RegExp(String.raw`\b(between|from)${SPACE}$`, 'i');

/** "between 2014 and 2022", "from 2010 to 2016", "2021 and 2022", "May to July 2021": one mention each. */
function joinRanges(text: string, candidates: Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i] as Candidate;
    const second = candidates[i + 1];
    const range = second ? asRange(text, first, second) : undefined;
    joined.push(range ?? first);
    if (range) i++;
  }
  return joined;
}

function asRange(text: string, first: Candidate, second: Candidate): Candidate | undefined {
  if (first.reading.kind !== 'calendar' || second.reading.kind !== 'calendar' || first.until || second.until) return undefined;
  const gap = text.slice(first.end, second.start);
  const link = DASH_LINK.test(gap) ? '-' : WORD_LINK.exec(gap)?.[1]?.toLowerCase();
  if (link === undefined) return undefined;
  const opener = RANGE_OPENER.exec(text.slice(Math.max(0, first.start - 12), first.start));
  const fromYear = first.reading.year;
  const toYear = second.reading.year;
  const consecutiveYears =
    first.reading.month === undefined && second.reading.month === undefined && fromYear !== undefined && toYear === fromYear + 1;
  const fits = {
    between: link === 'and' || link === '-',
    from: link !== 'and',
    // Without an opener, "and" joins only consecutive years: "2019 and 2022" are two dates.
    none: link === 'and' ? consecutiveYears : toYear !== undefined,
  }[(opener?.[1]?.toLowerCase() ?? 'none') as 'between' | 'from' | 'none'];
  if (!fits) return undefined;
  const until = second.reading;
  const start = withYearFrom(until, first.reading);
  if (start.year !== undefined && until.year !== undefined && isoOf(start) > isoOf(until)) return undefined;
  return { start: opener ? first.start - opener[0].length : first.start, end: second.end, reading: start, until, introduced: true };
}

const LEADING_WORDS = new RegExp(
  String.raw`(?:\b(earlier|later)${SPACE})?(?:\b(since|after|before|prior to|by|until|till|around|about|circa|approximately|roughly|in|on|during)${SPACE})?(?:\b(the${SPACE}(?:end|start|beginning|middle|turn)${SPACE}of${SPACE}|early${SPACE}|late${SPACE}|mid-?[^\S\n]*|earlier${SPACE}|later${SPACE}))?$`,
  'i',
);
const QUALIFIER_OF: Record<string, DateQualifier> = {
  since: 'after',
  after: 'after',
  before: 'before',
  'prior to': 'before',
  by: 'by',
  around: 'about',
  about: 'about',
  circa: 'about',
  approximately: 'about',
  roughly: 'about',
};

/** Takes in the words that lead into a date ("in", "since", "by the end of", "later") and the qualifier they give. */
function introduce(text: string, candidate: Candidate): Candidate {
  if (candidate.reading.kind === 'count' || candidate.reading.kind === 'soon') return candidate;
  const before = text.slice(Math.max(0, candidate.start - 40), candidate.start);
  // chrono reads "May to July 2021" as one range; "from" before it belongs to it.
  const opener = candidate.until && !candidate.introduced ? RANGE_OPENER.exec(before) : null;
  if (opener) return { ...candidate, start: candidate.start - opener[0].length, introduced: true };
  const match = LEADING_WORDS.exec(before);
  if (!match || match[0] === '') return candidate;
  const preposition = match[2]?.toLowerCase().replace(/\s+/g, ' ');
  const qualifier = preposition === undefined ? undefined : QUALIFIER_OF[preposition];
  return { ...candidate, start: candidate.start - match[0].length, introduced: true, ...(qualifier ? { qualifier } : {}) };
}

/**
 * A month name alone ("May", "March") is a date only when something leads into it: "in May",
 * "since March". A weekday alone is not one inside a name: "the Sunday Times", "Bloody Sunday".
 */
function isDateInContext(text: string, candidate: Candidate): boolean {
  const { reading } = candidate;
  if (reading.kind === 'weekday') {
    if (candidate.introduced || reading.modifier) return true;
    const wordBefore = /(\p{L}+)[^\S\n]+$/u.exec(text.slice(Math.max(0, candidate.start - 30), candidate.start))?.[1] ?? '';
    const wordAfter = /^[^\S\n]+(\p{L}+)/u.exec(text.slice(candidate.end, candidate.end + 30))?.[1] ?? '';
    const atSentenceStart =
      candidate.start === 0 || /[.!?“"\n][^\S\n]*$/.test(text.slice(Math.max(0, candidate.start - 3), candidate.start));
    const isName = (word: string) => /^\p{Lu}/u.test(word);
    return !isName(wordAfter) && (atSentenceStart || !isName(wordBefore));
  }
  if (reading.kind !== 'calendar' || reading.year !== undefined || reading.day !== undefined) return true;
  return candidate.introduced === true || candidate.until?.year !== undefined;
}

// ---------------------------------------------------------------- context: quotations, tense, dateline

const FUTURE_CUE =
  /\b(?:will|won['’]t|shall|upcoming|forthcoming|next|due to be|due in|expected to|scheduled|set to|later this|going to|plans? to)\b|['’]ll\b/i;
const REPORTED_PAST = /^(?:said|told|added|announced|stated|wrote|confirmed|reported)$/i;

function situate(text: string, candidate: Candidate, anchor: DateAnchor): Situated {
  const datelineAt = anchor.dateline ? text.indexOf(anchor.dateline) : -1;
  const inDateline =
    anchor.dateline !== undefined &&
    datelineAt !== -1 &&
    candidate.start >= datelineAt &&
    candidate.end <= datelineAt + anchor.dateline.length;
  return {
    ...candidate,
    words: text.slice(candidate.start, candidate.end),
    inQuotation: isInQuotation(text, candidate.start),
    looksAhead: looksAhead(text, candidate.start, candidate.end),
    inDateline,
  };
}

/** Inside a quotation that is open at `offset` in its paragraph: curly marks pair up; straight ones are counted. */
function isInQuotation(text: string, offset: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  const opened = before.lastIndexOf('“');
  const closed = before.lastIndexOf('”');
  if (opened !== -1 || closed !== -1) return opened > closed;
  return (before.match(/"/g) ?? []).length % 2 === 1;
}

/** The sentence around the words speaks of what is to come: "the local elections in May … would be safe later this year". */
function looksAhead(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  const before = text.slice(sentence.start, start).split(/\s+/).filter(Boolean).slice(-6);
  const after = text.slice(end, sentence.end).split(/\s+/).filter(Boolean).slice(0, 10);
  const adjacent = [before.at(-1), after[0]].map((word) => (word ?? '').replace(/[^\p{L}]/gu, ''));
  if (adjacent.some((word) => REPORTED_PAST.test(word))) return false;
  return FUTURE_CUE.test([...before, ...after].join(' '));
}

function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && text[from - 1] !== '\n' && !(/[.!?]/.test(text[from - 2] ?? '') && /\s/.test(text[from - 1] ?? ''))) from--;
  const rest = /[.!?](?=\s|$)|\n/.exec(text.slice(end));
  return { start: from, end: rest ? end + rest.index : text.length };
}

function paragraphStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

// ---------------------------------------------------------------- the report's own date

interface Report {
  year?: number;
  month?: number;
  day?: number;
  /** How the article dates itself, for a basis: "dateline 'March 26'", "publication date 26 March 2024". */
  source?: string;
  /** Why the report's date is missing or partial. */
  gap?: string;
  /** How its year was inferred, when the dateline gives none. */
  yearNote?: string;
}

function reportDate(anchor: DateAnchor, candidates: readonly Situated[]): Report {
  if (anchor.published !== undefined && isPartialDate(anchor.published)) {
    const [year, month, day] = anchor.published.split('-').map(Number);
    const date = { year: year as number, month, day };
    return { ...date, source: `publication date ${formatPartialDate(anchor.published)}` };
  }
  if (anchor.dateline === undefined) return { gap: 'the article has no dateline or publication date' };
  const printed = calendarCandidates(anchor.dateline)[0];
  if (printed?.reading.kind !== 'calendar') return { gap: `the dateline '${anchor.dateline}' gives no date` };
  const words = anchor.dateline.slice(printed.start, printed.end);
  const { year, month, day } = printed.reading;
  const source = `dateline '${words}'`;
  if (year !== undefined) return { year, month, day, source };
  const inferred = inferYear(words, month, day, candidates);
  return 'year' in inferred
    ? { year: inferred.year, month, day, source, yearNote: inferred.note }
    : { month, day, source, gap: inferred.note };
}

/** The dateline's year from the article's weekdays and its latest dated mention (see the module comment). */
function inferYear(
  words: string,
  month: number | undefined,
  day: number | undefined,
  candidates: readonly Situated[],
): { year: number; note: string } | { note: string } {
  const noYear = `no year in the dateline '${words}'`;
  if (month === undefined || day === undefined) return { note: `${noYear}, and without its day the article's weekdays cannot fix one` };
  const evidence = candidates.filter((c) => !c.inQuotation && !c.looksAhead && !c.inDateline);
  const weekdays = evidence.filter((c) => c.reading.kind === 'weekday' && c.reading.modifier === undefined);
  const datedWeekdays = evidence.filter(
    (c) => c.reading.kind === 'calendar' && c.reading.year === undefined && c.reading.day !== undefined && c.reading.weekday !== undefined,
  );
  if (weekdays.length + datedWeekdays.length === 0) return { note: `${noYear}, and no weekday in the article fixes it` };
  const latest = latestDatedMention(
    candidates.filter((c) => !c.looksAhead && !c.inDateline),
    month,
    day,
  );
  if (!latest) return { note: `${noYear}, and no dated mention in the article bounds it` };

  const fits = (year: number) =>
    weekdays.every((c) => c.reading.kind === 'weekday' && daysBack(weekdayOf(year, month, day), c.reading.weekday) <= 1) &&
    datedWeekdays.every((c) => {
      const printed = c.reading as CalendarReading;
      const printedYear = isAfter(printed, { month, day }) ? year - 1 : year;
      return weekdayOf(printedYear, printed.month ?? 1, printed.day ?? 1) === printed.weekday;
    });
  const reading = [
    ...(datedWeekdays.length > 0 ? [`${listed(datedWeekdays.map((c) => c.words))} as printed`] : []),
    ...(weekdays.length > 0 ? [`${listed(weekdays.map((c) => c.words))} as the dateline's day or the day before`] : []),
  ].join(' and ');
  // Weekdays repeat on the same date within 28 years.
  for (let year = latest.year; year < latest.year + 28; year++) {
    if (!fits(year)) continue;
    const weekday = WEEKDAYS[weekdayOf(year, month, day)] ?? '';
    return {
      year,
      note: `${noYear}: reading ${reading}, and the article's latest date, '${latest.words}', as past, the first year that fits is ${year}, when ${day} ${MONTHS[month - 1] ?? ''} was a ${weekday}`,
    };
  }
  return { note: `${noYear}, and no year from ${latest.year} fits ${reading}` };
}

/** The explicit date that puts the report latest: a report of 26 March that says "in October 2022" is of 2023 or later. */
function latestDatedMention(candidates: readonly Situated[], month: number, day: number): { year: number; words: string } | undefined {
  let latest: { year: number; words: string } | undefined;
  for (const candidate of candidates) {
    if (candidate.reading.kind !== 'calendar' || candidate.qualifier === 'by') continue;
    const last = candidate.until ?? candidate.reading;
    if (last.year === undefined) continue;
    const earliestReportYear = isAfter({ month: last.month ?? 1, day: last.day ?? 1 }, { month, day }) ? last.year + 1 : last.year;
    if (!latest || earliestReportYear > latest.year) latest = { year: earliestReportYear, words: candidate.words };
  }
  return latest;
}

// ---------------------------------------------------------------- resolution

/** A mention's reading, without its place in the text. */
type Resolution = Omit<DateMention, 'start' | 'end' | 'words'>;

interface Day {
  year: number;
  month?: number;
  day?: number;
}

interface FullDay {
  year: number;
  month: number;
  day: number;
}

type CountReading = Extract<Reading, { kind: 'count' }>;

function resolve(text: string, candidate: Situated, report: Report, earlier: readonly DateMention[]): Resolution {
  const resolution = resolveReading(text, candidate, report, earlier);
  const qualifier = resolution.qualifier ?? candidate.qualifier;
  return { ...resolution, ...(qualifier ? { qualifier } : {}), ...(candidate.inDateline ? { inDateline: true } : {}) };
}

function resolveReading(text: string, candidate: Situated, report: Report, earlier: readonly DateMention[]): Resolution {
  const { reading } = candidate;
  switch (reading.kind) {
    case 'calendar':
      return resolveCalendar(candidate, reading, report);
    case 'count':
      return resolveCount(text, candidate, reading, report, earlier);
    default: {
      const missing = PARTS.slice(0, PARTS.indexOf(precisionNeeded(reading)) + 1).find((part) => report[part] === undefined);
      if (missing !== undefined || report.year === undefined) return unresolved(candidate, report, missing ?? 'year');
      // Parts the reading does not need ("last year" needs no day) may be missing; they go unread.
      return resolveFromReportDay(candidate, reading, { year: report.year, month: report.month ?? 1, day: report.day ?? 1 }, report);
    }
  }
}

function resolveFromReportDay(candidate: Situated, reading: Reading, reportDay: FullDay, report: Report): Resolution {
  const given = (human: string, note = '') => ({
    relative: true,
    basis: `${reportPhrase(report, candidate)} give ${human}${note}${yearNote(report)}`,
  });
  // "Today", "on Monday" in a quotation are the speaker's, who spoke on or before the report.
  const spoken = candidate.inQuotation
    ? { qualifier: 'by' as const, note: ", or earlier: the words are in a quotation, so the day is the speaker's" }
    : { note: '' };
  switch (reading.kind) {
    case 'weekday': {
      const reportWeekday = weekdayOf(reportDay.year, reportDay.month, reportDay.day);
      const ahead = reading.modifier === 'next' || (reading.modifier === undefined && candidate.looksAhead);
      const date = addDays(reportDay, weekdayShift(reportWeekday, reading.weekday, reading.modifier, candidate.looksAhead));
      const human = `${WEEKDAYS[reading.weekday] ?? ''} ${formatPartialDate(isoOf(date))}`;
      const note = (ahead ? ', the next one: the sentence looks ahead' : '') + spoken.note;
      return { date: isoOf(date), ...(spoken.qualifier ? { qualifier: spoken.qualifier } : {}), ...given(human, note) };
    }
    case 'dayOffset': {
      const date = addDays(reportDay, reading.days);
      return {
        date: isoOf(date),
        ...(spoken.qualifier ? { qualifier: spoken.qualifier } : {}),
        ...given(formatPartialDate(isoOf(date)), spoken.note),
      };
    }
    case 'calendarOffset': {
      if (reading.unit === 'week') {
        const monday = addDays(reportDay, 7 * reading.offset - daysBack(weekdayOf(reportDay.year, reportDay.month, reportDay.day), 1));
        const sunday = addDays(monday, 6);
        return {
          date: isoOf(monday),
          endDate: isoOf(sunday),
          ...given(`the week of ${formatPartialDate(isoOf(monday))} to ${formatPartialDate(isoOf(sunday))}`),
        };
      }
      const date = reading.unit === 'year' ? { year: reportDay.year + reading.offset } : addMonths(reportDay, reading.offset);
      return { date: isoOf(date), ...given(formatPartialDate(isoOf(date))) };
    }
    case 'soon': {
      const date = reading.unit === 'month' ? { year: reportDay.year, month: reportDay.month } : reportDay;
      return { date: isoOf(date), qualifier: 'after', ...given(`a date after ${formatPartialDate(isoOf(date))}`) };
    }
    default:
      return unresolved(candidate, report, 'day');
  }
}

/** The latest such weekday on or before the report ("last": before it), or the next one when the sentence looks ahead. */
function weekdayShift(reportWeekday: number, weekday: number, modifier: 'last' | 'next' | undefined, looksAhead: boolean): number {
  const back = daysBack(reportWeekday, weekday);
  const forward = daysBack(weekday, reportWeekday);
  if (modifier === 'last') return -(back || 7);
  if (modifier === 'next') return forward || 7;
  return looksAhead ? forward : -back;
}

function resolveCalendar(candidate: Situated, reading: CalendarReading, report: Report): Resolution {
  const quoted = `'${candidate.words}'`;
  const start = placeInYear(reading, report, candidate.looksAhead);
  const end = candidate.until ? placeInYear(candidate.until, report, candidate.looksAhead) : undefined;
  if (!start || (candidate.until && !end)) {
    return unresolved(candidate, report, report.year === undefined ? 'year' : report.month === undefined ? 'month' : 'day');
  }
  const range = end ? { endDate: isoOf(end.date) } : {};
  const relative = reading.year === undefined || (candidate.until?.year === undefined && candidate.until !== undefined);
  if (!relative) return { date: isoOf(start.date), ...range, relative: false, basis: quoted };

  const human = formatPartialDate(isoOf(start.date)) + (end ? ` to ${formatPartialDate(isoOf(end.date))}` : '');
  // The dateline's own date, when the report is dated by it (a publication date may say otherwise).
  if (candidate.inDateline && report.source === `dateline ${quoted}`)
    return { date: isoOf(start.date), relative: true, basis: `the dateline ${quoted} dates the report: ${human}${yearNote(report)}` };
  const month = MONTHS[(reading.month ?? 1) - 1] ?? '';
  const placed = { back: `, the last ${month} before the report`, forward: `, the next ${month}: the sentence looks ahead`, none: '' }[
    start.moved
  ];
  return {
    date: isoOf(start.date),
    ...range,
    relative: true,
    basis: `${reportPhrase(report, candidate)} give ${human}${placed}${yearNote(report)}`,
  };
}

/** A date printed without a year takes the report's: the year before if it would fall after the report (the year after, looking ahead). */
function placeInYear(
  reading: CalendarReading,
  report: Report,
  ahead: boolean,
): { date: Day; moved: 'back' | 'forward' | 'none' } | undefined {
  const printed = {
    ...(reading.month !== undefined ? { month: reading.month } : {}),
    ...(reading.day !== undefined ? { day: reading.day } : {}),
  };
  if (reading.year !== undefined) return { date: { year: reading.year, ...printed }, moved: 'none' };
  if (report.year === undefined || report.month === undefined) return undefined;
  if (reading.month === report.month && reading.day !== undefined && report.day === undefined) return undefined;
  const reportDay = { month: report.month, day: report.day ?? 31 };
  if (!ahead && isAfter({ month: reading.month, day: reading.day ?? 1 }, reportDay))
    return { date: { year: report.year - 1, ...printed }, moved: 'back' };
  if (ahead && isAfter(reportDay, { month: reading.month, day: reading.day ?? 31 }))
    return { date: { year: report.year + 1, ...printed }, moved: 'forward' };
  return { date: { year: report.year, ...printed }, moved: 'none' };
}

function resolveCount(
  text: string,
  candidate: Situated,
  reading: CountReading,
  report: Report,
  earlier: readonly DateMention[],
): Resolution {
  const quoted = `'${candidate.words}'`;
  let anchor: Day;
  let counting: string;
  if (reading.from === 'previous') {
    const sameParagraph = (mention: DateMention) => paragraphStart(text, mention.start) === paragraphStart(text, candidate.start);
    const previous = earlier.findLast((mention) => mention.date !== undefined && sameParagraph(mention));
    if (previous?.date === undefined) {
      return { relative: true, basis: `${quoted} counts from an earlier date, and no dated mention comes before it in its paragraph` };
    }
    anchor = dayOf(previous.endDate ?? previous.date);
    counting = `'${previous.words}' and ${quoted}`;
  } else {
    if (report.year === undefined) return unresolved(candidate, report, 'year');
    anchor = { year: report.year, month: report.month, day: report.day };
    counting = reportPhrase(report, candidate);
  }
  const counted = shift(anchor, reading.direction * reading.amount, reading.unit);
  if (!counted)
    return { relative: true, basis: `${counting} count in ${reading.unit}s, but the date counted from gives no ${reading.unit}` };
  const human = formatPartialDate(isoOf(counted));
  const phrase = { by: `${human} or earlier`, before: `before ${human}`, after: `${human} or later`, about: `about ${human}`, none: human }[
    reading.bound ?? 'none'
  ];
  return {
    date: isoOf(counted),
    ...(reading.span ? { endDate: isoOf(truncate(anchor, counted)) } : {}),
    ...(reading.bound ? { qualifier: reading.bound } : {}),
    relative: true,
    basis: `${counting} count ${reading.direction < 0 ? 'back' : 'forward'} to ${phrase}${reading.from === 'report' ? yearNote(report) : ''}`,
  };
}

const PARTS = ['year', 'month', 'day'] as const;

/** How much of the report's date a relative reading needs: "last year" its year, "in a few months" its month, "on Monday" its day. */
function precisionNeeded(reading: Reading): (typeof PARTS)[number] {
  if (reading.kind === 'calendarOffset' && reading.unit !== 'week') return reading.unit;
  if (reading.kind === 'soon' && reading.unit === 'month') return 'month';
  return 'day';
}

/** "dateline 'March 26' and 'on Monday'": what a relative mention is read from, and the mention. */
function reportPhrase(report: Report, candidate: Situated): string {
  return `${report.source ?? 'the report'} and '${candidate.words}'`;
}

function yearNote(report: Report): string {
  return report.yearNote ? `; ${report.yearNote}` : '';
}

/** No date: the basis says what the mention needs from the report and why the article does not give it. */
function unresolved(candidate: Situated, report: Report, needed: 'year' | 'month' | 'day'): Resolution {
  const why = report.gap ?? `the ${report.source ?? 'article'} gives no ${needed}`;
  return { relative: true, basis: `'${candidate.words}' is read from the report's date, but ${why}` };
}

// ---------------------------------------------------------------- calendar arithmetic

function isoOf({ year, month, day }: { year?: number; month?: number; day?: number }): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [
    String(year ?? 0).padStart(4, '0'),
    ...(month !== undefined ? [pad(month)] : []),
    ...(month !== undefined && day !== undefined ? [pad(day)] : []),
  ].join('-');
}

function dayOf(iso: string): Day {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 0, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

/** `date` at the precision of `like`: the end of "the past decade" is a year, as its start is. */
function truncate(date: Day, like: Day): Day {
  if (like.month === undefined) return { year: date.year };
  if (like.day === undefined) return { year: date.year, month: date.month };
  return date;
}

/** A count of units from a date, at the coarser of the date's precision and the unit's ("a decade" is never to the day). */
function shift(from: Day, amount: number, unit: Unit): Day | undefined {
  if (unit === 'day' || unit === 'week') {
    if (from.month === undefined || from.day === undefined) return undefined;
    return addDays({ year: from.year, month: from.month, day: from.day }, unit === 'week' ? 7 * amount : amount);
  }
  if (unit === 'decade') return { year: from.year + 10 * amount };
  if (from.month === undefined) return unit === 'year' ? { year: from.year + amount } : undefined;
  return addMonths({ year: from.year, month: from.month }, unit === 'month' ? amount : 12 * amount);
}

function addDays(from: FullDay, days: number): FullDay {
  const date = new Date(0);
  date.setUTCFullYear(from.year, from.month - 1, from.day + days);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function addMonths(from: { year: number; month: number }, months: number): Day {
  const index = from.year * 12 + from.month - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function weekdayOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCDay();
}

/** How many days back from a day of the week to the latest `weekday` on or before it: 0–6. */
function daysBack(fromWeekday: number, weekday: number): number {
  return (fromWeekday - weekday + 7) % 7;
}

/** Whether a month (and day) comes later in the year than another. */
function isAfter(a: { month?: number; day?: number }, b: { month?: number; day?: number }): boolean {
  const am = a.month ?? 1;
  const bm = b.month ?? 1;
  return am !== bm ? am > bm : (a.day ?? 1) > (b.day ?? 1);
}

/** 'on Monday' and 'on Tuesday', each wording once. */
function listed(words: string[]): string {
  const distinct = [...new Map(words.map((w) => [w.toLowerCase(), `'${w}'`])).values()];
  return distinct.length <= 1 ? (distinct[0] ?? '') : `${distinct.slice(0, -1).join(', ')} and ${distinct.at(-1) ?? ''}`;
}
