import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DAY_MS } from '../data/dates';
import { itemsForWindow, periodFor, type ClusterItem } from './overview';
import { CLUSTER_PREFIX, DETAIL_LIMIT, extent, isCluster, type TimelineItem } from './toTimelineItems';

function point(id: string, start: Date, group = 'uk'): TimelineItem {
  return { id, group, content: id, dateLabel: '', dateOnAxis: false, start, type: 'point', className: 'tl-event lane-color-1' };
}

/** `count` day points in one lane, one a day from 1 January 2020. */
function daily(count: number, group = 'uk'): TimelineItem[] {
  return Array.from({ length: count }, (_, i) => point(`e${i}`, new Date(2020, 0, 1 + i), group));
}

const window = (from: Date, until: Date) => ({ start: from, end: until });
const clustersIn = (items: TimelineItem[]) => items.filter((item) => isCluster(item.id)) as ClusterItem[];

describe('itemsForWindow', () => {
  test('a story small enough is passed through whole, whatever the window', () => {
    const items = daily(DETAIL_LIMIT);
    expect(itemsForWindow(items, window(new Date(2020, 0, 1), new Date(2020, 0, 2)), null)).toBe(items);
  });

  test('zoomed in on a large story, only the events in and around the window are drawn, as themselves', () => {
    const items = daily(2000);
    const shown = itemsForWindow(items, window(new Date(2021, 0, 1), new Date(2021, 0, 31)), null);
    expect(clustersIn(shown)).toEqual([]);
    const ids = shown.map((item) => item.id);
    // 1 Jan 2021 is day 366 of the series; half a window (15 days) either side is loaded too.
    expect(ids).toContain('e366');
    expect(ids).toContain('e352');
    expect(ids).not.toContain('e340');
    expect(ids.length).toBeLessThan(70);
  });

  test('zoomed out on a large story, events are summarised per lane and period, and every event is counted once', () => {
    const items = [...daily(1500, 'uk'), ...daily(1500, 'us').map((item) => ({ ...item, id: `us-${item.id}` }))];
    const from = new Date(2020, 0, 1);
    const until = new Date(2024, 2, 1);
    const shown = itemsForWindow(items, window(from, until), null);
    const clusters = clustersIn(shown);
    expect(shown).toHaveLength(clusters.length);
    expect(new Set(clusters.map((c) => c.group))).toEqual(new Set(['uk', 'us']));
    expect(clusters.reduce((sum, c) => sum + c.count, 0)).toBe(3000);
    expect(clusters.length).toBeLessThan(DETAIL_LIMIT);
    for (const cluster of clusters) {
      expect(cluster.id.startsWith(CLUSTER_PREFIX)).toBe(true);
      expect(cluster.title).toMatch(/^[\d,]+ events?, .+\. Click to zoom in\.$/);
      expect(cluster.className).toContain('tl-cluster');
      expect(cluster.className).toContain('lane-color-1');
    }
  });

  test('summary marks of one lane never overlap, so they sit in one row', () => {
    const shown = clustersIn(itemsForWindow(daily(3000), window(new Date(2020, 0, 1), new Date(2028, 0, 1)), null));
    const sorted = [...shown].sort((a, b) => a.start.getTime() - b.start.getTime());
    sorted.slice(1).forEach((cluster, i) => expect(cluster.start.getTime()).toBeGreaterThan(sorted[i]!.end!.getTime()));
  });

  test('the selected event and backdrops are drawn as themselves even among summary marks', () => {
    const items = daily(3000);
    const backdrop: TimelineItem = { ...point('window', new Date(2020, 0, 1)), end: new Date(2027, 0, 1), type: 'background' };
    const shown = itemsForWindow([...items, backdrop], window(new Date(2020, 0, 1), new Date(2028, 0, 1)), 'e42');
    expect(shown.map((item) => item.id)).toEqual(expect.arrayContaining(['e42', 'window']));
    expect(clustersIn(shown).reduce((sum, c) => sum + c.count, 0)).toBe(2999);
  });

  test('the same period keeps the same mark id when the window pans, so vis-timeline redraws little', () => {
    const items = daily(3000);
    const a = clustersIn(itemsForWindow(items, window(new Date(2020, 0, 1), new Date(2026, 0, 1)), null));
    const b = clustersIn(itemsForWindow(items, window(new Date(2020, 1, 1), new Date(2026, 1, 1)), null));
    const shared = a.filter((cluster) => b.some((other) => other.id === cluster.id));
    expect(shared.length).toBeGreaterThan(a.length / 2);
  });
});

