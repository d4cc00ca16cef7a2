/**
 * The story's shape at first sight, in the reader's desktop window (1280×800): the
 * timeline starts high on the page, the background years and the attribution days are
 * both legible without scrolling, zooming or hovering, no label is cut or overlaps another,
 * the axis marks where time is left out and never runs past the story, and every event
 * can be reached from the keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Timeline } from '../src/data/schema';
import { firstDrawnItem, loadStory, serveTimeline, timelineCanvas, timelineDrawn, verticalTimeline } from './helpers';
import { syntheticTimeline } from './bench/synthetic';
import { inFirstScreen, inSight, isReadable, readLabels } from './labels';

const DESKTOP = { width: 1280, height: 800 };

let story: Timeline;
test.beforeEach(async ({ page }) => {
  story ??= await loadStory(page);
});

/** Records a measured figure with the test's result (README quotes them: `--reporter=json` lists them). */
function report(what: string, value: number): void {
  test.info().annotations.push({ type: what, description: String(Math.round(value)) });
}

/** Opens the reader view at 1280×800, on the built-in story or on `served` in its place. */
async function openDesktop(page: Page, served?: Timeline): Promise<void> {
  if (served) await serveTimeline(page, served);
  await page.setViewportSize(DESKTOP);
  await page.goto('/');
  await expect(firstDrawnItem(page)).toBeVisible();
}

/** The labels once the timeline's lanes have settled to their height (all `count` of them, unless the lanes are clipped). */
async function settledLabels(page: Page, { clipped = false, count = story.events.length } = {}) {
  const canvas = timelineCanvas(page);
  if (!clipped) await expect.poll(async () => (await readLabels(canvas)).length).toBe(count);
  let last = -1;
  await expect
    .poll(async () => {
      const height = (await canvas.boundingBox())?.height ?? 0;
      const held = height === last;
      last = height;
      return held;
    })
    .toBe(true);
  return readLabels(canvas);
}

test('the timeline, with all its lanes, starts within the first 320 px', async ({ page }) => {
  await openDesktop(page);
  const canvas = timelineCanvas(page);
  const top = (await canvas.boundingBox())!.y;
  report('timeline top at 1280×800, px', top);
  expect(top).toBeLessThanOrEqual(320);
  for (const lane of story.lanes) await expect(canvas.getByText(lane.label, { exact: true })).toBeVisible();
  const firstLane = await canvas.getByText(story.lanes[0]!.label, { exact: true }).boundingBox();
  expect(firstLane!.y).toBeLessThanOrEqual(360);
});

test('at least 20 labels can be read whole in the first screen, and none in view is cut or overlapped', async ({ page }) => {
  await openDesktop(page);
  const labels = await settledLabels(page);
  const inView = inFirstScreen(labels, DESKTOP.height);
  const unreadable = inView.filter((label) => !isReadable(label)).map((label) => label.text);
  expect(unreadable).toEqual([]);
  report('labels readable in the first screen at 1280×800', inView.length);
  expect(inView.length).toBeGreaterThanOrEqual(20);
  // Both shapes of the story are in that first screen: the background years and the attribution days.
  const ids = new Set(inView.map((label) => label.id));
  const background = story.events.filter((event) => event.start < '2024-03-25' && ids.has(event.id));
  const days = story.events.filter((event) => /^2024-03-2[56]$/.test(event.start) && ids.has(event.id));
  expect(background.length).toBeGreaterThanOrEqual(5);
  expect(days.length).toBeGreaterThanOrEqual(8);
});

test('at the zoom the reader lands on, every label in the story reads whole', async ({ page }) => {
  await openDesktop(page);
  const labels = await settledLabels(page);
  expect(labels.filter((label) => !isReadable(label)).map((label) => `${label.text} (cut: ${label.cut})`)).toEqual([]);
});

test('the axis marks where time is left out, says so in words, and never runs past the story', async ({ page }) => {
  await openDesktop(page);
  const canvas = timelineCanvas(page);
  const breaks = canvas.locator('.tl-axis__break');
  expect(await breaks.count()).toBeGreaterThan(0);
  await expect(breaks.first()).toBeVisible();
  await expect(page.getByText(/Time left out, when no event starts or ends/)).toBeVisible();
  await expect(page.getByText(/Drawn wider, to fit their many events: 25–26 Mar 2024/)).toBeVisible();
  const ticks = await canvas
    .locator('.tl-axis__tick')
    .evaluateAll((nodes) => nodes.map((node) => Date.parse((node as HTMLElement).dataset.time ?? '')));
  const lastDay = Math.max(...story.events.map((event) => Date.parse(`${(event.end ?? event.start).slice(0, 4)}-12-31`)));
  expect(ticks.length).toBeGreaterThan(2);
  expect(Math.max(...ticks)).toBeLessThanOrEqual(lastDay + 86_400_000);
});

