/**
 * An embed never scrolls the page around it: not when a host link opens an event in it,
 * not when the reader chooses an event inside it, not when it loads lazily under the
 * reader's wheel. The host page records every scroll position it ever has.
 */
import { expect, test, type Page } from '@playwright/test';
import { eventListIn, loadStory, verticalTimeline } from './helpers';
import { HOST_ORIGIN } from './origins';

/** The host page's scroll positions since it opened (its own, not its frames'). */
const hostScrolls = (page: Page) => page.evaluate(() => (window as unknown as { __scrolls: number[] }).__scrolls);

/** Waits until the script embed has drawn its chosen event, and everything it does after (revealing it) has had two frames to happen. */
async function openedAndDrawn(page: Page): Promise<void> {
  const frame = page.frameLocator('#script-embed iframe');
  // Marked on the wide timeline, or on the vertical one of a narrow embed.
  const chosen = frame
    .getByRole('group', { name: /Timeline of events/ })
    .locator('.vis-item.vis-selected')
    .or(verticalTimeline(frame).locator('button[aria-current="true"]'));
  await expect(chosen.first()).toBeAttached();
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const seen: number[] = [];
    (window as unknown as { __scrolls: number[] }).__scrolls = seen;
    window.addEventListener('scroll', () => seen.push(window.scrollY), { passive: true });
  });
});

for (const width of [700, 360]) {
  test(`a host link to an event opens it in the embed without scrolling the host, at ${width} px`, async ({ page }) => {
    const story = await loadStory(page);
    const event = story.events.find((e) => e.id === 'uk-sanctions')!;
    // Tall enough that the embed is on screen as it opens its event.
    await page.setViewportSize({ width, height: 1400 });
    await page.goto(`${HOST_ORIGIN}/#news-timeline=${event.id}`);
    const frame = page.frameLocator('#script-embed iframe');
    await expect(frame.getByRole('heading', { level: 2, name: event.title })).toBeAttached({ timeout: 15_000 });
    await openedAndDrawn(page);
    expect(await hostScrolls(page)).toEqual([]);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}

test('choosing events inside an embed, in its list and on its timeline, never scrolls the host', async ({ page }) => {
  const story = await loadStory(page);
  await page.setViewportSize({ width: 700, height: 600 });
  await page.goto(`${HOST_ORIGIN}/`);
  await page.evaluate(() => window.scrollTo(0, 120));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(120);
  const settled = (await hostScrolls(page)).length;
  const frame = page.frameLocator('#iframe-embed');
  const nz = story.events.filter((e) => e.lane === 'nz');
  const list = await eventListIn(frame);
  for (const event of nz.slice(0, 3)) {
    await list.getByRole('button', { name: new RegExp(event.title) }).click();
    await expect(frame.getByRole('heading', { level: 2, name: event.title })).toBeAttached();
  }
  const canvas = frame.getByRole('group', { name: /Timeline of events/ });
  await canvas.focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect((await hostScrolls(page)).slice(settled)).toEqual([]);
  expect(await page.evaluate(() => window.scrollY)).toBe(120);
});

test('a lazily loaded embed with an event open does not move the page under the reader’s wheel', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 600 });
  // The reader starts scrolling as soon as the article is there, before the embed has loaded.
  await page.goto(`${HOST_ORIGIN}/#news-timeline=nz-attribution`, { waitUntil: 'domcontentloaded' });
  await page.mouse.move(350, 10); // over the host's headline, not a frame
  await page.mouse.wheel(0, 700);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(700);
  const whereTheReaderStopped = await page.evaluate(() => window.scrollY);
  const frame = page.frameLocator('#script-embed iframe');
  await expect(frame.getByRole('heading', { level: 2, name: /New Zealand/ }).first()).toBeAttached({ timeout: 15_000 });
  await openedAndDrawn(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(whereTheReaderStopped);
});
