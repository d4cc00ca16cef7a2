import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DOWNLOAD_PAGE, isDownload, openBursts, timelineDrawn } from './helpers';

/** Runs axe over the page and fails with each violation's rule, impact and first offending element. */
async function expectNoViolations(page: Page, exclude?: string, skipRules: string[] = []) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (exclude) builder.exclude(exclude);
  if (skipRules.length > 0) builder.disableRules(skipRules);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes[0]?.target.join(' ')} ×${v.nodes.length}`);
  expect(summary).toEqual([]);
}

async function ready(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Let the timeline finish its first draw.
  await expect(timelineDrawn(page)).toBeVisible();
}

test.describe('accessibility audit (axe-core): zero violations', () => {
  test('desktop, nothing selected', async ({ page }) => {
    await ready(page, '/');
    await expectNoViolations(page);
  });

  test('desktop, source panel open with a disagreement and search hits', async ({ page }) => {
    await ready(page, '/#event=electoral-commission-access&q=commission');
    await expect(page.getByRole('heading', { level: 2, name: /Electoral Commission/ })).toBeVisible();
    await expectNoViolations(page);
  });

  test('full article dialog', async ({ page }) => {
    await ready(page, '/#event=uk-sanctions');
    await page.getByRole('button', { name: 'Read the full article' }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoViolations(page);
  });

  test('coverage view', async ({ page }) => {
    await page.goto('/#view=coverage&event=nz-attribution');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoViolations(page);
  });

  test('filters that hide everything', async ({ page }) => {
    await ready(page, '/');
    await page.getByRole('searchbox', { name: 'Search' }).fill('zeppelin');
    await expect(page.getByText(/No events match/)).toBeVisible();
    await expectNoViolations(page);
  });

  test.describe('dark theme', () => {
    test.use({ colorScheme: 'dark' });
    test('desktop with a panel open', async ({ page }) => {
      await ready(page, '/#event=mps-response-not-enough&q=duncan');
      await expectNoViolations(page);
    });
    test('coverage view', async ({ page }) => {
      await page.goto('/#view=coverage');
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoViolations(page);
    });
  });

  test.describe('phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    test('the vertical timeline, its group of events open', async ({ page }) => {
      await ready(page, '/');
      await openBursts(page);
      await expectNoViolations(page);
    });
    test('the vertical timeline in the dark theme', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await ready(page, '/');
      await openBursts(page);
      await expectNoViolations(page);
    });
    test('source sheet open', async ({ page }) => {
      await ready(page, '/#event=uk-sanctions');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page);
    });
  });

  test('an embed 360 px wide: the vertical timeline in its own box, and an event open', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await ready(page, '/?embed=1#event=uk-sanctions');
    await expect(page.getByRole('heading', { level: 2, name: /UK sanctions/ })).toBeVisible();
    await expectNoViolations(page);
  });

  test('embed view with a source panel open', async ({ page }) => {
    await ready(page, '/?embed=1&event=uk-sanctions');
    await expect(page.getByRole('heading', { level: 2, name: /UK sanctions/ })).toBeVisible();
    await expectNoViolations(page);
  });

  test('share and embed dialog', async ({ page }) => {
    await ready(page, '/');
    await page.getByRole('button', { name: 'Share / Embed' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    // The live preview is the embed page itself, audited on its own above; axe would
    // otherwise count its landmarks as duplicates of this page's.
    await expectNoViolations(page, 'iframe[title="Preview of the embedded timeline"]');
  });

  test('presentation mode', async ({ page }) => {
    await page.goto('/?present#step=3');
    await expect(page.locator('[aria-roledescription="slide"]')).toBeVisible();
    await expectNoViolations(page);
  });

  test('presenter window', async ({ page }) => {
    await page.goto('/?present&presenter#step=3');
    await expect(page.getByRole('heading', { level: 1, name: 'Presenter view' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('error state', async ({ page }) => {
    await page.route(isDownload, (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto(DOWNLOAD_PAGE);
    await expect(page.getByRole('alert')).toBeVisible({ timeout: 15_000 });
    await expectNoViolations(page);
  });

  test('loading state while a failed download is retried', async ({ page }) => {
    await page.route(isDownload, (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto(DOWNLOAD_PAGE);
    await expect(page.getByRole('status')).toContainText('Trying again');
    // The one exception: a page still loading has no heading, as its heading is the title being loaded.
    await expectNoViolations(page, undefined, ['page-has-heading-one']);
  });

  test('invalid data listing its problems, in the dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.route(isDownload, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "events": []}' }),
    );
    await page.goto(DOWNLOAD_PAGE);
    await expect(page.getByRole('alert')).toContainText('The timeline data is not valid');
    await expectNoViolations(page);
  });

  test('a data address that is refused', async ({ page }) => {
    await page.goto('/?data=https%3A%2F%2Fevil.example%2Fstory.json');
    await expect(page.getByRole('alert')).toContainText('will not load data from that address');
    await expectNoViolations(page);
  });
});
