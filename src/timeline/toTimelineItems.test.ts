import { describe, expect, test } from 'vitest';
import { syntheticTimeline } from '../../e2e/bench/synthetic';
import { DAY_MS } from '../data/dates';
import { makeTimeline } from '../data/fixtures';
import type { Lane, TimelineEvent } from '../data/schema';
import { RUN_UP_AND_BURST } from '../test/storyShapes';
import { scaleFor } from './timeScale';
import {
  initialWindow,
  labelRoomPx,
  LANE_COLORS,
  periodWindow,
  toTimelineGroups,
  toTimelineItem,
  toTimelineItems,
  type TimelineItem,
} from './toTimelineItems';

// makeTimeline() events, in date order:
//   [0] "campaign-begins" start 2021, lane us, kinds [breach]
//   [1] "intrusion" before 2022-10 – 2023, lane uk, kinds [breach]
//   [2] "charges-filed" 2024-03-25, lane us, kinds [charges]

/** A fixture event (charges-filed, a single day) with the given fields replaced. */
function event(overrides: Partial<TimelineEvent>): TimelineEvent {
  const base = makeTimeline().events[2];
  if (!base) throw new Error('fixture has no third event');
  // The base has no end and no qualifier, so rows only add them.
  return { ...base, ...overrides };
}

