import { expect, test, type Page } from '@playwright/test';
import { measureTextContrast } from './contrast';
import { loadStory } from './helpers';

/**
 * The printed handouts, checked on paper rather than by role alone: every text dark
 * enough on white, a title on each, and a reader's handout that is compact.
 */

/** WCAG 2 AA for body text. */
const AA = 4.5;

/** A4 pages for the built-in story's 34 events: 11 when this was written (23 before), plus headroom. */
const MAX_READER_PAGES = 13;

const handoutOf = (page: Page) => page.getByRole('region', { name: 'Chronology with sources' });

/**
 * Opens a page and switches it to print once it has settled: the print hook subscribes
 * to the media query in an effect, and a switch before that would go unnoticed.
 */
async function printFrom(page: Page, url: string) {
  await page.goto(url);
  const settled = url.includes('?present') ? page.getByRole('heading', { level: 2 }).first() : page.locator('.vis-item').first();
  await expect(settled).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(handoutOf(page).getByRole('article').first()).toBeVisible();
}

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree nodes). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;

test.describe('print handouts', () => {
  for (const [name, url, colorScheme] of [
    ['the reader’s handout', '/', 'light'],
    ['the reader’s handout from a dark system theme', '/', 'dark'],
    ['a narrative’s briefing handout', '/?present#narrative=attribution-day&step=0', 'light'],
    ['the chronological briefing handout', '/?present', 'light'],
  ] as const) {
    test(`${name}: every printed text is dark enough on white paper (WCAG AA)`, async ({ page }) => {
      const story = await loadStory(page);
      await page.emulateMedia({ colorScheme });
      await printFrom(page, url);
      const texts = await measureTextContrast(page);
      // The walk really reached the handout: its quotes are among the texts measured.
      const quote = story.events.find((e) => e.id === 'uk-sanctions')!.citations[0]!.quote;
      expect(texts.map((t) => t.text)).toContain(quote.replace(/\s+/g, ' ').slice(0, 60));
      expect(texts.filter((t) => t.ratio < AA).map((t) => `${t.ratio}:1, ${t.color} on ${t.background}: ${t.text}`)).toEqual([]);
    });
  }

  test('a briefing handout is headed by the story and, for a narrative, by the narrative’s title and description', async ({ page }) => {
    const story = await loadStory(page);
    const narrative = story.narratives!.find((n) => n.id === 'attribution-day')!;
    await printFrom(page, `/?present#narrative=${narrative.id}&step=0`);
    const handout = handoutOf(page);
    await expect(handout.getByRole('heading', { level: 1 })).toHaveText(narrative.title);
    await expect(handout.getByText(story.title, { exact: true })).toBeVisible();
    await expect(handout.getByText(narrative.description!, { exact: true })).toBeVisible();

    await page.emulateMedia({ media: 'screen' });
    await printFrom(page, '/?present');
    await expect(handout.getByRole('heading', { level: 1 })).toHaveText(story.title);
    await expect(handout.getByText(story.description, { exact: true })).toBeVisible();
  });

  test('the reader’s handout is compact: events run on, headings stand out, no file names or screen chrome', async ({ page }) => {
    const story = await loadStory(page);
    await printFrom(page, '/');
    const handout = handoutOf(page);
    const articles = handout.getByRole('article');
    await expect(articles).toHaveCount(story.events.length);

    // Events follow one another: no page break forced before or kept out of any of them.
    const breaks = await articles.evaluateAll((all) =>
      all.map((a) => `${getComputedStyle(a).breakBefore}/${getComputedStyle(a).breakInside}`),
    );
    expect.soft(new Set(breaks)).toEqual(new Set(['auto/auto']));

    // An event's heading is visibly stronger than its text.
    const first = articles.first();
    const heading = await first.getByRole('heading', { level: 3 }).evaluate((h) => getComputedStyle(h));
    const summary = await first.getByText(story.events[0]!.summary, { exact: true }).evaluate((p) => getComputedStyle(p));
    expect.soft(Number(heading.fontWeight)).toBeGreaterThanOrEqual(700);
    expect.soft(parseFloat(heading.fontSize)).toBeGreaterThanOrEqual(1.25 * parseFloat(summary.fontSize));

    // What is on the paper: no internal file names, no screen-only kicker.
    const printed = await page.evaluate(() => document.body.innerText);
    expect.soft(story.sources.map((s) => s.file).filter((file) => printed.includes(file))).toEqual([]);
    expect.soft(printed.match(/File:|Interactive timeline ·/gi) ?? []).toEqual([]);
    for (const source of story.sources)
      await expect(handout.getByRole('region', { name: 'Sources' }).getByText(source.label, { exact: true })).toBeVisible();

    const pdf = await page.pdf({ format: 'A4' });
    expect(pageCount(pdf)).toBeGreaterThan(1);
    expect.soft(pageCount(pdf)).toBeLessThanOrEqual(MAX_READER_PAGES);
  });
});
