/**
 * Where the timeline draws things, measured: the check that every event sits at its
 * date. The axis need not be linear (a burst of days is drawn wider, long empty stretches
 * are cut), so it is checked against itself: its dated ticks run in order left to right,
 * and each day-precision event whose day has a tick is drawn on that tick. And no box
 * inside the timeline is scrolled sideways (which moves the events under a still axis).
 */
import { expect, type Locator } from '@playwright/test';
import type { Timeline } from '../src/data/schema';

export interface TimelineGeometry {
  /** Boxes inside the timeline scrolled sideways, by class name and offset. */
  scrolled: string[];
  /** Ticks out of order, and events drawn more than `tolerance` px from their day's tick. */
  misplaced: string[];
  /** How many events were measured (a check that measured nothing proves nothing). */
  eventsChecked: number;
  /** How many of the axis's ticks were measured. */
  gridChecked: number;
}

/** Measures the timeline in `canvas` (the group labelled "Timeline of events…"). */
export async function measureTimeline(canvas: Locator, story: Timeline, tolerance = 2): Promise<TimelineGeometry> {
  const dayEvents = story.events
    .filter((event) => /^\d{4}-\d{2}-\d{2}$/.test(event.start) && !event.end)
    .map((event) => [event.id, event.start]);
  return canvas.evaluate(
    (root, { dayEvents, tolerance }) => {
      const scrolled = [root, ...root.querySelectorAll('*')]
        .filter((element) => element.scrollLeft !== 0)
        .map((element) => `${element.className} scrolled ${element.scrollLeft}px sideways`);
      const center = root.querySelector<HTMLElement>('.vis-panel.vis-center');
      if (!center) return { scrolled, misplaced: ['nothing drawn'], eventsChecked: 0, gridChecked: 0 };
      const box = center.getBoundingClientRect();
      const left = box.left + center.clientLeft;
      const right = left + center.clientWidth;
      const misplaced: string[] = [];

      const ticks = [...root.querySelectorAll<HTMLElement>('.tl-axis__tick')]
        .map((tick) => ({ label: tick.textContent ?? '', time: Date.parse(tick.dataset.time ?? ''), x: tick.getBoundingClientRect().left }))
        .filter((tick) => tick.x >= left - 1 && tick.x <= right + 1)
        .sort((a, b) => a.x - b.x);
      ticks.forEach((tick, i) => {
        const before = ticks[i - 1];
        if (before && !(tick.time > before.time)) misplaced.push(`tick ${tick.label} drawn right of ${before.label}`);
      });

      let eventsChecked = 0;
      const startOf = new Map(dayEvents as [string, string][]);
      for (const label of root.querySelectorAll<HTMLElement>('.vis-item.vis-point [data-event-id]')) {
        const start = startOf.get(label.dataset.eventId ?? '');
        const dot = label.closest('.vis-item')?.querySelector('.vis-dot');
        if (!start || !dot) continue;
        const [y, m, d] = start.split('-').map(Number) as [number, number, number];
        const date = new Date(y, m - 1, d);
        date.setFullYear(y);
        const tick = ticks.find((candidate) => candidate.time === date.getTime());
        if (!tick) continue;
        const rect = dot.getBoundingClientRect();
        const drawn = rect.left + rect.width / 2;
        eventsChecked += 1;
        if (Math.abs(drawn - tick.x) > tolerance)
          misplaced.push(`${label.dataset.eventId} (${start}) drawn ${Math.round(drawn - tick.x)}px from its day's tick`);
      }
      return { scrolled, misplaced, eventsChecked, gridChecked: ticks.length };
    },
    { dayEvents, tolerance },
  );
}

/**
 * Waits for the timeline to settle with nothing scrolled and everything at its date,
 * having measured the axis's ticks and (unless the window holds none, as a long period
 * may not) at least one day-precision event.
 */
export async function expectTimelineTrue(canvas: Locator, story: Timeline, { eventsInView = true } = {}): Promise<void> {
  await expect
    .poll(
      async () => {
        const geometry = await measureTimeline(canvas, story);
        const measured = geometry.gridChecked > 0 && (!eventsInView || geometry.eventsChecked > 0);
        return { scrolled: geometry.scrolled, misplaced: geometry.misplaced, measured };
      },
      { timeout: 5_000 },
    )
    .toEqual({ scrolled: [], misplaced: [], measured: true });
}