describe('toTimelineItem draws each precision as the span it can mean', () => {
  test.each<[Partial<TimelineEvent>, Pick<TimelineItem, 'type' | 'start' | 'end' | 'dateLabel'>, string]>([
    [
      { start: '2024-03-25' },
      { type: 'point', start: new Date(2024, 2, 25), end: undefined, dateLabel: '25 Mar 2024' },
      'a day without an end is a point',
    ],
    [
      { start: '2021' },
      { type: 'range', start: new Date(2021, 0, 1), end: new Date(2022, 0, 1), dateLabel: '2021' },
      'a year is all of that year',
    ],
    [
      { start: '2022-10' },
      { type: 'range', start: new Date(2022, 9, 1), end: new Date(2022, 10, 1), dateLabel: 'Oct 2022' },
      'a month is all of that month',
    ],
    [
      { start: '2021-10', qualifier: 'before', end: '2022-10' },
      {
        type: 'range',
        start: new Date(2021, 9, 1),
        end: new Date(2022, 10, 1),
        dateLabel: 'before Oct 2021 – Oct 2022',
      },
      'a qualified month range runs to the end of its last month',
    ],
    [
      { start: '2024-03-25', end: '2024-03-27' },
      { type: 'range', start: new Date(2024, 2, 25), end: new Date(2024, 2, 28), dateLabel: '25 Mar 2024 – 27 Mar 2024' },
      'a day with an end is a range through the end day',
    ],
  ])('%j → %j (%s)', (overrides, expected) => {
    const { type, start, end, dateLabel } = toTimelineItem(event(overrides), 0);
    expect({ type, start, end, dateLabel }).toEqual(expected);
    expect(end).toEqual(expected.end);
  });

  test.each<[Partial<TimelineEvent>, number, string, string]>([
    [{ start: '2024-03-25' }, 0, 'tl-event precision-day lane-color-0 kind-charges', 'a day'],
    [{ start: '2021', kinds: ['breach'] }, 1, 'tl-event precision-year lane-color-1 kind-breach', 'a year'],
    [{ start: '2022-10' }, 2, 'tl-event precision-month lane-color-2 kind-charges', 'a month'],
    [
      { start: '2021-10', qualifier: 'before', end: '2022-10', kinds: ['breach'] },
      0,
      'tl-event precision-month lane-color-0 qualifier-before kind-breach',
      'a qualified range',
    ],
    [
      { start: '2021', end: '2024-03-25' },
      0,
      'tl-event precision-year lane-color-0 kind-charges',
      'a range is only as sharp as its vaguer end',
    ],
    [{ start: '2024-03-25', qualifier: 'about' }, 0, 'tl-event precision-day lane-color-0 qualifier-about kind-charges', 'a qualified day'],
    [{ kinds: ['breach', 'charges'] }, 0, 'tl-event precision-day lane-color-0 kind-breach kind-charges', 'one class per kind'],
    [
      { assertion: 'allegation', claimedBy: ['officials'] },
      0,
      'tl-event precision-day lane-color-0 assertion-allegation kind-charges',
      'an allegation is drawn as one',
    ],
    [{ assertion: 'act' }, 0, 'tl-event precision-day lane-color-0 kind-charges', 'an act is drawn plain'],
    [
      { citations: [], unsourced: true, assertion: undefined },
      0,
      'tl-event precision-day lane-color-0 unsourced kind-charges',
      'an unsourced event is drawn as one',
    ],
    [{}, LANE_COLORS - 1, `tl-event precision-day lane-color-${LANE_COLORS - 1} kind-charges`, 'the last lane colour'],
    [{}, LANE_COLORS, 'tl-event precision-day lane-color-0 kind-charges', 'lane colours cycle'],
    [{}, LANE_COLORS + 2, 'tl-event precision-day lane-color-2 kind-charges', 'lane colours keep cycling'],
  ])('%j in lane %i → %j (%s)', (overrides, laneIndex, className) => {
    expect(toTimelineItem(event(overrides), laneIndex).className).toBe(className);
  });

  test('marks that differ in one thing only are drawn apart, whichever is drawn first (their dates and class lists are kept)', () => {
    const variants: [Partial<TimelineEvent>, number][] = [
      [{}, 0],
      [{}, 1],
      [{ start: '2024-03' }, 0],
      [{ end: '2024-03-27' }, 0],
      [{ end: '2024-03-27', backdrop: true }, 0],
      [{ qualifier: 'about' }, 0],
      [{ qualifier: 'before' }, 0],
      [{ end: '2024-03-27', qualifier: 'about' }, 0],
      [{ kinds: ['breach'] }, 0],
      [{ kinds: [] }, 0],
      [{ kinds: ['breach', 'charges'] }, 0],
      [{ assertion: 'allegation', claimedBy: ['officials'] }, 0],
      [{ citations: [], unsourced: true, assertion: undefined }, 0],
    ];
    const drawn = (order: typeof variants) => order.map(([overrides, lane]) => JSON.stringify(toTimelineItem(event(overrides), lane)));
    const forwards = drawn(variants);
    expect(drawn([...variants].reverse()).reverse()).toEqual(forwards);
    expect(new Set(forwards).size).toBe(variants.length);
  });

  test('there are six lane colours', () => {
    expect(LANE_COLORS).toBe(6);
  });

  test.each<[string, string]>([
    ['<img src=x onerror=alert(1)>', 'an HTML tag'],
    ['Tom &amp; Jerry', 'an entity'],
    ['A <b>bold</b> claim', 'inline markup'],
  ])('the content is the raw title %j (%s), never escaped or parsed', (title) => {
    expect(toTimelineItem(event({ title }), 0).content).toBe(title);
  });

  test('a point has no end key at all (vis-timeline would draw an empty range)', () => {
    expect('end' in toTimelineItem(event({ start: '2024-03-25' }), 0)).toBe(false);
  });

  test('the item takes its id and group from the event', () => {
    expect(toTimelineItem(event({ id: 'x-1', lane: 'uk' }), 0)).toMatchObject({ id: 'x-1', group: 'uk' });
  });

  test('an invalid date throws, naming the event', () => {
    expect(() => toTimelineItem(event({ id: 'bad-date', start: '2024-02-30' }), 0)).toThrow('bad-date');
  });
});

