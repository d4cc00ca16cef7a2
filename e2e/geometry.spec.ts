/**
 * The timeline draws every event at its date in every state a reader can reach: a deep
 * link, a click, the arrow keys, Jump to, the zoom buttons, a presentation and the way
 * back from it. Measured in pixels against the axis, at the sizes readers use.
 */
import { expect, test } from '@playwright/test';
import type { Timeline } from '../src/data/schema';
import { jumpTo, loadStory, timelineCanvas } from './helpers';
import { expectTimelineTrue } from './timelineGeometry';

const ATTRIBUTION_DAY = /^2024-03-2[56]$/;

let story: Timeline;
test.beforeEach(async ({ page }) => {
  story ??= await loadStory(page);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 768, height: 1024 },
]) {
  test(`a deep link to an attribution-day event at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/#event=us-names-apt31');
    await expect(page.getByRole('heading', { level: 2, name: /APT31/ }).first()).toBeVisible();
    await expectTimelineTrue(timelineCanvas(page), story);
  });
}

for (const [mode, url, viewport] of [
  ['an embed in an article column', '/?embed=1#event=us-names-apt31', { width: 700, height: 600 }],
] as const) {
  test(`a deep link in ${mode}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 2, name: /APT31/ }).first()).toBeAttached();
    await expectTimelineTrue(timelineCanvas(page), story);
  });
}

test('clicking events on the timeline, one after another', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const canvas = timelineCanvas(page);
  for (const event of story.events.filter((e) => ATTRIBUTION_DAY.test(e.start)).slice(0, 4)) {
    await canvas.locator(`[data-event-id="${event.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
    await expectTimelineTrue(canvas, story);
  }
});

test('stepping with the arrow keys', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const canvas = timelineCanvas(page);
  await canvas.focus();
  for (let step = 1; step <= 20; step += 1) {
    await page.keyboard.press('ArrowRight');
    if (step % 5 === 0) await expectTimelineTrue(canvas, story);
  }
});

test('Jump to every landmark, then zoom in, out and fit', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#event=uk-sanctions');
  const canvas = timelineCanvas(page);
  for (const landmark of story.landmarks ?? []) {
    await jumpTo(page, landmark.label);
    await expectTimelineTrue(canvas, story, { eventsInView: false });
  }
  const zoom = page.getByRole('toolbar', { name: 'Timeline zoom' });
  for (const name of ['Zoom in', 'Zoom out', 'Fit all']) {
    await zoom.getByRole('button', { name }).click();
    await expectTimelineTrue(canvas, story, { eventsInView: false });
  }
});

test('a presentation at a late step, and Escape back to the reader', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?present#step=30');
  await expectTimelineTrue(timelineCanvas(page), story);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: 'Events in order' })).toBeVisible();
  await expectTimelineTrue(timelineCanvas(page), story);
});
