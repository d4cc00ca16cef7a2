import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { timelineCanvas } from './helpers';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../src/interchange/fixtures');
const TIMELINEJS_DIST = join(dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')), 'dist');

async function openStudio(page: Page) {
  await page.goto('/?studio');
  await expect(page.getByRole('heading', { level: 1, name: 'Story studio' })).toBeVisible();
}

async function importFile(page: Page, name: string, content: Buffer, mimeType: string) {
  await page.getByText('Import a timeline…').locator('input').setInputFiles({ name, mimeType, buffer: content });
}

const problems = (page: Page) => page.getByRole('complementary', { name: 'Checks and publishing' });

/**
 * TimelineJS3 itself, from its npm package, on a page of its own served by the test: nothing
 * reaches the network. The page gives the timeline `data` and says how many slides it drew.
 */
async function openInTimelineJS(page: Page, data: unknown) {
  const origin = 'http://timelinejs.test';
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    if (url.pathname === '/') {
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/css/timeline.css"></head>
          <body><div id="timeline-embed" style="width: 1100px; height: 650px"></div>
          <script src="/js/timeline.js"></script><script src="/start.js"></script></body></html>`,
      });
    }
    if (url.pathname === '/start.js') {
      return route.fulfill({
        contentType: 'text/javascript',
        body: `window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(data)}, { hash_bookmark: false });`,
      });
    }
    try {
      return await route.fulfill({ body: readFileSync(join(TIMELINEJS_DIST, url.pathname)) });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/`);
  return errors;
}

