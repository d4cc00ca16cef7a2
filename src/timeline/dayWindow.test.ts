import { expect, test } from 'vitest';
import { sameDays, toDayWindow, toIsoDay, toTimeWindow } from './dayWindow';

test('toIsoDay writes local dates as YYYY-MM-DD, years before 1000 padded', () => {
  expect(toIsoDay(new Date(2024, 2, 5, 23, 59))).toBe('2024-03-05');
  const early = new Date(2024, 0, 1);
  early.setFullYear(45);
  expect(toIsoDay(early)).toBe('0045-01-01');
});

test('a day window read as times and written back is the same days', () => {
  const days = { from: '2014-06-30', to: '2024-03-26' };
  expect(toDayWindow(toTimeWindow(days))).toEqual(days);
  expect(toTimeWindow(days).start.getHours()).toBe(0);
});

test('two windows are the same view when they fall on the same days', () => {
  const shown = { start: new Date(2024, 2, 20, 13, 22), end: new Date(2024, 2, 30, 9, 5) };
  expect(sameDays(toDayWindow(shown), { from: '2024-03-20', to: '2024-03-30' })).toBe(true);
  expect(sameDays(toDayWindow(shown), { from: '2024-03-21', to: '2024-03-30' })).toBe(false);
  expect(sameDays(null, null)).toBe(true);
  expect(sameDays(null, { from: '2024-03-20', to: '2024-03-30' })).toBe(false);
});
