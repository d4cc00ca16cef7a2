import { expect, test, type Page } from '@playwright/test';
import type { Timeline, TimelineEvent } from '../src/data/schema';
import { chartLabel, jumpTo, loadStory, sourcePanel, timelineCanvas, verticalTimeline } from './helpers';

/** Events whose title, summary or quotes contain `word`, worked out here rather than by the app's own code. */
function mentioning(story: Timeline, word: string): TimelineEvent[] {
  const w = word.toLowerCase();
  return story.events.filter((event) =>
    [
      event.title,
      event.summary,
      ...event.citations.map((c) => c.quote),
      ...(event.discrepancies ?? []).flatMap((d) => d.citations.map((c) => c.quote)),
    ].some((text) => text.toLowerCase().includes(w)),
  );
}

/** Whether an item's label is drawn inside the timeline's visible width (the page may still need scrolling). */
async function withinCanvas(page: Page, title: string): Promise<boolean> {
  const canvas = await timelineCanvas(page).boundingBox();
  const item = await timelineCanvas(page).getByText(title).boundingBox();
  return Boolean(canvas && item && item.x >= canvas.x && item.x < canvas.x + canvas.width);
}

/** The dated ticks of the timeline's axis. */
const axisTicks = (page: Page) => timelineCanvas(page).locator('.tl-axis__tick');

const eventList = (page: Page) => page.getByRole('navigation', { name: 'Events in order' });
const count = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ events/ });

