/**
 * A story the build did not prerender (`?data=`) is drawn by the browser, its timeline's first
 * screen first (FirstScreenSketch.tsx), which vis-timeline then takes over; vis-timeline's code
 * loads beside the page's (loadVisTimeline.ts), and the document and its validator are fetched
 * from the moment the page starts (the page-start script). That nothing moves meanwhile is
 * tested with the prerendered pages (beforeScript.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { expectFirstScreenTakenOver, firstDrawnItem, holdRequests, isPageModule, loadStory, timelineCanvas } from './helpers';
import { APP_ORIGIN } from './origins';

/** The built-in document, asked for as any other story: through `?data=`, from the app's own origin. */
const OWN_DOCUMENT = '/data/timeline.json';
const PAGE = `/?data=${encodeURIComponent(OWN_DOCUMENT)}`;

const isTimelineCode = (url: URL) => url.origin === APP_ORIGIN && /^\/assets\/visTimeline-[\w-]+\.js$/.test(url.pathname);

const takeovers: [string, { width: number; height: number }][] = [
  [PAGE, { width: 1280, height: 800 }],
  [PAGE, { width: 1024, height: 768 }],
  [`${PAGE}&embed=1`, { width: 700, height: 640 }],
];
for (const [address, viewport] of takeovers) {
  test(`${address} at ${viewport.width}×${viewport.height}: the first screen is drawn without vis-timeline, which takes it over without a mark moving`, async ({
    page,
  }) => {
    const story = await loadStory(page);
    await page.setViewportSize(viewport);
    const release = await holdRequests(page, isTimelineCode);
    await page.goto(address);
    const firstScreen = timelineCanvas(page).locator('.tl-sketch');
    // One first screen, for this timeline's width, drawn while vis-timeline's code is still on its way.
    await expect(firstScreen).toHaveCount(1);
    await expect(firstScreen.locator('.tl-item').filter({ visible: true }).first()).toBeVisible();
    await expect(page.locator('.tl-host')).toHaveCount(0);
    await expectFirstScreenTakenOver(page, release, story.events.length, address.includes('embed'));
  });
}

test('the document and its validator are fetched from the start of the page, once each: the page’s own request takes that download over', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  const documents = () => asked.filter((path) => path === OWN_DOCUMENT);
  const validators = () => asked.filter((path) => /^\/assets\/parseTimeline-[\w-]+\.js$/.test(path));
  // The page's module held back: whatever is asked for meanwhile, the page-start script asked for.
  const release = await holdRequests(page, isPageModule);
  await page.goto(PAGE, { waitUntil: 'commit' });
  await expect.poll(() => [documents().length, validators().length]).toEqual([1, 1]);

  release();
  await expect(firstDrawnItem(page)).toBeVisible();
  expect([documents().length, validators().length]).toEqual([1, 1]);
});

test('where vis-timeline’s code cannot be had, the timeline says so and offers a reload; the list has every event', async ({ page }) => {
  const story = await loadStory(page);
  await page.route(isTimelineCode, (route) => route.abort('connectionfailed'));
  await page.goto(PAGE);
  const alert = page.getByRole('alert').filter({ hasText: 'The timeline could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  const list = page.getByRole('navigation', { name: 'Events in order' });
  await expect(list.getByRole('button')).toHaveCount(story.events.length);

  // Once the network is back, the reload draws it.
  await page.unroute(isTimelineCode);
  await alert.getByRole('button', { name: 'Reload the page' }).click();
  await expect(firstDrawnItem(page)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'The timeline could not be loaded' })).toHaveCount(0);
});
