/**
 * Where things are drawn: at the widths readers use, in every view and mode, nothing
 * spills sideways or runs under the sticky sources panel; on touch screens the main
 * controls are big enough to hit; a pile of marks on the phone strip offers a choice;
 * and on a tablet, picking an event in the list leaves the list where it was.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadStory, timelineDrawn, verticalTimeline } from './helpers';

const SIZES = [
  { width: 360, height: 800 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const MODES = [
  { name: 'the page', path: '/', hash: [] as string[] },
  { name: 'the embed', path: '/?embed=1', hash: [] as string[] },
  { name: 'the page with an event open', path: '/', hash: ['event=uk-sanctions'] },
  { name: 'the embed with an event open', path: '/?embed=1', hash: ['event=uk-sanctions'] },
];
const VIEWS = ['timeline', 'coverage'] as const;

async function openView(page: Page, path: string, hash: string[], view: (typeof VIEWS)[number]) {
  const parts = view === 'coverage' ? [...hash, 'view=coverage'] : hash;
  await page.goto(parts.length > 0 ? `${path}#${parts.join('&')}` : path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (view === 'coverage') await expect(page.getByRole('table')).toBeVisible();
  else await expect(timelineDrawn(page)).toBeVisible();
  if (hash.length > 0) await expect(page.getByRole('heading', { level: 2, name: /UK sanctions/ })).toBeVisible();
}

/**
 * Every element whose visible part (its box clipped by the boxes that clip or scroll
 * it) reaches past the right edge of the page, and every visible part of the main
 * column that runs under the sticky sources panel.
 */
function spills(page: Page) {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
    /** The element's box, cut to each ancestor that clips or scrolls its overflow: what can be on screen at once. */
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      let { left, right, top, bottom } = box;
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX === 'visible') continue;
        const clip = up.getBoundingClientRect();
        left = Math.max(left, clip.left);
        right = Math.min(right, clip.right);
        top = Math.max(top, clip.top);
        bottom = Math.min(bottom, clip.bottom);
      }
      return { left, right, top, bottom };
    };
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const pastEdge = [...document.querySelectorAll('body *')]
      .filter(shown)
      .map((element) => ({ element, box: visible(element) }))
      .filter(({ box }) => box.right > box.left && box.right > limit + 1)
      .map(({ element, box }) => `${name(element)} reaches ${Math.round(box.right)} of ${limit}`);

    const aside = document.querySelector('aside.story__panel');
    const panel = aside?.getBoundingClientRect();
    // A sticky panel beside the column passes every part of it as the reader scrolls: any overlap of
    // their columns is content under it. A panel in the flow (one column) must not overlap in place.
    const beside = aside !== null && getComputedStyle(aside).position === 'sticky';
    const overlaps = (box: { left: number; right: number; top: number; bottom: number }) =>
      panel !== undefined &&
      box.right > panel.left + 1 &&
      box.left < panel.right - 1 &&
      (beside || (box.bottom > panel.top + 1 && box.top < panel.bottom - 1));
    const underPanel =
      panel && panel.width > 0
        ? [...document.querySelectorAll('.story__main, .story__main *')]
            .filter(shown)
            .map((element) => ({ element, box: visible(element) }))
            .filter(({ box }) => box.right > box.left && box.bottom > box.top && overlaps(box))
            .map(
              ({ element, box }) =>
                `${name(element)} spans ${Math.round(box.left)}–${Math.round(box.right)}, under the panel at ${Math.round(panel.left)}`,
            )
        : [];
    return { pastEdge: pastEdge.slice(0, 8), underPanel: underPanel.slice(0, 8) };
  });
}

async function sidewaysScroll(page: Page) {
  return page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    window.scrollTo(1000, window.scrollY);
    const scrollX = window.scrollX;
    window.scrollTo(0, window.scrollY);
    return { scrollWidth, clientWidth, scrollX };
  });
}