test.describe('bringing a timeline in and taking it out', () => {
  test.beforeEach(async ({ page }) => {
    await openStudio(page);
    await page.getByRole('button', { name: 'New story' }).click();
  });

  test('a TimelineJS3 timeline imported in the studio opens in the reader, each slide an event marked unsourced', async ({ page }) => {
    await importFile(page, 'harbour-bridge.json', readFileSync(join(FIXTURES, 'timelinejs-harbour-bridge.json')), 'application/json');
    const report = page.getByRole('region', { name: /^Imported harbour-bridge\.json/ });
    await expect(report.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(report).toContainText(/\d+ events added, 0 events updated/);
    // The slides that cannot be read are listed with their place and reason; the others came in.
    await expect(report.getByRole('listitem').filter({ hasText: 'events[4]' })).toContainText(/start/i);
    await expect(problems(page).getByText(/No problems in what can be checked\. \d+ events have no source article yet/)).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The Harbour Bridge: from cracks to closure' })).toBeVisible();
    // On the timeline itself, each in its group's lane.
    await expect(timelineCanvas(page).getByText('Bridge closed to traffic')).toBeVisible();
    await expect(timelineCanvas(page).getByText('Council', { exact: true })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(/with no source article yet/);
    await page
      .getByRole('button', { name: /Bridge closed to traffic/ })
      .first()
      .click();
    const panel = page.getByRole('region', { name: 'Bridge closed to traffic' });
    await expect(panel.getByText('No source article yet.')).toBeVisible();
    // The slide's media came as a link to follow, and its HTML as text: no script ran, no markup came in.
    await expect(panel.getByRole('link', { name: 'https://example.org/images/closed.jpg' })).toBeVisible();
    await expect(panel.getByText(/Read the order \(https:\/\/example\.org\/closure-order\)/)).toBeVisible();
    expect(await page.locator('.source-panel script, .source-panel em, .source-panel blockquote').count()).toBe(0);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    // The year-only slide is a year on the timeline, not 1 January.
    await page
      .getByRole('button', { name: /Inspectors first note cracks/ })
      .first()
      .click();
    await expect(page.getByRole('region', { name: 'Inspectors first note cracks' }).locator('time').first()).toHaveText('2019');
  });

  test('a sheet made from the TimelineJS3 spreadsheet template opens in the reader, every readable row an event at its precision', async ({
    page,
  }) => {
    await importFile(page, 'bridge.csv', readFileSync(join(FIXTURES, 'timelinejs-spreadsheet.csv')), 'text/csv');
    const report = page.getByRole('region', { name: /^Imported bridge\.csv \(TimelineJS3 spreadsheet\)/ });
    const added = Number(/(\d+) events added/.exec((await report.textContent()) ?? '')?.[1]);
    expect(added).toBeGreaterThan(5);
    await expect(report.getByRole('region', { name: 'Notes on the file' }).getByRole('listitem').first()).toContainText(/^row \d+/);
    await page.getByRole('button', { name: 'Preview' }).click();
    const list = page.getByRole('navigation', { name: 'Events in order' });
    await expect(list.getByRole('button')).toHaveCount(added);
    await expect(list.getByRole('button').filter({ hasText: 'no source article yet' })).toHaveCount(added);
    // A row with only a year is that year, and one with a month that month: never padded to a day.
    await expect(list.getByRole('button', { name: /^2019 / })).toHaveCount(1);
    await expect(page.getByRole('banner')).toContainText(`${added} events · 0 articles · ${added} with no source article yet`);
  });

  test('citing an article’s words in an imported event makes it a sourced event', async ({ page }) => {
    await importFile(page, 'harbour-bridge.json', readFileSync(join(FIXTURES, 'timelinejs-harbour-bridge.json')), 'application/json');
    await page.getByRole('button', { name: 'Close the import report' }).click();
    await page.getByLabel('Label', { exact: true }).last().fill('City Gazette');
    await page.getByLabel('Paste its text').fill('The council voted on Tuesday to order an independent review of the bridge.');
    await page.getByRole('button', { name: 'Add pasted text' }).click();

    const events = page.getByRole('list', { name: 'Events in this story' });
    const review = events.getByRole('button', { name: /Council orders a review/ });
    await expect(review).toContainText('no source yet');
    await review.click();
    await expect(page.getByText(/^No source article yet: this event came from another timeline/)).toBeVisible();
    await page.getByLabel('Find words to cite').fill('order an independent review');
    await page.getByRole('button', { name: 'Cite in this event' }).click();
    await expect(review).not.toContainText('no source yet');
    await expect(page.getByText(/^No source article yet/)).toBeHidden();
    // A sourced event is held to the copy desk: it must say what it is, and how the article dates it.
    await expect(problems(page)).toContainText('On the record, or an allegation?');
    await page.getByLabel('An act: done or said on the record').check();
    await page.getByLabel('How the date was worked out').fill("'on Tuesday' (City Gazette), in March 2020 as the import gave it.");
    await expect(problems(page).getByText(/^No problems in what can be checked/)).toBeVisible();

    await page.getByRole('button', { name: 'Preview' }).click();
    await page
      .getByRole('button', { name: /Council orders a review/ })
      .first()
      .click();
    const panel = page.getByRole('region', { name: 'Council orders a review' });
    await expect(panel.getByRole('article', { name: 'From City Gazette' })).toContainText('order an independent review');
    await expect(panel.getByText('No source article yet.')).toBeHidden();
  });

  test('the built-in story exported as TimelineJS3 JSON opens in TimelineJS3 itself with every event', async ({ page, context }) => {
    await page.getByRole('button', { name: 'Open the built-in story' }).click();
    await expect(problems(page).getByText('No problems: every quote is the articles’ own words.')).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download TimelineJS3 (JSON)' }).click();
    const exported = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as {
      events: { text: { headline: string } }[];
      eras?: unknown[];
    };
    const story = (await (await page.request.get('/data/timeline.json')).json()) as { events: { title: string; backdrop?: boolean }[] };
    const slides = story.events.filter((event) => !event.backdrop);
    expect(exported.events).toHaveLength(slides.length);

    const timelinejs = await context.newPage();
    const errors = await openInTimelineJS(timelinejs, exported);
    const headlines = timelinejs.locator('.tl-slide-content .tl-headline');
    // The title slide, then one slide per event.
    await expect(headlines).toHaveCount(slides.length + 1);
    const shown = await headlines.allTextContents();
    for (const event of slides) expect(shown).toContain(event.title);
    expect(errors).toEqual([]);
  });

  test('an export imported again updates the story instead of copying it', async ({ page }) => {
    await page.getByRole('button', { name: 'Open the built-in story' }).click();
    await expect(problems(page).getByText('No problems: every quote is the articles’ own words.')).toBeVisible();
    const events = page.getByRole('list', { name: 'Events in this story' }).getByRole('button');
    const count = await events.count();
    for (const [button, name, type] of [
      ['Download TimelineJS3 (JSON)', 'story.json', 'application/json'],
      ['Download TimelineJS3 spreadsheet (CSV)', 'story.csv', 'text/csv'],
      ['Download Spreadsheet of every field (CSV)', 'fields.csv', 'text/csv'],
    ] as const) {
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      await importFile(page, name, readFileSync(await (await downloading).path()), type);
      await expect(page.getByRole('region', { name: new RegExp(`^Imported ${name.replace('.', '\\.')}`) })).toContainText(
        '0 events added, 0 events updated',
      );
      await expect(events).toHaveCount(count);
      await page.getByRole('button', { name: 'Close the import report' }).click();
    }
  });
});