describe('toTimelineItems', () => {
  test('colours each event by the index of its lane', () => {
    const { events, lanes } = makeTimeline();
    expect(toTimelineItems(events, lanes).map((item) => [item.id, item.className.match(/lane-color-\d+/)?.[0]])).toEqual([
      ['campaign-begins', 'lane-color-0'],
      ['intrusion', 'lane-color-1'],
      ['charges-filed', 'lane-color-0'],
    ]);
  });

  test('an event in an unknown lane falls back to the first colour', () => {
    const items = toTimelineItems(
      [event({ lane: 'mars' })],
      [
        { id: 'us', label: 'US' },
        { id: 'mars-not', label: 'M' },
      ],
    );
    expect(items[0]?.className).toContain('lane-color-0');
  });

  test('keeps event order', () => {
    const { events, lanes } = makeTimeline();
    expect(toTimelineItems([...events].reverse(), lanes).map((item) => item.id)).toEqual(['charges-filed', 'intrusion', 'campaign-begins']);
  });

  test('gives the same array for the same events and lanes, and colours anew for other lanes', () => {
    const { events, lanes } = makeTimeline();
    const items = toTimelineItems(events, lanes);
    expect(toTimelineItems(events, lanes)).toBe(items);
    const reordered = [...lanes].reverse();
    const recoloured = toTimelineItems(events, reordered);
    expect(recoloured).not.toBe(items);
    expect(recoloured.map((item) => item.className.match(/lane-color-\d+/)?.[0])).toEqual(['lane-color-1', 'lane-color-0', 'lane-color-1']);
  });

  test('a large story drawn in parts: the whole, in any order, has the marks made for its parts', () => {
    const { events, lanes } = syntheticTimeline(30_000);
    const parts = Array.from({ length: 6 }, (_, i) => toTimelineItems(events.slice(i * 5_000, (i + 1) * 5_000), lanes)).flat();
    const whole = toTimelineItems([...events].reverse(), lanes);
    expect(whole.every((item, i) => item === parts[events.length - 1 - i])).toBe(true);
  });

  test('an event is drawn once for its lanes: a filtered array has the marks of the whole; an edited event is drawn anew', () => {
    const { events, lanes } = makeTimeline();
    const whole = toTimelineItems(events, lanes);
    expect(toTimelineItems([events[2]!, events[0]!], lanes)).toEqual([whole[2], whole[0]]);
    expect(toTimelineItems([events[2]!], lanes)[0]).toBe(whole[2]);
    const edited = { ...events[2]!, title: 'Edited' };
    const redrawn = toTimelineItems([edited], lanes)[0]!;
    expect(redrawn).not.toBe(whole[2]);
    expect(redrawn.content).toBe('Edited');
  });
});

test('a lane keeps its colour when the lanes before it are filtered out', () => {
  const all: Lane[] = [
    { id: 'uk', label: 'UK' },
    { id: 'us', label: 'US' },
    { id: 'nz', label: 'NZ' },
  ];
  const shown = all.slice(2);
  expect(toTimelineGroups(shown, all)).toEqual([{ id: 'nz', content: 'NZ', order: 0, className: 'lane-color-2' }]);
  const nzEvent = event({ lane: 'nz' });
  expect(toTimelineItems([nzEvent], all)[0]!.className).toContain('lane-color-2');
});

describe('toTimelineGroups', () => {
  test('keeps lane order and labels', () => {
    const lanes: Lane[] = [
      { id: 'uk', label: 'United Kingdom' },
      { id: 'us', label: 'United States' },
      { id: 'eu', label: '<b>Europe</b>' },
    ];
    expect(toTimelineGroups(lanes)).toEqual([
      { id: 'uk', content: 'United Kingdom', order: 0, className: 'lane-color-0' },
      { id: 'us', content: 'United States', order: 1, className: 'lane-color-1' },
      { id: 'eu', content: '<b>Europe</b>', order: 2, className: 'lane-color-2' },
    ]);
  });

  test('lane colours cycle like the items’ colours', () => {
    const lanes: Lane[] = Array.from({ length: LANE_COLORS + 2 }, (_, i) => ({ id: `lane-${i}`, label: `Lane ${i}` }));
    expect(toTimelineGroups(lanes).map((group) => group.className)).toEqual([
      'lane-color-0',
      'lane-color-1',
      'lane-color-2',
      'lane-color-3',
      'lane-color-4',
      'lane-color-5',
      'lane-color-0',
      'lane-color-1',
    ]);
  });
});

