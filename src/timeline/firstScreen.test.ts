import { describe, expect, test } from 'vitest';
import { makeTimeline } from '../data/fixtures';
import type { TimelineEvent } from '../data/schema';
import { RUN_UP_AND_BURST } from '../test/storyShapes';
import { axisMarks } from './axisTicks';
import { firstScreen, stackOrder } from './firstScreen';
import { isFootRoom, lanesBelowClip, ROW_EACH_MAX_EVENTS, rowEach } from './rowEach';
import { LINEAR_SCALE, scaleFor } from './timeScale';
import { initialWindow, toTimelineGroups, toTimelineItems, type TimelineItem } from './toTimelineItems';

const WIDTH = 681;

/** A story shaped like the built-in one (RUN_UP_AND_BURST), its events spread over the fixture's lanes in turn, the second a backdrop. */
function story(count = RUN_UP_AND_BURST.length) {
  const timeline = makeTimeline();
  const lanes = timeline.lanes;
  const events: TimelineEvent[] = Array.from({ length: count }, (_, index) => {
    const dates = RUN_UP_AND_BURST[index % RUN_UP_AND_BURST.length]!;
    return {
      ...timeline.events[0]!,
      id: `event-${index}`,
      title: `Event ${index}`,
      start: dates.start,
      ...(dates.end === undefined ? { end: undefined } : { end: dates.end }),
      lane: lanes[index % lanes.length]!.id,
      ...(index === 1 && { backdrop: true }),
    };
  });
  const scale = scaleFor(events);
  return { events, scale, items: toTimelineItems(events, lanes), groups: toTimelineGroups(lanes) };
}

const onAxis = (items: TimelineItem[], scale = scaleFor([])) =>
  items.map((item) => ({ ...item, start: scale.toAxisDate(item.start), ...(item.end && { end: scale.toAxisDate(item.end) }) }));

describe('firstScreen', () => {
  test('opens on the window vis-timeline would open on at that drawing width, in axis time', () => {
    const { items, groups, scale } = story();
    const screen = firstScreen(items, groups, scale, WIDTH)!;
    const expected = initialWindow(onAxis(items, scale), WIDTH)!;
    expect(screen.window).toEqual({ start: expected.start.getTime(), end: expected.end.getTime() });
  });

  test('each lane has its events one per row, by start and then as the story lists them, and its backdrops apart', () => {
    const { items, groups, scale } = story();
    const screen = firstScreen(items, groups, scale, WIDTH)!;
    expect(screen.lanes.map((lane) => lane.group.id)).toEqual(groups.map((group) => group.id));
    for (const lane of screen.lanes) {
      const own = items.filter((item) => item.group === lane.group.id);
      expect(lane.backdrops.map(({ item }) => item.id)).toEqual(own.filter((item) => item.type === 'background').map((item) => item.id));
      const hasBackdrop = own.some((item) => item.type === 'background');
      // A lane with a backdrop keeps an empty row at its foot for the backdrop's label.
      const footRoom = lane.rows.at(-1)!.item;
      expect(isFootRoom(footRoom.id)).toBe(hasBackdrop);
      const rows = lane.rows.map(({ item }) => item).filter((item) => !isFootRoom(item.id));
      if (hasBackdrop) expect(footRoom.start.getTime()).toBe(Math.max(...rows.map((item) => item.start.getTime())));
      expect(rows.map((item) => item.id).sort()).toEqual(
        own
          .filter((item) => item.type !== 'background')
          .map((item) => item.id)
          .sort(),
      );
      for (let row = 1; row < rows.length; row++) {
        const [above, below] = [rows[row - 1]!, rows[row]!];
        const order =
          above.start.getTime() - below.start.getTime() ||
          items.findIndex((item) => item.id === above.id) - items.findIndex((item) => item.id === below.id);
        expect(order).toBeLessThan(0);
      }
    }
    expect(screen.lanes.flatMap((lane) => lane.backdrops)).toHaveLength(1);
  });

  test('places each mark across the drawing area as vis-timeline does: its axis time as a fraction of the window', () => {
    const { items, groups, scale } = story();
    const screen = firstScreen(items, groups, scale, WIDTH)!;
    const { start, end } = screen.window;
    const marks = screen.lanes.flatMap((lane) => [...lane.rows, ...lane.backdrops]).filter(({ item }) => !isFootRoom(item.id));
    for (const { item, at } of marks) {
      expect(at.left).toBeCloseTo((item.start.getTime() - start) / (end - start), 12);
      expect(at.width).toBeCloseTo(((item.end ?? item.start).getTime() - item.start.getTime()) / (end - start), 12);
      expect(at.left).toBeGreaterThanOrEqual(0);
      expect(at.left + at.width).toBeLessThanOrEqual(1);
    }
  });

  test("dates its axis as the live axis does at that width: the same ticks and breaks, and the scale's bursts in view", () => {
    const { items, groups, scale } = story();
    const screen = firstScreen(items, groups, scale, WIDTH)!;
    const { start, end } = screen.window;
    const real = onAxis(items, LINEAR_SCALE);
    const span = {
      from: Math.min(...real.map((item) => item.start.getTime())),
      until: Math.max(...real.map((item) => (item.end ?? item.start).getTime())),
    };
    const marks = axisMarks(scale, start, end, WIDTH, span);
    expect(screen.ticks.map(({ tick }) => tick)).toEqual(marks.ticks);
    expect(screen.breaks.map(({ mark }) => mark)).toEqual(marks.breaks);
    expect(marks.breaks.length).toBeGreaterThan(0);
    expect(screen.bursts).toHaveLength(scale.bursts.length);
    for (const burst of screen.bursts) expect(burst.width).toBeGreaterThan(0);
  });

  test('is not worked out ahead where events would share rows, or there are none', () => {
    const many = story(ROW_EACH_MAX_EVENTS + 2);
    expect(firstScreen(many.items, many.groups, many.scale, WIDTH)).toBeNull();
    expect(firstScreen([], story().groups, LINEAR_SCALE, WIDTH)).toBeNull();
    expect(rowEach(ROW_EACH_MAX_EVENTS, false)).toBe(true);
    expect(rowEach(ROW_EACH_MAX_EVENTS + 1, false)).toBe(false);
    expect(rowEach(3, true)).toBe(false);
  });
});

describe('stackOrder', () => {
  test('orders by start, then by place in the story, for vis-timeline and the first screen alike', () => {
    const rank = new Map([
      ['b', 0],
      ['a', 1],
      ['c', 2],
    ]);
    const order = stackOrder((id) => rank.get(id)!);
    const at = (id: string, day: number) => ({ id, start: new Date(2024, 2, day) });
    expect([at('c', 25), at('a', 26), at('b', 26)].sort(order).map((item) => item.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('lanesBelowClip', () => {
  test('names the lanes that start below the clip even at the shortest rows, and none that may be in sight', () => {
    const { items, groups } = story();
    const rowsOf = (id: string) => items.filter((item) => item.group === id && item.type !== 'background').length;
    const firstLane = 6 + rowsOf(groups[0]!.id) * 22 - 3 + 1.5;
    expect(lanesBelowClip(items, groups, firstLane + 2)).toEqual(groups.slice(1).map((group) => group.id));
    expect(lanesBelowClip(items, groups, firstLane + 3)).toEqual(groups.slice(2).map((group) => group.id));
    expect(lanesBelowClip(items, groups, 10_000)).toEqual([]);
  });
});