test('every event is reachable from the keyboard, one arrow key at a time', async ({ page }) => {
  await openDesktop(page);
  const canvas = timelineCanvas(page);
  await canvas.focus();
  const reached = new Set<string>();
  for (let i = 0; i < story.events.length; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#.*event=/);
    reached.add(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('event') ?? '');
  }
  expect([...reached].sort()).toEqual(story.events.map((event) => event.id).sort());
});

test.describe('embedded in a 700×600 article column', () => {
  test.use({ viewport: { width: 700, height: 600 }, colorScheme: 'dark' });

  test('the timeline starts within 140 px, light whatever the reader’s setting, and every label in view reads whole', async ({ page }) => {
    await page.goto('/?embed=1');
    await expect(firstDrawnItem(page)).toBeVisible();
    const canvas = timelineCanvas(page);
    const top = (await canvas.boundingBox())!.y;
    report('timeline top in a 700×600 embed, px', top);
    expect(top).toBeLessThanOrEqual(140);
    // The host article has its own headline: the embed's is for screen readers only.
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeAttached();
    expect((await page.getByRole('heading', { level: 1 }).boundingBox())!.height).toBeLessThanOrEqual(1);
    // Light unless the host asks for auto or dark.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light');
    const inView = inFirstScreen(inSight(await settledLabels(page, { clipped: true })), 600);
    expect(inView.filter((label) => !isReadable(label)).map((label) => label.text)).toEqual([]);
    expect(inView.length).toBeGreaterThanOrEqual(10);
  });

  test('lanes taller than the frame allows are clipped, and those out of sight are offered by name', async ({ page }) => {
    await page.goto('/?embed=1');
    await expect(firstDrawnItem(page)).toBeVisible();
    const outOfSight = page.getByRole('group', { name: 'Lanes out of sight' });
    const last = story.lanes.at(-1)!.label;
    await outOfSight.getByRole('button', { name: last }).click();
    // Brought into sight: its label is inside the lanes' box, and the first lane is now offered instead.
    const canvas = timelineCanvas(page);
    await expect
      .poll(async () => {
        const lanes = (await canvas.locator('.vis-panel.vis-left').boundingBox())!;
        const label = (await canvas.getByText(last, { exact: true }).boundingBox())!;
        return label.y >= lanes.y && label.y + label.height <= lanes.y + lanes.height;
      })
      .toBe(true);
    await expect(outOfSight.getByRole('button', { name: story.lanes[0]!.label })).toBeVisible();
    // Only the lanes moved: the window in time is where it was, and focus is on the timeline, where the lane now is.
    await expect(page).not.toHaveURL(/from=/);
    await expect(canvas).toBeFocused();
    const labels = inSight(await readLabels(canvas));
    expect(labels.filter((label) => !isReadable(label)).map((label) => label.text)).toEqual([]);
    // The wheel still scrolls the page around the timeline, never the lanes inside it.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.vis-panel.vis-left')!).overflowY)).not.toMatch(
      /auto|scroll/,
    );
  });

  test('search and filters sit behind one button, and the list of events is one click away', async ({ page }) => {
    await page.goto('/?embed=1');
    await expect(firstDrawnItem(page)).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
    await page.getByText('Search and filters', { exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('sanctions');
    await expect(page.getByText(/^Search and filters \(\d+ of 35\)$/)).toBeVisible();
    const list = page.getByRole('navigation', { name: 'Events in order' });
    await expect(list).toBeHidden();
    await page.getByText(/^All \d+ events, in order$/).click();
    await expect(list).toBeVisible();
  });

  test('asked for, the headline shows', async ({ page }) => {
    await page.goto('/?embed=1&headline=1&theme=dark');
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
  });
});

test('presenting at 1920×1080, no text on the stage is smaller than 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?present#step=12');
  await expect(firstDrawnItem(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  const small = await page.locator('.present__stage').evaluate((stage) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('.visually-hidden')) continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue;
      if (parseFloat(style.fontSize) < 24) found.push(`${node.textContent.trim().slice(0, 30)}: ${style.fontSize}`);
    }
    return found;
  });
  expect(small).toEqual([]);
});

