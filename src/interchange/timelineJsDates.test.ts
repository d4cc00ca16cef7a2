import { describe, expect, test } from 'vitest';
import { dateFromCell, monthCell, numberCell, readTimelineJSDate, timeFromCell, type DatePart } from './timelineJsDates';

const jsonName = (part?: DatePart) => (part ? `start_date.${part}` : 'start_date');
const read = (value: unknown) => readTimelineJSDate(value, jsonName, (html) => html.trim());
const NOT_KEPT = '(not kept: our dates go no finer than the day)';

describe('readTimelineJSDate', () => {
  test.each([
    [undefined, 'no date at all'],
    [null, 'null'],
    ['', 'an empty string'],
    [{}, 'an empty object'],
    [{ year: '', month: '', day: '' }, 'empty parts, as a spreadsheet gives them'],
  ])('%j is absent (%s)', (value, _note) => {
    expect(read(value)).toEqual({ kind: 'absent' });
  });

  test.each([
    [{ year: 2014 }, '2014', 'year 2014', 'a year'],
    [{ year: '2014', month: '3' }, '2014-03', 'year 2014, month 3', 'numbers as strings'],
    [{ year: 2014, month: 3, day: 25 }, '2014-03-25', 'year 2014, month 3, day 25', 'a day'],
    [{ year: ' 2014 ', month: '03' }, '2014-03', 'year 2014, month 3', 'padded strings'],
    [{ year: 14 }, '0014', 'year 14', 'an early year, padded to four digits'],
    [{ year: 0 }, '0000', 'year 0', 'the first year our dates hold'],
    [{ year: 2024, month: 2, day: 29 }, '2024-02-29', 'year 2024, month 2, day 29', 'a leap day'],
    [{ year: 2014, month: 3, day: 25, hour: 14, minute: 30 }, '2014-03-25', `year 2014, month 3, day 25, time 14:30 ${NOT_KEPT}`, 'a time'],
    [{ year: 2014, hour: '9' }, '2014', `year 2014, time 09:00 ${NOT_KEPT}`, 'an hour alone'],
    [
      { year: 2014, hour: 9, minute: 5, second: 7, millisecond: 20 },
      '2014',
      `year 2014, time 09:05:07.020 ${NOT_KEPT}`,
      'seconds and milliseconds',
    ],
  ])('%j reads as %j (%s)', (value, date, basis, _note) => {
    expect(read(value)).toEqual({ kind: 'read', date, basis, notes: [] });
  });

  test('keeps its own display date', () => {
    expect(read({ year: 2014, display_date: ' Spring 2014 ' })).toEqual({
      kind: 'read',
      date: '2014',
      basis: 'year 2014',
      display: 'Spring 2014',
      notes: [],
    });
  });

  test.each([
    [{ year: 2014, hour: 'noon' }, 'start_date.hour is not a whole number: “noon”; the time was left out'],
    [{ year: 2014, hour: 25 }, 'start_date.hour is 25, out of its range (0 to 23); the time was left out'],
    [{ year: 2014, hour: 10, minute: 60 }, 'start_date.minute is 60, out of its range (0 to 59); the time was left out'],
  ])('%j keeps the date and leaves the time out', (value, note) => {
    expect(read(value)).toEqual({ kind: 'read', date: '2014', basis: 'year 2014', notes: [note] });
  });

  test.each([
    ['yesterday', 'start_date is not a date: “yesterday”'],
    [[2014], 'start_date is not a date: “[2014]”'],
    [{ year: 'c. 1990' }, 'start_date.year is not a whole number: “c. 1990”'],
    [{ year: 2014.5 }, 'start_date.year is not a whole number: “2014.5”'],
    [{ year: true }, 'start_date.year is not a whole number: “true”'],
    [{ year: 2014, month: 'March' }, 'start_date.month is not a whole number: “March”'],
    [
      { year: -44 },
      'start_date.year is -44: our dates hold the years 0 to 9999, so dates before the common era and on TimelineJS3’s cosmological scale cannot come in',
    ],
    [
      { year: -13800000000 },
      'start_date.year is -13800000000: our dates hold the years 0 to 9999, so dates before the common era and on TimelineJS3’s cosmological scale cannot come in',
    ],
    [
      { year: 10000 },
      'start_date.year is 10000: our dates hold the years 0 to 9999, so dates before the common era and on TimelineJS3’s cosmological scale cannot come in',
    ],
    [{ month: 3, day: 25 }, 'start_date.year is missing'],
    [{ display_date: 'Spring' }, 'start_date.year is missing'],
    [{ year: 2014, month: 13 }, 'start_date.month is 13, not a month (1 to 12)'],
    [{ year: 2014, month: 0 }, 'start_date.month is 0, not a month (1 to 12)'],
    [{ year: 2023, month: 2, day: 29 }, 'start_date.day is 29, but February 2023 has days 1 to 28'],
    [{ year: 2014, month: 4, day: 31 }, 'start_date.day is 31, but April 2014 has days 1 to 30'],
    [{ year: 2014, month: 4, day: 0 }, 'start_date.day is 0, but April 2014 has days 1 to 30'],
    [{ year: 2014, day: 3 }, 'start_date.day is given without a month'],
  ])('%j cannot be read: %s', (value, reason) => {
    expect(read(value)).toEqual({ kind: 'unreadable', reason });
  });
});

