import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { Timeline, TimelineEvent } from '../src/data/schema';

export const TIMELINE_URL = '**/data/timeline.json';

/** The compiled story exactly as the app receives it. */
export async function loadStory(page: Page): Promise<Timeline> {
  const response = await page.request.get('/data/timeline.json');
  return (await response.json()) as Timeline;
}

/** Serves `body` in place of the story data. */
export async function serveTimeline(page: Page, body: unknown): Promise<void> {
  await page.route(TIMELINE_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: typeof body === 'string' ? body : JSON.stringify(body) }),
  );
}

/** What the timeline draws for an event: its short title where it has one. */
export function chartLabel(event: Pick<TimelineEvent, 'title' | 'shortTitle'>): string {
  return event.shortTitle ?? event.title;
}

/** Opens "Jump to" in the toolbar and picks the period whose label matches `name`. */
export async function jumpTo(page: Page, name: string | RegExp): Promise<void> {
  await page.getByText('Jump to', { exact: true }).click();
  await page.getByRole('toolbar', { name: 'Jump to' }).getByRole('button', { name }).click();
}

/** The phone's timeline, where time flows down the screen (it is the list of events there too). */
export function verticalTimeline(scope: Page | FrameLocator) {
  return scope.getByRole('region', { name: 'Timeline, earliest first' });
}

/** Opens every group of events on the vertical timeline that is folded. */
export async function openBursts(scope: Page | FrameLocator): Promise<void> {
  const folded = verticalTimeline(scope).locator('button[aria-expanded="false"]');
  await verticalTimeline(scope).getByRole('button').first().waitFor();
  while ((await folded.count()) > 0) await folded.first().click();
}

/** The timeline's first mark, on the wide timeline or the phone's: visible once the timeline is drawn. */
export function timelineDrawn(page: Page) {
  return firstDrawnItem(page).or(verticalTimeline(page).getByRole('button').first());
}

/** The list of events, opened first where it is folded away (in an embed). */
export async function eventListIn(scope: Page | FrameLocator): Promise<Locator> {
  const list = scope.getByRole('navigation', { name: 'Events in order' });
  const toggle = scope.getByText(/^All \d+ events, in order$/);
  // Drawn with the timeline: once that is there, so is the toggle, if there is one.
  await scope
    .getByRole('group', { name: /Timeline of events/ })
    .or(verticalTimeline(scope))
    .first()
    .waitFor();
  if ((await toggle.count()) > 0 && !(await list.isVisible())) await toggle.click();
  return list;
}

export function timelineCanvas(page: Page) {
  return page.getByRole('group', { name: /Timeline of events/ });
}

/** The timeline's first drawn item: visible once vis-timeline has finished its first draw. */
export function firstDrawnItem(page: Page) {
  return timelineCanvas(page).locator('.vis-item').first();
}

export function sourcePanel(page: Page) {
  return page.getByRole('complementary', { name: 'Sources' });
}
