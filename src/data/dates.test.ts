import { describe, expect, test } from 'vitest';
import {
  dateEndKey,
  dateSortKey,
  dateSpan,
  formatDateRange,
  formatPartialDate,
  isOrderedRange,
  isPartialDate,
  parsePartialDate,
  type DateQualifier,
  type PartialDate,
} from './dates';

describe('parsePartialDate', () => {
  test.each<[string, PartialDate | null, string]>([
    ['2021', { year: 2021, precision: 'year' }, 'a year'],
    ['2022-10', { year: 2022, month: 10, precision: 'month' }, 'a month'],
    ['2024-03-25', { year: 2024, month: 3, day: 25, precision: 'day' }, 'a day'],
    ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }, 'leap day in a leap year'],
    ['2000-02-29', { year: 2000, month: 2, day: 29, precision: 'day' }, 'leap day in a century divisible by 400'],
    ['2024-12-31', { year: 2024, month: 12, day: 31, precision: 'day' }, 'last day of the year'],
    ['2022-13', null, 'month 13'],
    ['2022-00', null, 'month 0'],
    ['2024-02-30', null, '30 February'],
    ['2023-02-29', null, 'leap day in a common year'],
    ['1900-02-29', null, 'leap day in a century not divisible by 400'],
    ['2024-04-31', null, '31 April'],
    ['2024-01-00', null, 'day 0'],
    ['24', null, 'two-digit year'],
    ['2024-1', null, 'unpadded month'],
    ['2024-01-1', null, 'unpadded day'],
    ['2024-01-01T00:00', null, 'a date-time'],
    ['2024/01/01', null, 'slashes'],
    [' 2024', null, 'leading space'],
    ['2024\n', null, 'trailing newline'],
    ['', null, 'empty'],
  ])('%j → %j (%s)', (input, expected) => {
    expect(parsePartialDate(input)).toStrictEqual(expected);
  });
});

describe('dateSpan covers the whole period a partial date means, as local [from, until)', () => {
  test.each<[string, Date, Date, string]>([
    ['2021', new Date(2021, 0, 1), new Date(2022, 0, 1), 'a year is all of that year'],
    ['2022-10', new Date(2022, 9, 1), new Date(2022, 10, 1), 'a month is all of that month'],
    ['2022-12', new Date(2022, 11, 1), new Date(2023, 0, 1), 'December runs into the next year'],
    ['2024-03-25', new Date(2024, 2, 25), new Date(2024, 2, 26), 'a day is that day'],
    ['2024-02-29', new Date(2024, 1, 29), new Date(2024, 2, 1), 'a leap day runs into March'],
    ['2023-12-31', new Date(2023, 11, 31), new Date(2024, 0, 1), 'new year’s eve runs into the next year'],
  ])('%s (%s)', (input, from, until) => {
    const date = parsePartialDate(input);
    if (!date) throw new Error(`fixture date ${input} does not parse`);
    expect(dateSpan(date)).toEqual({ from, until });
  });
});

describe('isOrderedRange', () => {
  test.each<[string, string, boolean, string]>([
    ['2021', '2021', true, 'same year'],
    ['2022-10', '2022-10', true, 'same month'],
    ['2024-03-25', '2024-03-25', true, 'same day'],
    ['2021-10', '2022-10', true, 'a year later'],
    ['2022', '2021', false, 'year end before year start'],
    ['2022-10', '2022-09', false, 'month end before month start'],
    ['2024-03-25', '2024-03-24', false, 'day end before day start'],
    ['2022-10', '2022', true, 'year end containing a month start'],
    ['2024-03-25', '2024-03', true, 'month end containing a day start'],
    ['2024-03-25', '2024', true, 'year end containing a day start'],
    ['2022', '2022-01', true, 'month end inside a year start'],
    ['2022', '2021-12', false, 'month end just before a year start'],
    ['2022-01-01', '2021', false, 'year end just before a day start'],
    ['2022-13', '2023', false, 'invalid start'],
    ['2022', '2023-02-29', false, 'invalid end'],
  ])('%s – %s → %s (%s)', (start, end, expected) => {
    expect(isOrderedRange(start, end)).toBe(expected);
  });
});

