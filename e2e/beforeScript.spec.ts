/**
 * What the page says about its story before any script runs: what a link preview, a search
 * engine or a reader mode reads from the HTML as served.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatDateRange } from '../src/data/dates';
import {
  expectFirstScreenTakenOver,
  firstDrawnItem,
  holdRequests,
  isPageModule,
  loadStory,
  sourcePanel,
  timelineCanvas,
  verticalTimeline,
} from './helpers';
import { HOST_ORIGIN } from './origins';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page names the story, describes it for link previews and carries every event as JSON-LD', async ({ page }) => {
    const story = await loadStory(page);
    await page.goto('/');
    const head = page.locator('head');
    await expect(page).toHaveTitle(story.title);
    await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', story.description);
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', story.title);
    await expect(head.locator('meta[property="og:description"]')).toHaveAttribute('content', story.description);
    await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');

    const jsonLd = JSON.parse((await head.locator('script[type="application/ld+json"]').textContent())!) as {
      '@type': string;
      itemListElement: { item: { name: string; startDate: string; subjectOf: unknown[] } }[];
    };
    expect(jsonLd['@type']).toBe('ItemList');
    expect(jsonLd.itemListElement.map(({ item }) => item.name)).toEqual(story.events.map((event) => event.title));
    expect(jsonLd.itemListElement.map(({ item }) => item.startDate)).toEqual(story.events.map((event) => event.start));
    for (const { item } of jsonLd.itemListElement) expect(item.subjectOf.length).toBeGreaterThan(0);
  });
});

test('the title stays the story’s as the app starts', async ({ page }) => {
  const story = await loadStory(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(story.title);
});

test.describe('without JavaScript, the page is the chronology', () => {
  test.use({ javaScriptEnabled: false });

  test('every event with its date, summary, each article that reports it in its own words, and where they disagree', async ({ page }) => {
    const story = await loadStory(page);
    await page.goto('/');
    const chronology = page.getByRole('region', { name: 'Chronology with sources' });
    await expect(chronology.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    await expect(chronology.getByText(story.description)).toBeVisible();
    // The interactive page, which needs its script, is not shown.
    await expect(page.getByRole('tab', { name: 'Timeline' })).toBeHidden();

    const events = chronology.getByRole('article');
    await expect(events).toHaveCount(story.events.length);
    const label = (id: string) => story.sources.find((source) => source.id === id)!.label;
    for (const [index, event] of story.events.entries()) {
      const article = events.nth(index);
      await expect(article.getByRole('heading', { level: 3 })).toHaveText(event.title);
      await expect(article.locator('time')).toHaveText(formatDateRange(event.start, event.end, event.qualifier));
      const text = (await article.textContent()) ?? '';
      expect(text).toContain(event.summary);
      expect(text).toContain(event.dateBasis);
      for (const citation of event.citations) {
        expect(text).toContain(label(citation.source));
        expect(text).toContain(citation.quote);
      }
      for (const discrepancy of event.discrepancies ?? []) expect(text).toContain(discrepancy.note);
    }
    const sources = chronology.getByRole('region', { name: 'Sources', exact: true });
    await expect(sources.getByRole('listitem')).toHaveCount(story.sources.length);
    for (const [index, source] of story.sources.entries())
      await expect(sources.getByRole('listitem').nth(index)).toContainText(source.label);
  });
});

/** Holds the app's code back until the returned function is called: the page as a reader has it while its script is on the way. */
function holdScript(page: Page): Promise<() => void> {
  return holdRequests(page, isPageModule);
}