describe('initialWindow', () => {
  const fixtureItems = () => {
    const { events, lanes } = makeTimeline();
    return toTimelineItems(events, lanes);
  };
  /** The share of the window right of the latest item start. */
  const roomRightShare = (items: TimelineItem[], widthPx: number): number => {
    const window = initialWindow(items, widthPx);
    if (!window) throw new Error('expected a window');
    const lastStart = Math.max(...items.map((item) => item.start.getTime()));
    return (window.end.getTime() - lastStart) / (window.end.getTime() - window.start.getTime());
  };

  test('is undefined when there are no items', () => {
    expect(initialWindow([], 1200)).toBeUndefined();
  });

  test('starts before the first item', () => {
    const window = initialWindow(fixtureItems(), 1200);
    expect(window?.start.getTime()).toBeLessThan(new Date(2021, 0, 1).getTime());
    // …but not absurdly far before it: a few percent of the three-year span.
    expect(window?.start.getTime()).toBeGreaterThan(new Date(2020, 6, 1).getTime());
  });

  test('leaves each label its width right of its start', () => {
    // The latest start (25 March 2024, a point) is also the latest end, so its label sets the end.
    const items = fixtureItems();
    const last = items.find((item) => item.start.getTime() === Math.max(...items.map((i) => i.start.getTime())))!;
    expect(roomRightShare(items, 1200)).toBeCloseTo(labelRoomPx(last) / 1200, 6);
  });

  test('leaves more room for the label as the width shrinks', () => {
    expect(roomRightShare(fixtureItems(), 600)).toBeGreaterThan(roomRightShare(fixtureItems(), 1200));
  });

  test('a long label of an earlier event moves the end out too, so it is never cut', () => {
    const items = toTimelineItems(
      [
        event({ id: 'early', start: '2024-03-20', title: 'A very long title that runs on and on for the chart to draw' }),
        event({ id: 'late', start: '2024-03-25', title: 'Short' }),
      ],
      [{ id: 'us', label: 'US' }],
    );
    const window = initialWindow(items, 800)!;
    const x = (time: number) => ((time - window.start.getTime()) / (window.end.getTime() - window.start.getTime())) * 800;
    for (const item of items) expect(x(item.start.getTime()) + labelRoomPx(item)).toBeLessThanOrEqual(800 + 1e-6);
  });

  test.each<[number]>([[300], [100], [1], [0]])('never gives the label more than half the window (width %i)', (widthPx) => {
    const share = roomRightShare(fixtureItems(), widthPx);
    expect(share).toBeLessThanOrEqual(0.5 + 1e-9);
    expect(share).toBeCloseTo(0.5, 6);
  });

  test('without labels (the phone strip) the window ends with the last item', () => {
    const items = fixtureItems();
    const window = initialWindow(items, 600, false)!;
    expect(window.end.getTime()).toBeLessThan(Math.max(...items.map((item) => (item.end ?? item.start).getTime())) + 60 * DAY_MS);
  });

  test('ends after the last range end even when it lies far right of the latest start', () => {
    const items = toTimelineItems(
      [event({ id: 'long', start: '2021', end: '2030' }), event({ id: 'day', start: '2022-06-01' })],
      [{ id: 'us', label: 'US' }],
    );
    const window = initialWindow(items, 1200);
    expect(window?.end.getTime()).toBeGreaterThan(new Date(2031, 0, 1).getTime());
  });

  test('a single point still gets a window around it', () => {
    const items = toTimelineItems([event({ start: '2024-03-25' })], [{ id: 'us', label: 'US' }]);
    const window = initialWindow(items, 1200);
    const day = new Date(2024, 2, 25).getTime();
    expect(window?.start.getTime()).toBeLessThan(day);
    expect(window?.end.getTime()).toBeGreaterThan(day);
  });
});

describe('periodWindow on a two-scale axis', () => {
  const scale = scaleFor(RUN_UP_AND_BURST);

  test('a period just before a widened burst does not take the burst in', () => {
    const window = periodWindow('2014', '2022', scale)!;
    expect(window.end.getTime()).toBeLessThan(new Date(2024, 2, 25).getTime());
    expect(window.start.getTime()).toBeLessThan(new Date(2014, 0, 1).getTime());
  });

  test('the burst itself opens on its days, with a week at most either side, not years of margin', () => {
    const window = periodWindow('2024-03-25', '2024-03-26', scale)!;
    expect(window.start.getTime()).toBeGreaterThanOrEqual(new Date(2024, 2, 18).getTime());
    expect(window.end.getTime()).toBeLessThanOrEqual(new Date(2024, 3, 3).getTime());
  });
});
