import { expect, type FrameLocator, type Locator, type Page, type Route } from '@playwright/test';
import { INLINE_TIMELINE_ID } from '../src/data/contract';
import type { Timeline, TimelineEvent } from '../src/data/schema';
import { APP_ORIGIN } from './origins';

/** The compiled story exactly as the app receives it. */
export async function loadStory(page: Page): Promise<Timeline> {
  const response = await page.request.get('/data/timeline.json');
  return (await response.json()) as Timeline;
}

const INLINE_STORY = new RegExp(`(<script type="application/json" id="${INLINE_TIMELINE_ID}">)[\\s\\S]*?(</script>)`);

/**
 * Serves `body` as the page's built-in story, in place of the one the build put in the page
 * (`</` escaped as JSON allows, so the text cannot close its element). The app then checks it
 * as any document it did not validate, and draws it in place of the prerendered page.
 */
export async function serveTimeline(page: Page, body: unknown): Promise<void> {
  const text = (typeof body === 'string' ? body : JSON.stringify(body)).replace(/<\//g, '<\\/');
  await page.route(
    (url) => url.origin === APP_ORIGIN && (url.pathname === '/' || url.pathname === '/index.html'),
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      if (!INLINE_STORY.test(html)) throw new Error('The page no longer carries its story inline: update serveTimeline');
      await route.fulfill({ response, body: html.replace(INLINE_STORY, (_all, open: string, close: string) => open + text + close) });
    },
  );
}

/**
 * Where tests download a story from. The built-in story is in the page itself, so a download is
 * always another story's (`?data=`, read in a worker): here the built-in document, served by
 * `serveDownload` at an address of the app's own.
 */
export const DOWNLOAD_PATH = '/test-stories/story.json';
export const DOWNLOAD_PAGE = `/?data=${encodeURIComponent(DOWNLOAD_PATH)}`;
/** For page.route: a predicate on the path, as a glob would also match the page's own address, whose query names it. */
export const isDownload = (url: URL) => url.origin === APP_ORIGIN && url.pathname === DOWNLOAD_PATH;
/** Answers a request for DOWNLOAD_PATH with the built-in story's document. */
export async function serveDownload(route: Route): Promise<void> {
  const response = await route.fetch({ url: `${APP_ORIGIN}/data/timeline.json` });
  await route.fulfill({ response });
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

/** The first mark vis-timeline itself has drawn (not one of the first screen drawn ahead, which it takes over). */
export function firstDrawnItem(page: Page) {
  return timelineCanvas(page).locator('.tl-host .vis-item').first();
}

export function sourcePanel(page: Page) {
  return page.getByRole('complementary', { name: 'Sources' });
}

/** Where each event's label and each axis date is on the timeline, to a tenth of a pixel, by event id (in `idAttribute`) or date; those not drawn are left out. */
export async function labelsAt(page: Page, idAttribute: string): Promise<Record<string, number[]>> {
  return timelineCanvas(page).evaluate((canvas, attribute) => {
    const at: Record<string, number[]> = {};
    const box = (element: Element) => {
      const { left, top, width, height } = element.getBoundingClientRect();
      return [left, top, width, height].map((value) => Math.round(value * 10) / 10);
    };
    const drawn = (element: Element) => element.getBoundingClientRect().width > 0;
    for (const label of canvas.querySelectorAll(`.tl-item[${attribute}]`))
      if (drawn(label)) at[label.getAttribute(attribute)!] = box(label);
    for (const tick of canvas.querySelectorAll('.tl-axis__tick')) if (drawn(tick)) at[`axis ${tick.textContent}`] = box(tick);
    return at;
  }, idAttribute);
}

/**
 * The timeline's first screen (FirstScreenSketch.tsx) is on screen, every event on it unless the
 * lanes are clipped; once `release` lets vis-timeline come, it takes the first screen over in place.
 */
export async function expectFirstScreenTakenOver(page: Page, release: () => void, events: number, clipped: boolean): Promise<void> {
  const firstScreen = timelineCanvas(page).locator('.tl-sketch');
  await expect(firstScreen.locator('.tl-item').filter({ visible: true }).first()).toBeVisible();
  const sketched = await labelsAt(page, 'data-sketched-id');
  if (!clipped) expect(Object.keys(sketched).filter((key) => !key.startsWith('axis '))).toHaveLength(events);

  release();
  await expect(firstDrawnItem(page)).toBeVisible();
  await expect(firstScreen).toHaveCount(0);
  expectTakenOverInPlace(sketched, await labelsAt(page, 'data-event-id'), clipped);
}

/**
 * Where the timeline's first screen (FirstScreenSketch.tsx) had its labels and dates, and where
 * vis-timeline drew them as it took over, agree: the same ones, each within a pixel. Where the
 * lanes are clipped, vis-timeline draws only those in sight: those are compared.
 */
function expectTakenOverInPlace(sketched: Record<string, number[]>, live: Record<string, number[]>, clipped: boolean): void {
  const compared = clipped ? Object.keys(live) : Object.keys(sketched);
  expect(Object.keys(live).sort()).toEqual(compared.sort());
  expect(compared.length).toBeGreaterThan(10);
  for (const what of compared) {
    const [left, top, width, height] = sketched[what] ?? [];
    const [liveLeft, liveTop, liveWidth, liveHeight] = live[what]!;
    expect(sketched[what], `${what} drawn ahead`).toBeDefined();
    // Within a pixel: vis-timeline rounds the lane column to whole pixels.
    expect(Math.abs(liveLeft! - left!), `${what} across`).toBeLessThanOrEqual(1);
    expect(Math.abs(liveTop! - top!), `${what} down`).toBeLessThanOrEqual(1);
    expect(Math.abs(liveWidth! - width!) + Math.abs(liveHeight! - height!), `${what} size`).toBeLessThanOrEqual(0.2);
  }
}

/** Holds back the requests `matching` (page.route) until the returned function is called. */
export async function holdRequests(page: Page, matching: (url: URL) => boolean): Promise<() => void> {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(matching, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The page's own module (the entry chunk). */
export const isPageModule = (url: URL) => url.origin === APP_ORIGIN && /^\/assets\/index-[\w-]+\.js$/.test(url.pathname);