test.describe('before the script arrives', () => {
  test('the reader has the story, which comes to life as it was drawn: the same elements, no warning, no error', async ({ page }) => {
    const story = await loadStory(page);
    const logged: string[] = [];
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && logged.push(message.text()));
    page.on('pageerror', (error) => logged.push(error.message));
    const release = await holdScript(page);
    await page.goto('/', { waitUntil: 'commit' });

    const headline = page.getByRole('heading', { level: 1, name: story.title });
    await expect(headline).toBeVisible();
    await expect(page.locator('#root').getByText(story.description)).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Timeline', selected: true })).toBeVisible();
    const list = page.getByRole('navigation', { name: 'Events in order' });
    await expect(list.getByRole('button')).toHaveCount(story.events.length);
    await expect(list.getByRole('button').first()).toContainText(story.events[0]!.title);
    // The timeline's first screen is drawn too, every event on it, before vis-timeline is there.
    const firstScreen = timelineCanvas(page).locator('.tl-sketch');
    // One drawn for each width, the one for this screen's showing.
    await expect(firstScreen.locator('.tl-item').filter({ visible: true })).toHaveCount(story.events.length);
    await expect(page.locator('.tl-host')).toHaveCount(0);
    const drawnByTheBuild = await headline.elementHandle();

    release();
    await expect(firstDrawnItem(page)).toBeVisible();
    await expect(firstScreen).toHaveCount(0);
    // Hydrated, not drawn again: the headline is the element the page arrived with.
    expect(await drawnByTheBuild?.evaluate((element) => element.isConnected)).toBe(true);
    await list.getByRole('button').first().click();
    await expect(sourcePanel(page).getByRole('heading', { level: 2, name: story.events[0]!.title })).toBeVisible();
    expect(logged).toEqual([]);
  });

  /** The prerendered pages other than the wide reader's page: each the page its address and screen ask for. */
  const variants: [string, string, { width: number; height: number }, (page: Page) => Locator][] = [
    ['a phone', '/', { width: 390, height: 844 }, verticalTimeline],
    ['an embed', '/?embed=1', { width: 700, height: 640 }, (page) => page.getByRole('link', { name: /Open the full timeline/ }).first()],
    ['an embed on a phone', '/?embed=1&theme=dark', { width: 390, height: 640 }, verticalTimeline],
  ];
  for (const [what, address, viewport, drawnFirst] of variants) {
    test(`${what} has its own page as the build drew it, which comes to life: the same elements, no warning, no error`, async ({
      page,
    }) => {
      const logged: string[] = [];
      page.on('console', (message) => ['error', 'warning'].includes(message.type()) && logged.push(message.text()));
      page.on('pageerror', (error) => logged.push(error.message));
      await page.setViewportSize(viewport);
      const release = await holdScript(page);
      await page.goto(address, { waitUntil: 'commit' });
      const first = drawnFirst(page);
      await expect(first).toBeVisible();
      const drawnByTheBuild = await first.elementHandle();

      release();
      // The script has run (the variants not chosen are gone), and hydrated the page rather than drawing it again.
      await expect(page.locator('[data-prerendered]')).toHaveCount(1);
      await page.waitForTimeout(500);
      expect(await drawnByTheBuild?.evaluate((element) => element.isConnected)).toBe(true);
      expect(logged).toEqual([]);
    });
  }

  test.describe('where another page is asked for, the built-in story as the build drew it is never shown in its place', () => {
    const wide = { width: 1280, height: 800 };
    const cases: [string, string, { width: number; height: number }, (page: Page) => Locator][] = [
      [
        'another story',
        `/?data=${encodeURIComponent(`${HOST_ORIGIN}/alt/timeline.json`)}`,
        wide,
        (page) => page.getByRole('heading', { level: 1, name: 'A partner newsroom’s copy of the story' }),
      ],
      ['a presentation', '/?present', wide, (page) => page.getByText(/^\d+ \/ \d+$/)],
      ['a view chosen in the link', '/#view=coverage', wide, (page) => page.getByRole('tab', { name: 'Coverage', selected: true })],
      [
        'an embed without its headline',
        '/?embed=1&headline=0',
        { width: 700, height: 640 },
        (page) => page.getByRole('link', { name: /Open the full timeline/ }).first(),
      ],
    ];
    for (const [what, address, viewport, drawn] of cases) {
      test(what, async ({ page }) => {
        await page.setViewportSize(viewport);
        const release = await holdScript(page);
        await page.goto(address, { waitUntil: 'commit' });
        await page.locator('#root').waitFor({ state: 'attached' });
        const prerendered = page.locator('[data-prerendered]');
        for (const element of await prerendered.all()) await expect(element).toBeHidden();
        release();
        await expect(drawn(page)).toBeVisible({ timeout: 15_000 });
        await expect(prerendered).toHaveCount(0);
      });
    }
  });

  // The wide page in two columns and in one, at the widths each first screen is drawn for and between; an embed, whose lanes are clipped.
  const takeovers: [string, { width: number; height: number }][] = [
    ['/', { width: 1280, height: 800 }],
    ['/', { width: 1920, height: 1080 }],
    ['/', { width: 1024, height: 768 }],
    ['/', { width: 768, height: 1024 }],
    ['/?embed=1', { width: 700, height: 640 }],
  ];
  for (const [address, viewport] of takeovers) {
    test(`${address} at ${viewport.width}×${viewport.height}: vis-timeline takes over the first screen drawn ahead without a mark moving`, async ({
      page,
    }) => {
      const story = await loadStory(page);
      await page.setViewportSize(viewport);
      const release = await holdScript(page);
      await page.goto(address, { waitUntil: 'commit' });
      await expectFirstScreenTakenOver(page, release, story.events.length, address.includes('embed'));
    });
  }

  const screens: [string, string, { width: number; height: number }, (page: Page) => Locator][] = [
    ['the reader’s page', '/', { width: 1280, height: 800 }, firstDrawnItem],
    ['a phone', '/', { width: 390, height: 844 }, verticalTimeline],
    ['an embed', '/?embed=1', { width: 700, height: 640 }, firstDrawnItem],
    ['an embed on a phone', '/?embed=1', { width: 390, height: 640 }, verticalTimeline],
    // Not prerendered: its first screen is drawn by the browser (drawnInBrowser.spec.ts).
    ['another story', `/?data=${encodeURIComponent('/data/timeline.json')}`, { width: 1280, height: 800 }, firstDrawnItem],
  ];
  for (const [what, address, viewport, drawn] of screens) {
    test(`${what}: nothing moves as the page comes to life, layout shift under 0.02`, async ({ page }) => {
      await page.addInitScript(() => {
        const shifts = { total: 0 };
        (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) shifts.total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.setViewportSize(viewport);
      await page.goto(address);
      await expect(drawn(page)).toBeVisible();
      await page.waitForTimeout(1000);
      expect(await page.evaluate(() => (window as unknown as { __shifts: { total: number } }).__shifts.total)).toBeLessThan(0.02);
    });
  }
});
