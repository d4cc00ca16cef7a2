/**
 * `npm run screenshots`: pictures of every mode from the production build, as readers
 * get them, into docs/screenshots/ (README shows them). Run it after any change a
 * reader sees, and look at every picture. SCREENSHOTS_SKIP_BUILD=1 reuses dist/.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './chromium';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs/screenshots');

interface Shot {
  name: string;
  width: number;
  height: number;
  path: string;
  /** The printed handout: the page as it goes to paper, its first two pages' worth. */
  print?: boolean;
  /** For a page that is not the reader's: what to do before the picture, in place of waiting for the timeline. */
  prepare?: (page: Page) => Promise<void>;
}

/** The studio with the built-in story open, an event chosen and words found to cite. */
async function studioAtWork(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the built-in story' }).click();
  await page.getByRole('list', { name: 'Articles in this story' }).getByRole('button', { name: /AFP/ }).click();
  await page
    .getByRole('list', { name: 'Events in this story' })
    .getByRole('button', { name: /sanctions several UK MPs/ })
    .click();
  await page.getByLabel('Find words to cite').fill('sanctioned by China in 2021');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
}

/** A TimelineJS3 timeline imported into a new story in the studio, previewed with an unsourced event open. */
async function importedTimeline(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New story' }).click();
  await page
    .getByText('Import a timeline…')
    .locator('input')
    .setInputFiles(join(root, 'src/interchange/fixtures/timelinejs-harbour-bridge.json'));
  await page.getByRole('button', { name: 'Close the import report' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  await page
    .getByRole('button', { name: /Bridge closed to traffic/ })
    .first()
    .click();
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(1000);
  // Wide, the chart beside the open event; on a phone, the event's sheet as it opened.
  if ((page.viewportSize()?.width ?? 0) > 700) await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
}

/** The studio's report of what an import brought in and what it could not read. */
async function importReport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New story' }).click();
  await page
    .getByText('Import a timeline…')
    .locator('input')
    .setInputFiles(join(root, 'src/interchange/fixtures/timelinejs-spreadsheet.csv'));
  await page.getByRole('heading', { name: /^Imported / }).waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
}

const SHOTS: Shot[] = [
  { name: 'reader', width: 1280, height: 800, path: '/' },
  { name: 'reader-event', width: 1280, height: 800, path: '/#event=uk-sanctions' },
  { name: 'embed-360', width: 360, height: 640, path: '/?embed=1' },
  { name: 'embed-700', width: 700, height: 600, path: '/?embed=1' },
  { name: 'embed-1000', width: 1000, height: 700, path: '/?embed=1#event=nz-attribution' },
  { name: 'phone', width: 390, height: 844, path: '/' },
  { name: 'phone-event', width: 390, height: 844, path: '/#event=uk-sanctions' },
  { name: 'present-1920', width: 1920, height: 1080, path: '/?present#step=12' },
  { name: 'present-1280', width: 1280, height: 720, path: '/?present#narrative=attribution-day&step=3' },
  { name: 'handout', width: 1000, height: 1400, path: '/', print: true },
  { name: 'studio', width: 1280, height: 800, path: '/?studio', prepare: studioAtWork },
  { name: 'studio-import', width: 1280, height: 800, path: '/?studio', prepare: importReport },
  { name: 'imported', width: 1280, height: 800, path: '/?studio', prepare: importedTimeline },
  { name: 'imported-phone', width: 390, height: 844, path: '/?studio', prepare: importedTimeline },
];

/** Waits until the page is as a reader would see it: drawn, and no longer moving. */
async function settled(page: Page): Promise<void> {
  // The wide timeline's first mark, or the phone's first event.
  await page.locator('.vis-item, .vtimeline__event').first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready);
  // vis-timeline sizes its lanes to their items at its once-a-second size check; the
  // type is fitted after layout. Wait until the page's height has held for a while.
  let last = -1;
  for (let held = 0; held < 3;) {
    await page.waitForTimeout(400);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    held = height === last ? held + 1 : 0;
    last = height;
  }
}

async function main(): Promise<void> {
  if (process.env.SCREENSHOTS_SKIP_BUILD !== '1') execSync('npx vite build', { cwd: root, stdio: 'inherit' });
  mkdirSync(out, { recursive: true });
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 4370 } });
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!origin) throw new Error('the preview server has no address');
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, reducedMotion: 'reduce' });
      await page.goto(`${origin}${shot.path}`);
      await (shot.prepare ? shot.prepare(page) : settled(page));
      if (shot.print) {
        await page.emulateMedia({ media: 'print' });
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForTimeout(300);
      }
      const file = join(out, `${shot.name}.png`);
      await page.screenshot({
        path: file,
        fullPage: shot.print === true,
        clip: shot.print ? { x: 0, y: 0, width: shot.width, height: shot.height } : undefined,
      });
      console.log(`${shot.name}.png  ${shot.width}×${shot.height}  ${shot.path}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