describe('periodFor picks a calendar period of about a 24th of the window', () => {
  test.each([
    [10 * DAY_MS, '1 Jan 2020'],
    [150 * DAY_MS, '30 Dec 2019 – 5 Jan 2020'],
    [2 * 365 * DAY_MS, 'Jan 2020'],
    [25 * 365 * DAY_MS, '2020'],
    [120 * 365 * DAY_MS, '2020–2024'],
  ])('a window of %d ms is summarised by periods like "%s"', (span, label) => {
    const from = new Date(2020, 0, 1);
    const period = periodFor(window(from, new Date(from.getTime() + span)));
    expect(period.label(period.indexOf(from))).toBe(label);
    expect(period.startOf(period.indexOf(from)).getTime()).toBeLessThanOrEqual(from.getTime());
  });
});

test('extent handles more items than a spread argument list can take', () => {
  const items = Array.from({ length: 200_000 }, (_, i) => point(`e${i}`, new Date(2000, 0, 1 + (i % 5000))));
  expect(extent(items)).toEqual({
    first: new Date(2000, 0, 1).getTime(),
    lastStart: new Date(2000, 0, 5000).getTime(),
    lastEnd: new Date(2000, 0, 5000).getTime(),
  });
});

describe('itemsForWindow agrees with looking at every event', () => {
  /** The plain way: every event tested against the window, as the index must match. */
  function reference(items: TimelineItem[], from: number, until: number, selectedId: string | null) {
    const overlaps = (item: TimelineItem, a: number, b: number) => item.start.getTime() <= b && (item.end ?? item.start).getTime() >= a;
    const events = items.filter((item) => item.type !== 'background' && item.id !== selectedId);
    const span = until - from;
    const visible = events.filter((item) => overlaps(item, from, until));
    const padded = events.filter((item) => overlaps(item, from - span / 2, until + span / 2));
    const startingInPadded = events.filter((item) => item.start.getTime() >= from - span / 2 && item.start.getTime() <= until + span / 2);
    return { visible, padded, startingInPadded };
  }

  // 1,200 events over 2000–2030: day points, and ranges of up to ten years; a few backdrops.
  const items: TimelineItem[] = Array.from({ length: 1200 }, (_, i) => {
    const start = new Date(2000, 0, 1 + ((i * 7919) % 11000));
    const item = point(`e${i}`, start, ['uk', 'us', 'nz'][i % 3]);
    if (i % 4 === 0) return { ...item, type: 'range' as const, end: new Date(start.getTime() + ((i * 104729) % 3650) * DAY_MS + DAY_MS) };
    if (i % 97 === 0) return { ...item, type: 'background' as const, end: new Date(start.getTime() + 400 * DAY_MS) };
    return item;
  });
  const base = new Date(2000, 0, 1).getTime();

  test('for any window and selection: the same events, or summary marks counting the same events', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 12000 }),
        fc.integer({ min: 1, max: 12000 }),
        fc.option(fc.integer({ min: 0, max: items.length - 1 }), { nil: null }),
        (startDay, days, selected) => {
          const from = base + startDay * DAY_MS;
          const until = from + days * DAY_MS;
          const selectedId = selected === null ? null : items[selected]!.id;
          const shown = itemsForWindow(items, window(new Date(from), new Date(until)), selectedId);
          const expected = reference(items, from, until, selectedId);
          const drawnAlways = items.filter((item) => item.type === 'background' || item.id === selectedId).map((item) => item.id);
          expect(
            shown
              .filter((item) => drawnAlways.includes(item.id))
              .map((item) => item.id)
              .sort(),
          ).toEqual([...drawnAlways].sort());
          const rest = shown.filter((item) => !drawnAlways.includes(item.id));
          const ids = (list: TimelineItem[]) => list.map((item) => item.id).sort();
          if (expected.visible.length > DETAIL_LIMIT) {
            expect(rest.every((item) => isCluster(item.id))).toBe(true);
            expect((rest as ClusterItem[]).reduce((sum, c) => sum + c.count, 0)).toBe(expected.startingInPadded.length);
          } else if (expected.padded.length <= 2 * DETAIL_LIMIT) {
            expect(ids(rest)).toEqual(ids(expected.padded));
          } else {
            expect(ids(rest)).toEqual(ids(expected.visible));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