test.describe('finding events', () => {
  test('search narrows the list, the timeline and the count, and marks the matches in the panel', async ({ page }) => {
    const story = await loadStory(page);
    const matches = mentioning(story, 'ambassador');
    const other = story.events.find((event) => !matches.includes(event))!;
    await page.goto('/');

    await page.getByRole('searchbox', { name: 'Search' }).fill('ambassador');
    await expect(count(page)).toHaveText(`${matches.length} of ${story.events.length} events`);
    await expect(eventList(page).getByRole('listitem')).toHaveCount(matches.length);
    for (const event of matches) await expect(timelineCanvas(page).getByText(chartLabel(event))).toBeAttached();
    await expect(timelineCanvas(page).getByText(chartLabel(other))).toHaveCount(0);

    await eventList(page)
      .getByRole('button', { name: new RegExp(matches[0]!.title) })
      .click();
    const hits = sourcePanel(page).locator('mark.search-hit');
    await expect(hits.first()).toBeVisible();
    for (const text of await hits.allTextContents()) expect(text.toLowerCase()).toBe('ambassador');
  });

  test('lane and kind filters combine, and the count follows', async ({ page }) => {
    const story = await loadStory(page);
    const expected = story.events.filter((e) => e.lane === 'nz' && e.kinds.includes('attribution'));
    await page.goto('/');

    await page.getByText('Lanes and kinds').click();
    await page.getByRole('group', { name: 'Lanes' }).getByRole('checkbox', { name: 'New Zealand' }).check();
    await page.getByRole('group', { name: 'Kinds' }).getByRole('checkbox', { name: 'Attribution' }).check();
    await expect(count(page)).toHaveText(`${expected.length} of ${story.events.length} events`);
    await expect(eventList(page).getByRole('listitem')).toHaveCount(expected.length);
    await expect(timelineCanvas(page).getByText('United Kingdom', { exact: true })).toHaveCount(0);
    await expect(page).toHaveURL(/lane=nz&kind=attribution/);
  });

  test('filters that hide everything say so, and one click brings everything back', async ({ page }) => {
    const story = await loadStory(page);
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search' }).fill('zeppelin');
    await expect(page.getByText('No events match the search “zeppelin”.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(count(page)).toHaveText(`${story.events.length} of ${story.events.length} events`);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  test('the URL keeps filters, search, selection and the visible window through a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByText('Lanes and kinds').click();
    await page.getByRole('group', { name: 'Lanes' }).getByRole('checkbox', { name: 'United Kingdom' }).check();
    await page.getByText(/^Lanes and kinds/).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('sanctions');
    await jumpTo(page, /Attribution/);
    await eventList(page)
      .getByRole('button', { name: /UK sanctions a front company/ })
      .click();
    await expect(page).toHaveURL(/from=2024-03-\d\d&to=2024-04-\d\d/);
    const url = page.url();

    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('sanctions');
    await page.getByText('Lanes and kinds (1 chosen)', { exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'United Kingdom' })).toBeChecked();
    await expect(sourcePanel(page).getByRole('heading', { level: 2, name: /UK sanctions a front company/ })).toBeVisible();
    // The window is the one in the link: days of March 2024, not the whole decade.
    await expect(
      axisTicks(page)
        .filter({ hasText: /^\d+ Mar 2024$/ })
        .first(),
    ).toBeVisible();
    await expect(axisTicks(page).filter({ hasText: /^2014$/ })).toHaveCount(0);
  });
});

test.describe('moving around', () => {
  test('jump-to buttons move the timeline to a headline period', async ({ page }) => {
    await page.goto('/');
    await jumpTo(page, /Detection/);
    await expect(
      axisTicks(page)
        .filter({ hasText: /Oct 2022$/ })
        .first(),
    ).toBeVisible();
    expect(await withinCanvas(page, 'Electoral Commission breach identified')).toBe(true);
    await expect(page).toHaveURL(/from=2022-\d\d-\d\d&to=2022-\d\d-\d\d/);
  });

  test('keyboard only: tab to the list, arrow through events, open one, Escape returns focus', async ({ page }) => {
    const story = await loadStory(page);
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search' }).focus();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-event-id'))) break;
    }
    const first = eventList(page).getByRole('button', { name: new RegExp(story.events[0]!.title) });
    await expect(first).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = eventList(page).getByRole('button', { name: new RegExp(story.events[2]!.title) });
    await expect(third).toBeFocused();
    await page.keyboard.press('End');
    await expect(eventList(page).getByRole('button', { name: new RegExp(story.events.at(-1)!.title) })).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');

    await page.keyboard.press('Enter');
    const heading = sourcePanel(page).getByRole('heading', { level: 2, name: story.events[2]!.title });
    await expect(heading).toBeFocused();
    await expect(third).toHaveAttribute('aria-current', 'true');

    await page.keyboard.press('Escape');
    await expect(third).toBeFocused();
    await expect(page).not.toHaveURL(/event=/);
  });

  test('the coverage grid shows who reports what, and a cell opens that article’s quote', async ({ page }) => {
    const story = await loadStory(page);
    const event = story.events.find((e) => e.id === 'nz-no-sanctions')!;
    const source = story.sources.find((s) => s.id === event.citations[0]!.source)!;
    await page.goto('/');
    await page.getByRole('tab', { name: 'Coverage' }).click();
    await expect(page).toHaveURL(/view=coverage/);

    const table = page.getByRole('table', { name: /Which article reports which event/ });
    await expect(table.getByRole('row')).toHaveCount(story.events.length + 2);
    const row = table.getByRole('row', { name: new RegExp(event.title) });
    await expect(row).toContainText('single source');
    await row.getByRole('button', { name: new RegExp(source.label.replace(/[()]/g, '.')) }).click();

    const card = sourcePanel(page).getByRole('article', { name: `From ${source.label}` });
    await expect(card).toBeFocused();
    await expect(card.locator('mark')).toHaveText(event.citations[0]!.quote);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the timeline runs down the screen, its burst opens, and the evidence opens as a full-screen sheet', async ({ page }) => {
    const story = await loadStory(page);
    const event = story.events.find((e) => e.id === 'uk-sanctions')!;
    await page.goto('/');

    const timeline = verticalTimeline(page);
    // On a phone the timeline is the list of events: there is no second one.
    await expect(timeline.getByRole('button').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Events in order' })).toHaveCount(0);
    // Time flows down: each event's mark is below the one before it.
    const tops = await timeline
      .locator('button[data-event-id]')
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().top));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));

    // The attribution days are one group, folded, saying how many events it holds.
    const burst = timeline.getByRole('button', { name: /^25–26 Mar 2024/ });
    await expect(burst).toHaveAttribute('aria-expanded', 'false');
    const inBurst = story.events.filter((e) => /^2024-03-2[56]$/.test(e.start)).length;
    await expect(burst).toContainText(`${inBurst} events`);
    await expect(timeline.getByRole('button', { name: new RegExp(chartLabel(event)) })).toHaveCount(0);
    await burst.tap();
    await expect(burst).toHaveAttribute('aria-expanded', 'true');

    const button = timeline.getByRole('button', { name: new RegExp(chartLabel(event)) });
    await button.tap();
    await expect(button).toHaveAttribute('aria-current', 'true');
    const sheet = page.getByRole('dialog', { name: event.title });
    await expect(sheet).toBeVisible();
    const box = await sheet.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(389);
    await expect(sheet.getByRole('heading', { level: 2, name: event.title })).toBeFocused();

    await sheet.getByRole('button', { name: 'Close source panel' }).tap();
    await expect(sheet).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('Up and Down move between the events as soon as the page is live, even where the timeline’s code is slow to come, and Jump to brings a period’s first event to hand', async ({
    page,
  }) => {
    const story = await loadStory(page);
    // The page comes to life with its timeline: keys pressed meanwhile would be lost.
    await page.route(/\/VerticalTimeline-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await page.goto('/');
    await page.locator('html[data-live]').waitFor({ state: 'attached' });
    const events = verticalTimeline(page).locator('button[data-event-id]');
    await events.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(events.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(events.first()).toBeFocused();

    await jumpTo(page, /Attribution/);
    const first = story.events.find((e) => e.start === '2024-03-25')!;
    // The group holding it opens, and focus is on it, near the top of the screen.
    const landed = verticalTimeline(page).getByRole('button', { name: new RegExp(chartLabel(first)) });
    await expect(landed).toBeFocused();
    await expect.poll(async () => (await landed.boundingBox())!.y).toBeLessThan(120);
    await expect(verticalTimeline(page).getByRole('button', { name: /^25–26 Mar 2024/ })).toHaveAttribute('aria-expanded', 'true');
  });
});