test.describe('on a phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the timeline runs down the screen, and at least 5 events can be read whole in the first screen', async ({ page }) => {
    await page.goto('/');
    const timeline = verticalTimeline(page);
    await expect(timeline.getByRole('button').first()).toBeVisible();
    const readable = await timeline.locator('button[data-event-id]').evaluateAll(
      (buttons) =>
        buttons.filter((button) => {
          // The date and the title, whole: inside the screen, neither cut nor under anything else.
          const parts = [...button.querySelectorAll('time, .vtimeline__title')];
          return parts.every((part) => {
            const box = part.getBoundingClientRect();
            if (box.top < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth) return false;
            const over = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + box.height / 2);
            return over !== null && part.contains(over);
          });
        }).length,
    );
    report('events readable in the first screen at 390×844', readable);
    expect(readable).toBeGreaterThanOrEqual(5);
    // The attribution days, folded to one group, are on the way down rather than pushing the years away.
    await expect(timeline.getByRole('button', { name: /^25–26 Mar 2024/ })).toHaveAttribute('aria-expanded', 'false');
    // Where time is left out, the spine is broken, and says so.
    await expect(timeline.getByText(/no event starts or ends/).first()).toBeVisible();
    // Every period runs down a rail of its own.
    const periods = story.events.filter((event) => event.end !== undefined).length;
    await expect(timeline.locator('.vtimeline__rail--starts')).toHaveCount(periods);
  });

  test('a link to an event in the group opens it, marked as the one chosen', async ({ page }) => {
    await page.goto('/#event=us-names-apt31');
    await expect(page.getByRole('dialog')).toBeVisible();
    // Under the sheet, its group is open and the event marked.
    const chosen = verticalTimeline(page).locator('button[aria-current="true"]');
    await expect(chosen).toHaveAttribute('data-event-id', 'us-names-apt31');
    await page.getByRole('dialog').getByRole('button', { name: 'Close source panel' }).tap();
    // Closed, the reader is back where the event is, on it.
    const row = verticalTimeline(page).locator('button[data-event-id="us-names-apt31"]');
    await expect(row).toBeFocused();
    await expect(row).toBeInViewport();
  });
});

test.describe('embedded: about one screen tall, an open event adding about half a screen more', () => {
  for (const width of [360, 700, 1000]) {
    test(`${width} px wide`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      await page.goto('/?embed=1');
      await expect(timelineDrawn(page)).toBeVisible();
      if (width === 360) await expect(verticalTimeline(page)).toBeVisible();
      const tall = () => page.evaluate(() => document.documentElement.scrollHeight);
      await expect.poll(tall).toBeLessThanOrEqual(800);
      report(`embed height at ${width} px, no event open`, await tall());

      await page.goto('/?embed=1#event=uk-sanctions');
      await expect(page.getByRole('heading', { level: 2, name: /UK sanctions/ })).toBeVisible();
      await expect.poll(tall).toBeLessThanOrEqual(1200);
      report(`embed height at ${width} px, an event open`, await tall());
    });
  }
});

test('a story spread evenly keeps a straight axis, and every label in view reads whole', async ({ page }) => {
  // The built-in story's events, one a month for three years: no burst, no long quiet stretch.
  const even: Timeline = {
    ...story,
    events: story.events.map(({ end: _end, qualifier: _qualifier, ...event }, i) => ({
      ...event,
      start: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
    })),
  };
  await openDesktop(page, even);
  const canvas = timelineCanvas(page);
  await expect(canvas.locator('.tl-axis__tick').first()).toBeAttached();
  await expect(canvas.locator('.tl-axis__break')).toHaveCount(0);
  await expect(page.getByText(/Time left out|Drawn wider/)).toHaveCount(0);
  const inView = inFirstScreen(await settledLabels(page), DESKTOP.height);
  expect(inView.filter((label) => !isReadable(label)).map((label) => label.text)).toEqual([]);
  report('labels readable in the first screen, evenly spread story', inView.length);
  expect(inView.length).toBeGreaterThanOrEqual(10);
});

test('the 20-event synthetic story: its empty years cut, and every label at the opening zoom reads whole', async ({ page }) => {
  const synthetic = syntheticTimeline(20);
  await openDesktop(page, synthetic);
  await expect(timelineCanvas(page).locator('.tl-axis__break').first()).toBeAttached();
  const labels = await settledLabels(page, { count: synthetic.events.length });
  expect(labels.filter((label) => !isReadable(label)).map((label) => label.text)).toEqual([]);
});
