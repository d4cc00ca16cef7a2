/**
 * The view is the URL: every way of moving the timeline's window ends in the address,
 * an edited hash or Back moves the timeline, and Back undoes opening an event or
 * switching views instead of leaving the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { chronological } from '../src/data/selectors';
import { firstDrawnItem, jumpTo, loadStory, sourcePanel, timelineCanvas } from './helpers';

/** The window the timeline says it shows (its screen-reader description), as ISO days. */
async function shownDays(page: Page): Promise<{ from: string; to: string }> {
  const described = (await timelineCanvas(page).getAttribute('aria-describedby'))?.split(' ').pop() ?? '';
  const times = page.locator(`[id="${described}"] time`);
  await expect(times).toHaveCount(2);
  const [from, to] = await times.evaluateAll((elements) =>
    elements.map((element) => {
      const date = new Date(element.getAttribute('datetime') ?? '');
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    }),
  );
  return { from: from ?? '', to: to ?? '' };
}

/** The window in the address bar, or null when it has none. */
function urlDays(page: Page): { from: string; to: string } | null {
  const params = new URLSearchParams(new URL(page.url()).hash.slice(1));
  const from = params.get('from');
  const to = params.get('to');
  return from && to ? { from, to } : null;
}

/** Waits until the address bar and the timeline agree on the window (a move settles before it is reported). */
async function expectUrlFollowsTimeline(page: Page) {
  await expect
    .poll(async () => {
      const shown = await shownDays(page);
      return (
        JSON.stringify(urlDays(page)) === JSON.stringify(shown) || `URL ${JSON.stringify(urlDays(page))}, shown ${JSON.stringify(shown)}`
      );
    })
    .toBe(true);
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('every way of moving the window ends in the URL, without adding history entries', async ({ page }) => {
  await page.goto('/');
  await expect(firstDrawnItem(page)).toBeVisible();
  // Opening on the story's own window writes nothing.
  expect(urlDays(page)).toBeNull();
  const entries = await page.evaluate(() => history.length);

  const toolbar = page.getByRole('toolbar', { name: 'Timeline zoom' });
  let before = await shownDays(page);
  await toolbar.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => urlDays(page)).not.toBeNull();
  expect(await shownDays(page)).not.toEqual(before);
  await expectUrlFollowsTimeline(page);

  before = await shownDays(page);
  await timelineCanvas(page).focus();
  await page.keyboard.press('-');
  await expect.poll(() => shownDays(page)).not.toEqual(before);
  await expectUrlFollowsTimeline(page);

  before = await shownDays(page);
  await toolbar.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => shownDays(page)).not.toEqual(before);
  await expectUrlFollowsTimeline(page);

  await jumpTo(page, /^Attribution/);
  await expect.poll(() => urlDays(page)?.from).toMatch(/^2024-03-/);
  await expectUrlFollowsTimeline(page);

  // Dragging and pinching are in reader.spec.ts ("a drag pans and a two-finger pinch zooms").
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('choosing an event outside the window brings it into view, and the URL follows', async ({ page }) => {
  const story = await loadStory(page);
  const first = chronological(story.events)[0]!;
  await page.goto('/#from=2024-03-20&to=2024-03-30');
  await expect(firstDrawnItem(page)).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Events in order' })
    .getByRole('button', { name: new RegExp(first.title) })
    .click();
  await expect(sourcePanel(page).getByRole('heading', { level: 2, name: first.title })).toBeVisible();
  await expect.poll(() => urlDays(page)?.from).not.toBe('2024-03-20');
  await expectUrlFollowsTimeline(page);
  // The window moved to the event (its zoom kept), not merely somewhere else: they overlap.
  const { from, to } = urlDays(page)!;
  expect(from <= `${(first.end ?? first.start).slice(0, 4)}-12-31` && to >= `${first.start.slice(0, 4)}-01-01`).toBe(true);
});

test('editing the hash, Back and Forward move the timeline', async ({ page }) => {
  await page.goto('/#from=2021-01-01&to=2021-12-31');
  await expect(firstDrawnItem(page)).toBeVisible();
  expect(await shownDays(page)).toEqual({ from: '2021-01-01', to: '2021-12-31' });

  await page.evaluate(() => (location.hash = '#from=2024-03-01&to=2024-04-01'));
  await expect.poll(() => shownDays(page)).toEqual({ from: '2024-03-01', to: '2024-04-01' });

  // An edited hash is an entry of the browser's own: Back returns to the first window.
  await page.goBack();
  await expect.poll(() => shownDays(page)).toEqual({ from: '2021-01-01', to: '2021-12-31' });
  await page.goForward();
  await expect.poll(() => shownDays(page)).toEqual({ from: '2024-03-01', to: '2024-04-01' });
});

test('Back closes the evidence and returns to the timeline, instead of leaving the site', async ({ page }) => {
  const story = await loadStory(page);
  const [a, b, c] = chronological(story.events);
  await page.goto('/');
  await expect(firstDrawnItem(page)).toBeVisible();
  const list = page.getByRole('navigation', { name: 'Events in order' });
  const panelHeading = (title: string) => sourcePanel(page).getByRole('heading', { level: 2, name: title });

  // Reading several events, one after another.
  for (const event of [a!, b!, c!]) {
    await list.getByRole('button', { name: new RegExp(event.title) }).click();
    await expect(panelHeading(event.title)).toBeVisible();
  }
  await page.getByRole('tab', { name: 'Coverage' }).click();
  await expect(page.getByRole('tab', { name: 'Coverage' })).toHaveAttribute('aria-selected', 'true');

  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(panelHeading(c!.title)).toBeVisible();

  await page.goBack();
  await expect(panelHeading(c!.title)).toHaveCount(0);
  expect(new URL(page.url()).hash).not.toContain('event=');
  // Still on the story, and focus is not lost on the page's body.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.activeElement !== document.body)).toBe(true);

  await page.goForward();
  await expect(panelHeading(c!.title)).toBeVisible();
});

test('Close is an entry Back undoes; Escape on the timeline closes too', async ({ page }) => {
  const story = await loadStory(page);
  const event = chronological(story.events)[3]!;
  await page.goto(`/#event=${event.id}`);
  const heading = sourcePanel(page).getByRole('heading', { level: 2, name: event.title });
  await expect(heading).toBeVisible();
  await sourcePanel(page).getByRole('button', { name: 'Close source panel' }).click();
  await expect(heading).toHaveCount(0);
  await page.goBack();
  await expect(heading).toBeVisible();
});

test('a presentation step follows an edited hash, and Next replaces the entry', async ({ page }) => {
  await page.goto('/?present#step=2');
  const progress = page.locator('.present__progress');
  await expect(progress).toHaveText(/^3 \//);
  const entries = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(progress).toHaveText(/^4 \//);
  expect(new URL(page.url()).hash).toBe('#step=3');
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.evaluate(() => (location.hash = '#step=0'));
  await expect(progress).toHaveText(/^1 \//);
});

test('an old embed link with the view in its query string still opens that view', async ({ page }) => {
  const story = await loadStory(page);
  const event = story.events.find((e) => e.id === 'nz-attribution')!;
  await page.goto('/?embed=1&event=nz-attribution&lanes=nz&from=2021-01-01&to=2024-12-31');
  await expect(page).toHaveURL(/\?embed=1#event=nz-attribution&lane=nz&from=2021-01-01&to=2024-12-31$/);
  await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
  expect(await shownDays(page)).toEqual({ from: '2021-01-01', to: '2024-12-31' });
});