test.describe('printing', () => {
  test('print shows a chronological handout of every event with its quotes, without the controls', async ({ page }) => {
    const story = await loadStory(page);
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
    await expect(timelineCanvas(page)).toBeHidden();
    const handout = page.getByRole('region', { name: 'Chronology with sources' });
    await expect(handout).toBeVisible();
    const headings = handout.getByRole('article').getByRole('heading', { level: 3 });
    await expect(headings).toHaveText(story.events.map((e) => e.title));
    for (const event of story.events.slice(0, 5)) {
      for (const citation of event.citations) await expect(handout.getByText(citation.quote, { exact: true }).first()).toBeVisible();
    }
    const discrepancy = story.events.find((e) => e.discrepancies)!.discrepancies![0]!;
    await expect(handout.getByText(discrepancy.note)).toBeVisible();
  });
});

test.describe('touch', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });

  test('a vertical swipe over the timeline scrolls the page instead of being trapped', async ({ page }) => {
    await page.goto('/');
    const canvas = timelineCanvas(page);
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const before = await page.evaluate(() => window.scrollY);
    const cdp = await page.context().newCDPSession(page);
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(box.y + Math.min(box.height / 2, 100));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 25 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
  });
});

test.describe('gestures on the timeline', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });

  /** The window span in days, read from the URL the timeline writes after a gesture. */
  async function windowDays(page: Page): Promise<number> {
    const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
    return (Date.parse(hash.get('to')!) - Date.parse(hash.get('from')!)) / 86_400_000;
  }

  /** Touch pointers moving along `tracks` (one per finger), as a touch screen reports them. */
  async function touch(page: Page, tracks: { x: number; y: number }[][]) {
    await page.evaluate(async (fingers) => {
      const target = document.elementFromPoint(fingers[0]![0]!.x, fingers[0]![0]!.y)!;
      const fire = (type: string, id: number, p: { x: number; y: number }) =>
        target.dispatchEvent(
          new PointerEvent(type, {
            pointerId: id,
            pointerType: 'touch',
            isPrimary: id === 1,
            clientX: p.x,
            clientY: p.y,
            bubbles: true,
            cancelable: true,
            buttons: type === 'pointerup' ? 0 : 1,
          }),
        );
      fingers.forEach((track, i) => fire('pointerdown', i + 1, track[0]!));
      for (let step = 1; step < fingers[0]!.length; step++) {
        fingers.forEach((track, i) => fire('pointermove', i + 1, track[step]!));
        await new Promise((resolve) => setTimeout(resolve, 16));
      }
      fingers.forEach((track, i) => fire('pointerup', i + 1, track.at(-1)!));
    }, tracks);
  }

  test('a drag pans and a two-finger pinch zooms', async ({ page }) => {
    await page.goto('/');
    const canvas = timelineCanvas(page);
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const y = Math.round(box.y + Math.min(box.height / 2, 80));
    const mid = Math.round(box.x + box.width * 0.6);

    // vis-timeline takes gestures once its first draw has settled; until then, try again.
    await expect(async () => {
      await page.mouse.move(mid, y);
      await page.mouse.down();
      await page.mouse.move(mid - 80, y, { steps: 8 });
      await page.mouse.up();
      await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\d&to=/, { timeout: 500 });
    }).toPass({ timeout: 10_000 });
    const before = await windowDays(page);

    const steps = (at: (i: number) => number) => Array.from({ length: 9 }, (_, i) => ({ x: at(i), y }));
    await touch(page, [steps((i) => mid - 20 - i * 8), steps((i) => mid + 20 + i * 8)]);
    await expect.poll(() => windowDays(page)).toBeLessThan(before * 0.8);
  });
});