/** The coverage table's scroll box: can it scroll when the table is wider, and can the reader reach the single-source flag? */
function coverageScroll(page: Page) {
  return page.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('[role="region"][aria-label^="Coverage table"]')!;
    const table = scroller.querySelector('table')!;
    const wider = table.getBoundingClientRect().width > scroller.clientWidth + 1;
    const start = scroller.scrollLeft;
    scroller.scrollLeft = start + 40;
    const scrolls = scroller.scrollLeft !== start;
    scroller.scrollLeft = scroller.scrollWidth;
    const flag = [...scroller.querySelectorAll('td *')].find((element) => element.textContent === 'single source')!.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    const aside = document.querySelector('aside.story__panel');
    const panel = aside && getComputedStyle(aside).position === 'sticky' ? aside.getBoundingClientRect() : undefined;
    scroller.scrollLeft = 0;
    return {
      wider,
      scrolls,
      flagInBox: flag.left >= box.left - 1 && flag.right <= box.right + 1,
      flagOnPage: flag.right <= document.documentElement.clientWidth + 1,
      // Beside the column, the panel would hide the flag wherever the reader scrolls to.
      flagClearOfPanel: !panel || panel.width === 0 || flag.right <= panel.left + 1,
    };
  });
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    for (const mode of MODES) {
      for (const view of VIEWS) {
        test(`${mode.name}, ${view} view: nothing spills sideways or runs under the sources panel`, async ({ page }) => {
          await openView(page, mode.path, mode.hash, view);

          const scroll = await sidewaysScroll(page);
          expect(scroll.scrollWidth, 'the page is wider than the screen').toBeLessThanOrEqual(scroll.clientWidth);
          expect(scroll.scrollX, 'the page scrolls sideways').toBe(0);

          const found = await spills(page);
          expect(found.pastEdge, 'content past the right edge of the page').toEqual([]);
          expect(found.underPanel, 'content under the sticky sources panel').toEqual([]);

          if (view === 'coverage') {
            const coverage = await coverageScroll(page);
            if (coverage.wider) expect(coverage.scrolls, 'the table is wider than its box, which does not scroll').toBe(true);
            expect(coverage.flagInBox, 'the single-source flag can be scrolled into the table’s box').toBe(true);
            expect(coverage.flagOnPage, 'the single-source flag is on the page').toBe(true);
            expect(coverage.flagClearOfPanel, 'the single-source flag is clear of the sources panel').toBe(true);
          }
        });
      }
    }
  });
}

test.describe('the coverage table on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('says it scrolls sideways, and scrolls from the keyboard to the single-source flag', async ({ page }) => {
    await page.goto('/#view=coverage');
    const region = page.getByRole('region', { name: 'Coverage table (scrolls sideways)' });
    await expect(region.getByRole('table')).toBeVisible();
    await expect(page.getByText('Scroll sideways for every article')).toBeVisible();
    const flag = region.getByText('single source', { exact: true }).first();
    expect((await flag.boundingBox())!.x).toBeGreaterThan(390);

    await region.focus();
    await expect(region).toBeFocused();
    for (let press = 0; press < 40; press++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await flag.boundingBox())!.x + (await flag.boundingBox())!.width).toBeLessThanOrEqual(390);
  });
});

test.describe('the coverage table on a desktop', () => {
  test('fits its column beside the sources panel, with no scroll cue', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/#view=coverage');
    const region = page.getByRole('region', { name: 'Coverage table (scrolls sideways)' });
    await expect(region.getByRole('table')).toBeVisible();
    const fits = await region.evaluate((element) => element.scrollWidth <= element.clientWidth);
    expect(fits).toBe(true);
    await expect(page.getByText('Scroll sideways for every article')).toBeHidden();
  });
});

/** The height of every box `locator` matches. */
async function heights(locator: import('@playwright/test').Locator): Promise<number[]> {
  return locator.evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().height * 10) / 10));
}