describe('formatPartialDate', () => {
  test.each<[string, 'long' | 'short', string]>([
    ['2021', 'long', '2021'],
    ['2021', 'short', '2021'],
    ['2022-10', 'long', 'October 2022'],
    ['2022-10', 'short', 'Oct 2022'],
    ['2024-03-25', 'long', '25 March 2024'],
    ['2024-03-25', 'short', '25 Mar 2024'],
    ['2024-03-05', 'long', '5 March 2024'],
    ['2024-09-01', 'short', '1 Sep 2024'],
    ['2024-02-30', 'long', '2024-02-30'],
    ['soon', 'long', 'soon'],
  ])('%s (%s) → %j', (input, style, expected) => {
    expect(formatPartialDate(input, style)).toBe(expected);
  });

  test('is long by default', () => {
    expect(formatPartialDate('2022-10')).toBe('October 2022');
  });
});

describe('formatDateRange', () => {
  test.each<[string, string | undefined, DateQualifier | undefined, 'long' | 'short', string]>([
    ['2021-10', '2022-10', 'before', 'long', 'before October 2021 – October 2022'],
    ['2021-10', '2022-10', 'before', 'short', 'before Oct 2021 – Oct 2022'],
    ['2010', '2024-03', 'about', 'long', 'about 2010 – March 2024'],
    ['2021', undefined, 'after', 'long', 'after 2021'],
    ['2024-03-25', undefined, 'by', 'long', 'by 25 March 2024'],
    ['2024-03-25', undefined, undefined, 'long', '25 March 2024'],
    ['2010', '2016', undefined, 'long', '2010 – 2016'],
    ['2024-03-25', '2024-03-26', undefined, 'short', '25 Mar 2024 – 26 Mar 2024'],
    ['2024-03-25', '2024-03-25', 'about', 'long', 'about 25 March 2024'],
  ])('%s, %s, %s, %s → %j', (start, end, qualifier, style, expected) => {
    expect(formatDateRange(start, end, qualifier, style)).toBe(expected);
  });
});

describe('dateSortKey', () => {
  test('orders dates by the first instant they can mean', () => {
    const dates = ['2024-03-25', '2022', '2024-03', '2021-10', '2024', '2022-10', '2024-03-01', '2023-12-31'];
    const sorted = [...dates].sort((a, b) => dateSortKey(a) - dateSortKey(b));
    // '2024-03' and '2024-03-01' share a first instant; the stable sort keeps their input order.
    expect(sorted).toEqual(['2021-10', '2022', '2022-10', '2023-12-31', '2024', '2024-03', '2024-03-01', '2024-03-25']);
  });

  test('is the start of the local day, month or year', () => {
    expect(dateSortKey('2022-10')).toBe(new Date(2022, 9, 1).getTime());
  });

  test('is NaN for something that is not a date', () => {
    expect(dateSortKey('2024-02-30')).toBeNaN();
  });
});

describe('dateEndKey', () => {
  test('orders dates by the first instant after all they can mean: a year ends after any month in it', () => {
    const dates = ['2022-10', '2022', '2021-12-31', '2022-12', '2022-10-15'];
    const sorted = [...dates].sort((a, b) => dateEndKey(a) - dateEndKey(b));
    // '2022' and '2022-12' end together; the stable sort keeps their input order.
    expect(sorted).toEqual(['2021-12-31', '2022-10-15', '2022-10', '2022', '2022-12']);
  });

  test('is the start of the next local day, month or year', () => {
    expect(dateEndKey('2022-10')).toBe(new Date(2022, 10, 1).getTime());
    expect(dateEndKey('2022-12-31')).toBe(new Date(2023, 0, 1).getTime());
  });

  test('is NaN for something that is not a date', () => {
    expect(dateEndKey('2022-13')).toBeNaN();
  });
});

describe('years before 100 are the years they say, not the 1900s', () => {
  test('year 0 is a leap year, so 0000-02-29 is a real date', () => {
    expect(isPartialDate('0000-02-29')).toBe(true);
    expect(isPartialDate('1900-02-29')).toBe(false);
    expect(isPartialDate('2000-02-29')).toBe(true);
  });

  test('a range from the year 50 to 1949 runs forwards', () => {
    expect(isOrderedRange('0050', '1949')).toBe(true);
    expect(dateSpan(parsePartialDate('0050')!).from.getFullYear()).toBe(50);
  });
});
