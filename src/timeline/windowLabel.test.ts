import { expect, test } from 'vitest';
import { windowLabel } from './windowLabel';

test.each([
  ['2009-06-01T00:00', '2031-02-01T00:00', '2009', '2031', 'years for a decade'],
  ['2021-06-10T00:00', '2022-03-05T00:00', 'June 2021', 'March 2022', 'months for most of a year'],
  ['2024-03-19T06:00', '2024-04-02T18:00', '19 March 2024', '2 April 2024', 'days for a fortnight'],
])('%s to %s reads "%s to %s" (%s)', (start, end, from, to) => {
  expect(windowLabel({ start: new Date(start), end: new Date(end) })).toEqual({ from, to });
});