test.describe('touch targets', () => {
  test('on a phone the main controls are at least 44 px tall', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/');
    const timeline = verticalTimeline(page);
    await expect(timeline.getByRole('button').first()).toBeVisible();
    const burst = timeline.getByRole('button', { name: /Show all/ });
    const burstHeights = await heights(burst);
    await burst.click();
    // Search and filters fold into one button on a phone.
    await page.getByText('Search and filters', { exact: true }).click();
    const search = await heights(page.getByRole('searchbox', { name: 'Search' }));
    const toggle = page.getByText('Lanes and kinds', { exact: true });
    await toggle.click();
    const chips = page.getByRole('group', { name: /Lanes|Kinds/ }).locator('label');
    await expect(chips.first()).toBeVisible();
    const chipHeights = await heights(chips);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByText('Jump to', { exact: true }).click();
    const measured = {
      'filter chips': chipHeights,
      search,
      'Jump to buttons': await heights(page.getByRole('toolbar', { name: 'Jump to' }).getByRole('button')),
      'Search and filters': await heights(page.locator('summary').filter({ hasText: 'Search and filters' })),
      'Jump to': await heights(page.locator('summary').filter({ hasText: 'Jump to' })),
      tabs: await heights(page.getByRole('tab')),
      'events on the timeline': await heights(timeline.locator('button[data-event-id]')),
      'the group of events': burstHeights,
      'Read more': await heights(page.getByRole('button', { name: 'Read more' })),
    };
    for (const [control, sizes] of Object.entries(measured)) {
      expect(sizes.length, control).toBeGreaterThan(0);
      expect(Math.min(...sizes), control).toBeGreaterThanOrEqual(44);
    }
    await context.close();
  });

  test('on a tablet the main controls are at least 44 px tall', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/');
    const toggle = page.getByText('Lanes and kinds', { exact: true });
    await toggle.click();
    const chips = page.getByRole('group', { name: /Lanes|Kinds/ }).locator('label');
    await expect(chips.first()).toBeVisible();
    const chipHeights = await heights(chips);
    await toggle.click();
    await page.getByText('Jump to', { exact: true }).click();
    const measured = {
      'filter chips': chipHeights,
      'Jump to buttons': await heights(page.getByRole('toolbar', { name: 'Jump to' }).getByRole('button')),
      'Lanes and kinds': await heights(page.locator('summary').filter({ hasText: 'Lanes and kinds' })),
      'Jump to': await heights(page.locator('summary').filter({ hasText: 'Jump to' })),
      zoom: await heights(page.getByRole('toolbar', { name: 'Timeline zoom' }).getByRole('button')),
      tabs: await heights(page.getByRole('tab')),
    };
    for (const [control, sizes] of Object.entries(measured)) {
      expect(sizes.length, control).toBeGreaterThan(0);
      expect(Math.min(...sizes), control).toBeGreaterThanOrEqual(44);
    }
    await context.close();
  });

  for (const [where, size, path] of [
    ['the page at 1280', { width: 1280, height: 800 }, '/'],
    ['an embed 700 px wide', { width: 700, height: 600 }, '/?embed=1'],
  ] as const) {
    test(`with a mouse they stay compact: ${where}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(path);
      // An embed folds search and filters into one button.
      if (path.includes('embed')) await page.getByText('Search and filters', { exact: true }).click();
      await page.getByText('Lanes and kinds', { exact: true }).click();
      const chips = page.getByRole('group', { name: /Lanes|Kinds/ }).locator('label');
      await expect(chips.first()).toBeVisible();
      expect(Math.max(...(await heights(chips)))).toBeLessThan(36);
      await page.keyboard.press('Escape');
      await page.mouse.click(5, 5);
      await page.getByText('Jump to', { exact: true }).click();
      expect(Math.max(...(await heights(page.getByRole('toolbar', { name: 'Jump to' }).getByRole('button'))))).toBeLessThan(36);
    });
  }
});

test('on a phone the evidence sheet and the masthead are as easy to hit', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/');
  // The tap below lands on the page the build drew: wait until it has come to life.
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  const measured: Record<string, number[]> = {
    'masthead actions': await heights(page.getByRole('banner').locator('.masthead__actions > *')),
  };
  await verticalTimeline(page).locator('button[data-event-id]').nth(3).click();
  const sheet = page.getByRole('dialog');
  await expect(sheet.getByRole('heading', { level: 2 })).toBeVisible();
  measured['panel navigation'] = await heights(sheet.locator('.source-panel__nav button'));
  measured['date basis'] = await heights(sheet.locator('summary'));
  measured['full article'] = await heights(sheet.getByRole('button', { name: /Read the full article/ }));
  for (const [control, sizes] of Object.entries(measured)) {
    expect(sizes.length, control).toBeGreaterThan(0);
    expect(Math.min(...sizes), control).toBeGreaterThanOrEqual(44);
  }
  await context.close();
});

test('on a phone Jump to opens the story’s periods as a list inside the screen, each a fingertip high', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByText('Jump to', { exact: true }).click();
  const buttons = page.getByRole('toolbar', { name: 'Jump to' }).getByRole('button');
  await expect(buttons.first()).toBeVisible();
  for (const box of await buttons.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(390);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  // A vertical toolbar: Down moves to the next period.
  await buttons.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(buttons.nth(1)).toBeFocused();
  // Escape closes it, and focus is back on its button.
  await page.keyboard.press('Escape');
  await expect(buttons.first()).toBeHidden();
  await expect(page.locator('summary').filter({ hasText: 'Jump to' })).toBeFocused();
  await context.close();
});

test.describe('a pile of marks on the compact strip (a presentation on a phone)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('offers a choice of the events at that spot', async ({ page }) => {
    const story = await loadStory(page);
    await page.goto('/?present');
    const strip = page.getByRole('group', { name: /Timeline of events/ });
    await strip.scrollIntoViewIfNeeded();
    await expect(strip.locator('.vis-item.vis-point').first()).toBeVisible();
    // The spot where the most dots lie on top of each other (attribution day, in the UK lane).
    const spot = await strip.evaluate((element) => {
      const spots = new Map<string, { x: number; y: number; count: number }>();
      for (const dot of element.querySelectorAll('.vis-item.vis-dot')) {
        const box = dot.getBoundingClientRect();
        const x = Math.round(box.left + box.width / 2);
        const y = Math.round(box.top + box.height / 2);
        const key = `${x},${y}`;
        spots.set(key, { x, y, count: (spots.get(key)?.count ?? 0) + 1 });
      }
      return [...spots.values()].sort((a, b) => b.count - a.count)[0]!;
    });
    expect(spot.count).toBeGreaterThan(2);

    await page.touchscreen.tap(spot.x, spot.y);
    const chooser = page.getByRole('dialog', { name: /events close together here/ });
    await expect(chooser).toBeVisible();
    const choices = chooser.getByRole('list').getByRole('button');
    expect(await choices.count()).toBeGreaterThanOrEqual(spot.count);
    const names = await choices.allTextContents();
    const events = names.map((name) => story.events.find((event) => name.includes(event.title)));
    expect(events.every(Boolean), names.join(' | ')).toBe(true);
    await expect(choices.first()).toBeFocused();
    const audit = await new AxeBuilder({ page })
      .include('dialog[open]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(audit.violations.map((violation) => violation.id)).toEqual([]);

    // Escape closes it and leaves everything as it was, focus included.
    await page.keyboard.press('Escape');
    await expect(chooser).toBeHidden();
    await expect(page).toHaveURL(/\/\?present$/);
    await expect(strip).toBeFocused();

    // Each choice goes to that event's slide.
    await page.touchscreen.tap(spot.x, spot.y);
    await expect(chooser).toBeVisible();
    const picked = events[1]!;
    await choices.nth(1).tap();
    await expect(chooser).toBeHidden();
    await expect(page.getByRole('heading', { name: picked.title })).toBeVisible();
  });
});

test.describe('on a tablet', () => {
  for (const size of [
    { width: 820, height: 1180 },
    { width: 768, height: 1024 },
  ]) {
    test(`at ${size.width}×${size.height}, picking an event low in the list leaves the list where it was`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: size, hasTouch: true });
      const page = await context.newPage();
      const story = await loadStory(page);
      await page.goto('/');
      const event = story.events.at(-3)!;
      const item = page.getByRole('navigation', { name: 'Events in order' }).getByRole('button', { name: new RegExp(event.title) });
      await item.scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 300);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
      const before = (await item.boundingBox())!;

      await item.tap();
      const heading = page.getByRole('heading', { level: 2, name: event.title });
      await expect(heading).toBeFocused();
      // Whatever moves the page (focus, scrolling into view, the panel's arrival) has happened by the next frames.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const after = (await item.boundingBox())!;
      expect(Math.abs(after.y - before.y), `the item moved from ${before.y} to ${after.y}`).toBeLessThanOrEqual(4);
      await expect(heading).toBeInViewport();

      await page.keyboard.press('Escape');
      await expect(heading).toBeHidden();
      await expect(item).toBeFocused();
      expect(Math.abs((await item.boundingBox())!.y - before.y)).toBeLessThanOrEqual(4);
      await context.close();
    });
  }
});
