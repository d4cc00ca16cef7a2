import { describe, expect, test } from 'vitest';
import { syntheticTimeline } from '../../e2e/bench/synthetic';
import { RUN_UP_AND_BURST } from '../test/storyShapes';
import { DAY_MS } from '../data/dates';
import { LINEAR_SCALE, scaleFor, TimeScale, type DatedEvent } from './timeScale';

const day = (text: string) => new Date(`${text}T00:00`).getTime();

/** One event a month for three years: no shape to show. */
const even: DatedEvent[] = Array.from({ length: 36 }, (_, i) => ({
  start: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
}));

describe('scaleFor', () => {
  test('an evenly spread story keeps a linear axis', () => {
    expect(scaleFor(even)).toBe(LINEAR_SCALE);
  });

  test('a handful of events keeps a linear axis', () => {
    expect(scaleFor(RUN_UP_AND_BURST.slice(0, 4))).toBe(LINEAR_SCALE);
  });

  test('a burst of days is widened: two days take a large share of the axis', () => {
    const scale = scaleFor(RUN_UP_AND_BURST);
    const [burst] = scale.bursts;
    expect(burst).toMatchObject({ from: day('2024-03-25'), until: day('2024-03-27') });
    const axisSpan = scale.toAxis(day('2025-01-01')) - scale.toAxis(day('2010-01-01'));
    expect((burst!.axisUntil - burst!.axisFrom) / axisSpan).toBeGreaterThan(0.4);
  });

  test('long stretches where nothing starts or ends are cut, with time kept either side', () => {
    const cuts = scaleFor(RUN_UP_AND_BURST).cuts;
    // 2011–2013 (between the 2010 and 2014 starts) and 2017–2020 (between the 2016 end and the 2021 start).
    expect(cuts).toHaveLength(2);
    expect(cuts[0]!.from).toBeGreaterThan(day('2011-01-01'));
    expect(cuts[0]!.until).toBeLessThan(day('2014-01-01'));
    expect(cuts[1]!.from).toBeGreaterThan(day('2017-01-01'));
    expect(cuts[1]!.until).toBeLessThan(day('2021-01-01'));
    for (const cut of cuts) expect(cut.axisUntil - cut.axisFrom).toBeLessThan((cut.until - cut.from) / 5);
  });

  test('a year whose event is dated only by the year stays whole: its precision shows', () => {
    const scale = scaleFor(RUN_UP_AND_BURST);
    for (const cut of scale.cuts) {
      expect(cut.until <= day('2021-01-01') || cut.from >= day('2022-01-01')).toBe(true);
    }
  });

  test('the large synthetic benchmark stories, spread over 25 years, keep a linear axis', () => {
    for (const count of [1000, 10_000]) expect(scaleFor(syntheticTimeline(count).events).isLinear).toBe(true);
  });

  test('the 20-event synthetic story has its empty stretches of four and five years cut, and no burst', () => {
    const scale = scaleFor(syntheticTimeline(20).events);
    expect(scale.bursts).toEqual([]);
    expect(scale.cuts.map((cut) => Math.round((cut.until - cut.from) / (365 * DAY_MS)))).toEqual([5, 4]);
  });

  test('a burst must hold a fifth of the story: a busy week in a busy story is not one', () => {
    const busy = [...even, ...Array.from({ length: 5 }, () => ({ start: '2021-06-01' }))];
    expect(scaleFor(busy).bursts).toEqual([]);
  });
});

describe('TimeScale', () => {
  const scale = scaleFor(RUN_UP_AND_BURST);

  test('maps real time to the axis and back, in order', () => {
    const times = [
      day('2005-01-01'),
      day('2010-06-01'),
      day('2012-01-01'),
      day('2022-10-15'),
      day('2024-03-25') + 5 * 3600_000,
      day('2024-03-26'),
      day('2030-01-01'),
    ];
    const axis = times.map((time) => scale.toAxis(time));
    expect([...axis].sort((a, b) => a - b)).toEqual(axis);
    for (const [i, time] of times.entries()) expect(scale.toReal(axis[i]!)).toBeCloseTo(time, -1);
  });

  test('is contiguous: each segment starts where the last ends, in both times', () => {
    const segments = scale.segments;
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i]!.from).toBe(segments[i - 1]!.until);
      expect(segments[i]!.axisFrom).toBeCloseTo(segments[i - 1]!.axisUntil, 3);
    }
  });

  test('outside the story the axis runs at the even rate', () => {
    const last = scale.segments[scale.segments.length - 1]!;
    expect(scale.toAxis(last.until + 10 * DAY_MS) - last.axisUntil).toBeCloseTo(10 * DAY_MS * scale.evenRate, 0);
  });

  test('a linear scale is the identity', () => {
    const linear = new TimeScale();
    expect(linear.toAxis(12345)).toBe(12345);
    expect(linear.toReal(12345)).toBe(12345);
    expect(linear.isLinear).toBe(true);
  });
});
