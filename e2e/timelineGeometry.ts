/**
 * Where the timeline draws things, measured: the check that every event sits at its
 * date. It reads the window the timeline says it shows (its description's `<time>`
 * elements) and checks, in pixels, that the axis's grid lines and each day-precision
 * event are drawn where that window puts their dates, and that no box inside the
 * timeline is scrolled sideways (which moves the events under a still axis).
 */
import { expect, type Locator } from '@playwright/test';
import { MONTHS } from '../src/data/dates';
import type { Timeline } from '../src/data/schema';

export interface TimelineGeometry {
  /** Boxes inside the timeline scrolled sideways, by class name and offset. */
  scrolled: string[];
  /** Grid lines and events drawn more than `tolerance` px from their date. */
  misplaced: string[];
  /** How many events were measured (a check that measured nothing proves nothing). */
  eventsChecked: number;
  gridChecked: number;
}

/** As vis-timeline names them in its grid lines' classes: vis-march. */
const MONTH_CLASSES = MONTHS.map((name) => name.toLowerCase());

/** Measures the timeline in `canvas` (the group labelled "Timeline of events…"). */
export async function measureTimeline(canvas: Locator, story: Timeline, tolerance = 2): Promise<TimelineGeometry> {
  const dayEvents = story.events
    .filter((event) => /^\d{4}-\d{2}-\d{2}$/.test(event.start) && !event.end)
    .map((event) => [event.id, event.start]);
  return canvas.evaluate(
    (root, { dayEvents, tolerance, MONTH_CLASSES }) => {
      const scrolled = [root, ...root.querySelectorAll('*')]
        .filter((element) => element.scrollLeft !== 0)
        .map((element) => `${element.className} scrolled ${element.scrollLeft}px sideways`);

      const described = (root.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id));
      const times = described.flatMap((element) => (element ? [...element.querySelectorAll('time')] : []));
      const [from, to] = times.map((time) => new Date(time.dateTime).getTime());
      const center = root.querySelector<HTMLElement>('.vis-panel.vis-center');
      if (from === undefined || to === undefined || !center)
        return { scrolled, misplaced: ['no window described, or nothing drawn'], eventsChecked: 0, gridChecked: 0 };
      const box = center.getBoundingClientRect();
      const left = box.left + center.clientLeft;
      const width = center.clientWidth;
      const xOf = (time: number) => left + ((time - from) / (to - from)) * width;
      const misplaced: string[] = [];

      let eventsChecked = 0;
      const startOf = new Map(dayEvents as [string, string][]);
      for (const label of root.querySelectorAll<HTMLElement>('.vis-item.vis-point [data-event-id]')) {
        const start = startOf.get(label.dataset.eventId ?? '');
        const dot = label.closest('.vis-item')?.querySelector('.vis-dot');
        if (!start || !dot) continue;
        const [y, m, d] = start.split('-').map(Number) as [number, number, number];
        const date = new Date(y, m - 1, d);
        date.setFullYear(y);
        const expected = xOf(date.getTime());
        if (expected < left || expected > left + width) continue;
        const rect = dot.getBoundingClientRect();
        const drawn = rect.left + rect.width / 2;
        eventsChecked += 1;
        if (Math.abs(drawn - expected) > tolerance)
          misplaced.push(`${label.dataset.eventId} (${start}) drawn ${Math.round(drawn - expected)}px from its date`);
      }

      // Grid lines name their period in their classes: vis-year2024, vis-march, vis-day25.
      let gridChecked = 0;
      const firstYear = new Date(from).getFullYear();
      const lastYear = new Date(to).getFullYear();
      for (const line of root.querySelectorAll<HTMLElement>('.vis-time-axis .vis-grid.vis-minor')) {
        const classes = [...line.classList];
        const year = classes.map((c) => /^vis-year(\d+)$/.exec(c)?.[1]).find(Boolean);
        const month = MONTH_CLASSES.findIndex((name) => classes.includes(`vis-${name}`));
        const day = classes.map((c) => /^vis-day(\d+)$/.exec(c)?.[1]).find(Boolean);
        if (!year && month === -1) continue;
        const candidates = year ? [new Date(Number(year), 0, 1)] : [];
        if (!year) for (let y = firstYear - 1; y <= lastYear + 1; y += 1) candidates.push(new Date(y, month, day ? Number(day) : 1));
        const rect = line.getBoundingClientRect();
        if (rect.left < left || rect.left > left + width) continue;
        const offset = Math.min(...candidates.map((date) => Math.abs(rect.left - xOf(date.getTime()))));
        gridChecked += 1;
        if (offset > tolerance) misplaced.push(`grid line ${classes.join('.')} drawn ${Math.round(offset)}px from its date`);
      }
      return { scrolled, misplaced, eventsChecked, gridChecked };
    },
    { dayEvents, tolerance, MONTH_CLASSES },
  );
}

/**
 * Waits for the timeline to settle with nothing scrolled and everything at its date,
 * having measured grid lines and (unless the window holds none, as a long period may
 * not) at least one day-precision event.
 */
export async function expectTimelineTrue(canvas: Locator, story: Timeline, { eventsInView = true } = {}): Promise<void> {
  await expect
    .poll(
      async () => {
        const geometry = await measureTimeline(canvas, story);
        const measured = geometry.gridChecked > 1 && (!eventsInView || geometry.eventsChecked > 0);
        return { scrolled: geometry.scrolled, misplaced: geometry.misplaced, measured };
      },
      { timeout: 5_000 },
    )
    .toEqual({ scrolled: [], misplaced: [], measured: true });
}
