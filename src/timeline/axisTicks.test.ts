import { describe, expect, test } from 'vitest';
import { axisMarks, labelPx } from './axisTicks';
import { RUN_UP_AND_BURST } from '../test/storyShapes';
import { scaleFor, TimeScale } from './timeScale';

const day = (text: string) => new Date(`${text}T00:00`).getTime();
const everything = { from: -Infinity, until: Infinity };

describe('axisMarks on a linear axis', () => {
  const linear = new TimeScale();

  test('labels years where years are all there is room for', () => {
    const { ticks, breaks } = axisMarks(linear, day('2010-01-01'), day('2020-01-01'), 600, everything);
    expect(breaks).toEqual([]);
    expect(ticks.map((tick) => tick.label)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019']);
  });

  test('labels months, then days, as the window narrows', () => {
    expect(axisMarks(linear, day('2022-01-01'), day('2022-07-01'), 600, everything).ticks.map((tick) => tick.label)).toEqual([
      'Jan 2022',
      'Feb 2022',
      'Mar 2022',
      'Apr 2022',
      'May 2022',
      'Jun 2022',
    ]);
    expect(axisMarks(linear, day('2024-03-24'), day('2024-03-28'), 600, everything).ticks.map((tick) => tick.label)).toEqual([
      '24 Mar 2024',
      '25 Mar 2024',
      '26 Mar 2024',
      '27 Mar 2024',
    ]);
  });

  test('never lets one label run into the next', () => {
    for (const width of [120, 300, 700, 1600]) {
      const { ticks } = axisMarks(linear, day('2000-01-01'), day('2024-06-01'), width, everything);
      const pxPerMs = width / (day('2024-06-01') - day('2000-01-01'));
      ticks.slice(1).forEach((tick, i) => expect((tick.axis - ticks[i]!.axis) * pxPerMs).toBeGreaterThanOrEqual(labelPx(ticks[i]!.label)));
    }
  });

  test('dates nothing outside the story: the room after its end is paper', () => {
    const { ticks } = axisMarks(linear, day('2010-01-01'), day('2040-01-01'), 900, { from: day('2010-01-01'), until: day('2025-01-01') });
    expect(ticks.length).toBeGreaterThan(3);
    expect(Math.max(...ticks.map((tick) => tick.time))).toBeLessThanOrEqual(day('2025-01-01'));
  });
});

describe('axisMarks on a story with a burst and cuts', () => {
  const scale = scaleFor(RUN_UP_AND_BURST);
  const start = scale.toAxis(day('2009-10-01'));
  const end = scale.toAxis(day('2025-01-01'));

  test('marks every cut with a break, and dates no tick inside one', () => {
    const { ticks, breaks } = axisMarks(scale, start, end, 800, everything);
    expect(breaks).toHaveLength(scale.cuts.length);
    for (const mark of breaks) for (const tick of ticks) expect(tick.time < mark.from || tick.time >= mark.until).toBe(true);
  });

  test("labels the burst's days, ahead of the coarser ticks around them", () => {
    const { ticks } = axisMarks(scale, start, end, 800, everything);
    const labels = ticks.map((tick) => tick.label);
    expect(labels).toContain('25 Mar 2024');
    expect(labels).toContain('26 Mar 2024');
  });

  test('runs in time order, left to right', () => {
    const { ticks } = axisMarks(scale, start, end, 800, everything);
    ticks.slice(1).forEach((tick, i) => {
      expect(tick.axis).toBeGreaterThan(ticks[i]!.axis);
      expect(tick.time).toBeGreaterThan(ticks[i]!.time);
    });
  });
});
