import { describe, expect, test } from 'vitest';
import { burstLabel, cutLabel } from './segmentLabels';

const at = (text: string) => new Date(`${text}T00:00`).getTime();
const days = (from: string, until: string) => ({ from: at(from), until: at(until) });

describe('segment labels', () => {
  test.each([
    [days('2024-03-25', '2024-03-26'), '25 Mar 2024'],
    [days('2024-03-25', '2024-03-27'), '25–26 Mar 2024'],
    [days('2024-03-30', '2024-04-03'), '30 Mar – 2 Apr 2024'],
    [days('2023-12-30', '2024-01-03'), '30 Dec 2023 – 2 Jan 2024'],
  ])('a burst of %o reads %s', (burst, label) => {
    expect(burstLabel(burst)).toBe(label);
  });

  test('a cut reads as the months it leaves out', () => {
    expect(cutLabel(days('2011-02-10', '2013-12-01'))).toBe('Feb 2011 – Nov 2013');
  });
});