describe('dateFromCell (the older template’s Start Date and End Date)', () => {
  test.each([
    ['2014', { year: 2014 }, 'a year'],
    ['-500', { year: -500 }, 'a year before the common era, refused later with the others'],
    ['2014-03', { year: 2014, month: 3 }, 'ISO year and month'],
    ['2014-3-5', { year: 2014, month: 3, day: 5 }, 'ISO without zeros'],
    ['2014-03-25 09:30', { year: 2014, month: 3, day: 25, hour: 9, minute: 30 }, 'ISO with a time'],
    ['2014-03-25T14:30:00Z', { year: 2014, month: 3, day: 25, hour: 14, minute: 30, second: 0 }, 'ISO with a time and zone'],
    ['2014-03-25T14:30+01:00', { year: 2014, month: 3, day: 25, hour: 14, minute: 30 }, 'ISO with an offset'],
    ['3/25/2014', { year: 2014, month: 3, day: 25 }, 'month first, as the template documented'],
    ['3/25/2014 2:30 PM', { year: 2014, month: 3, day: 25, hour: 14, minute: 30 }, 'month first with a time'],
    ['3/2014', { year: 2014, month: 3 }, 'month and year'],
    ['2014,3,25', { year: 2014, month: 3, day: 25 }, 'year, month, day with commas'],
    ['2014, 3', { year: 2014, month: 3 }, 'year and month with a comma'],
    ['March 2014', { year: 2014, month: 3 }, 'a month name'],
    ['mar. 2014', { year: 2014, month: 3 }, 'an abbreviated month'],
    ['25 March 2014', { year: 2014, month: 3, day: 25 }, 'day, month name, year'],
    ['March 25, 2014', { year: 2014, month: 3, day: 25 }, 'month name, day, year'],
    ['Sept 3rd 2014', { year: 2014, month: 9, day: 3 }, 'an ordinal day'],
  ])('%j reads as %j (%s)', (cell, parts, _note) => {
    expect(dateFromCell(cell, 'Start Date')).toEqual({ parts });
  });

  test.each([
    ['25/03/2014', 'Start Date “25/03/2014” is read month first, as TimelineJS3 reads it (“3/25/2014”), and 25 is not a month'],
    ['3/25/14', 'Start Date “3/25/14” has a two-digit year: write the year in full, as in “3/25/2014”'],
    ['Smarch 2014', 'Start Date “Smarch 2014” names no month we know: “Smarch”'],
    ['2014-03-25 noon', 'Start Date “2014-03-25 noon” has a time we cannot read: “noon”'],
    ['sometime in 2014', 'Start Date “sometime in 2014” is not a date we can read: write it as 2014, 2014-03-25 or 3/25/2014'],
  ])('%j is refused: %s', (cell, reason) => {
    expect(dateFromCell(cell, 'Start Date')).toEqual({ reason });
  });
});

describe('spreadsheet cells', () => {
  test.each([
    ['14:30', { hour: 14, minute: 30 }],
    ['2:30 PM', { hour: 14, minute: 30 }],
    ['2:30 p.m.', { hour: 14, minute: 30 }],
    ['12:05 am', { hour: 0, minute: 5 }],
    ['12 pm', { hour: 12 }],
    ['1430', { hour: 14, minute: 30 }],
    ['9', { hour: 9 }],
    ['14.30', { hour: 14, minute: 30 }],
    ['14:30:15.25', { hour: 14, minute: 30, second: 15, millisecond: 250 }],
    ['noon', null],
    ['', null],
    ['1:2:3:4:5', null],
  ])('time %j reads as %j', (cell, time) => {
    expect(timeFromCell(cell)).toEqual(time);
  });

  test.each([
    ['March', '3'],
    ['mar.', '3'],
    ['Sept', '9'],
    [' DECEMBER ', '12'],
    ['03', '03'],
    ['Marhc', 'Marhc'],
  ])('month %j is %j', (cell, month) => {
    expect(monthCell(cell)).toBe(month);
  });

  test.each([
    ['1,815', '1815'],
    [' 2 014 ', '2014'],
    ['-200', '-200'],
    ['c. 1990', 'c. 1990'],
  ])('number %j is %j', (cell, number) => {
    expect(numberCell(cell)).toBe(number);
  });
});
