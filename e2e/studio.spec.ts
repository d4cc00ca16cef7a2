import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const WIRE = [
  'LONDON (March 26): The UK on Monday accused Beijing-linked organisations of two “malicious” cyber campaigns.',
  'Dowden said the attacks in 2021 and 2022 compromised the Electoral Commission.',
  'The UK said the campaign began in 2021.',
].join('\n\n');

const BRIEF_HTML = `<!doctype html><html><head><script>window.__owned = true</script></head><body>
  <nav>Home</nav><article><h1>Brief</h1><p>The UK said the attack began in <b>2022</b>, not earlier.</p>
  <p><img src="x" onerror="window.__owned = true">Dowden spoke on Monday.</p></article></body></html>`;

async function openStudio(page: Page) {
  await page.goto('/?studio');
  await expect(page.getByRole('heading', { level: 1, name: 'Story studio' })).toBeVisible();
}

/** Selects `words` in the article on screen as a reader's mouse would: a range over the drawn text. */
async function selectInArticle(page: Page, words: string) {
  await page.getByRole('region', { name: /^Text of / }).evaluate((article, words) => {
    for (const run of article.querySelectorAll('span')) {
      const text = run.firstChild;
      const at = text?.textContent?.indexOf(words) ?? -1;
      if (!text || at === -1) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + words.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${words}" is not in one run of the article`);
  }, words);
}

const articles = (page: Page) => page.getByRole('list', { name: 'Articles in this story' });
const problems = (page: Page) => page.getByRole('complementary', { name: 'Checks and publishing' });

test.describe('the story studio', () => {
  test.beforeEach(async ({ page }) => {
    await openStudio(page);
    await page.getByRole('button', { name: 'New story' }).click();
  });

  test('a new story: articles by paste and by file, events cited by selecting, problems fixed from the list, kept across a reload', async ({
    page,
  }) => {
    // An article by pasting.
    await page.getByLabel('Label', { exact: true }).last().fill('AFP wire report');
    await page.getByLabel('Paste its text').fill(WIRE);
    await page.getByRole('button', { name: 'Add pasted text' }).click();
    await expect(articles(page).getByRole('button', { name: 'AFP wire report' })).toHaveAttribute('aria-pressed', 'true');

    // An article by file: HTML, whose script never runs and whose markup is left behind.
    await page.getByLabel('Label', { exact: true }).last().fill('Brief');
    await page
      .getByText('Choose a file…')
      .last()
      .locator('input')
      .setInputFiles({
        name: 'brief.html',
        mimeType: 'text/html',
        buffer: Buffer.from(BRIEF_HTML),
      });
    await expect(articles(page).getByRole('button', { name: 'Brief' })).toHaveAttribute('aria-pressed', 'true');
    const brief = page.getByRole('region', { name: 'Text of Brief' });
    await expect(brief).toContainText('The UK said the attack began in 2022, not earlier.');
    await expect(brief).not.toContainText('Home');
    expect(await page.evaluate(() => (window as { __owned?: boolean }).__owned)).toBeUndefined();

    // Cite by selecting: the words occur twice in the article, so the quote is widened until it occurs once.
    await articles(page).getByRole('button', { name: 'AFP wire report' }).click();
    await selectInArticle(page, 'The UK');
    await expect(page.getByText('Widened to whole words that occur only once in the article.')).toBeVisible();
    await page.getByRole('button', { name: 'New event from selection' }).click();
    await expect(page.getByLabel('Title', { exact: true })).toBeFocused();
    await page.getByLabel('Title', { exact: true }).fill('The UK accuses Beijing-linked groups of two campaigns');

    // Cite by keyboard: words typed into "Find words to cite", straight quotes finding curly ones.
    await page.getByLabel('Find words to cite').fill('two "malicious" cyber');
    await expect(page.getByText('“malicious”', { exact: false }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Cite in this event' }).click();
    const citations = page.getByRole('group', { name: 'Citations' });
    await expect(citations.getByRole('listitem')).toHaveCount(2);
    await expect(citations.getByText('two “malicious” cyber')).toBeVisible();

    // The checks list what is missing; a click goes to the field.
    const checks = problems(page);
    await expect(checks.getByRole('status')).toContainText('problem');
    await checks
      .getByRole('button', { name: 'Event “The UK accuses Beijing-linked groups of two campaigns”, Summary: must not be empty' })
      .click();
    await expect(page.getByLabel('Summary', { exact: true })).toBeFocused();
    await page.getByLabel('Summary', { exact: true }).fill('The UK says groups linked to Beijing ran two cyber campaigns.');
    await page.getByRole('group', { name: 'Starts' }).getByLabel('Precision').selectOption('day');
    await page.getByRole('group', { name: 'Starts' }).getByLabel('Day').fill('2024-03-25');
    await page.getByLabel('How the date was worked out').fill("Dateline 'March 26' and 'on Monday'.");

    // Reload: the draft is where it was left.
    await expect(page.getByText('Draft kept in this browser')).toBeVisible();
    await page.reload();
    await expect(articles(page).getByRole('button')).toHaveCount(2);
    await page
      .getByRole('list', { name: 'Events in this story' })
      .getByRole('button', { name: /The UK accuses/ })
      .click();
    await expect(page.getByLabel('Summary', { exact: true })).toHaveValue('The UK says groups linked to Beijing ran two cyber campaigns.');
  });

  test('a draft downloads and opens again; undo and redo walk through the edits', async ({ page }, testInfo) => {
    await page.getByLabel('Paste its text').fill(WIRE);
    await page.getByRole('button', { name: 'Add pasted text' }).click();
    await page.getByRole('button', { name: 'New event' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Charges');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download draft' }).click();
    const download = await downloading;
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);

    // Replacing a story with work in it asks first.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'New story' }).click();
    await expect(page.getByRole('list', { name: 'Events in this story' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('list', { name: 'Events in this story' }).getByRole('button', { name: /Charges/ })).toBeVisible();
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(page.getByRole('list', { name: 'Events in this story' })).toHaveCount(0);

    await page.getByText('Open a draft…').locator('input').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Opened story-draft.json' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Events in this story' }).getByRole('button', { name: /Charges/ })).toBeVisible();

    await page
      .getByText('Open a draft…')
      .locator('input')
      .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
    await expect(page.getByRole('status').filter({ hasText: 'neither a studio draft' })).toBeVisible();
  });

  test('the built-in story opened in the studio publishes the same timeline.json as the build', async ({ page }) => {
    await page.getByRole('button', { name: 'Open the built-in story' }).click();
    await expect(problems(page).getByText('No problems: every quote is the articles’ own words.')).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download timeline.json' }).click();
    const published = readFileSync(await (await downloading).path(), 'utf8');
    const built = await (await page.request.get('/data/timeline.json')).text();
    expect(published).toBe(built);

    await page.getByLabel('Where timeline.json will be online').fill('/stories/china.json');
    await expect(page.getByLabel('Embed snippet')).toHaveValue(/<iframe src="[^"]*embed=1&amp;data=[^"]*stories%2Fchina\.json/);

    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'China accused of more than a decade of cyber espionage' })).toBeVisible();
  });

  test('has no accessibility violations, editing or previewing', async ({ page }) => {
    await page.getByRole('button', { name: 'Open the built-in story' }).click();
    await page.getByRole('list', { name: 'Events in this story' }).getByRole('button').first().click();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /China accused/ })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('on a phone the studio fits the screen and an event can be edited', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Open the built-in story' }).click();
    await page.getByRole('list', { name: 'Events in this story' }).getByRole('button').first().click();
    await page.getByLabel('Summary', { exact: true }).fill('A shorter summary.');
    await expect(page.getByLabel('Summary', { exact: true })).toHaveValue('A shorter summary.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('hostile article text and field values stay text', async ({ page }) => {
    const hostile = '<img src=x onerror="window.__owned=1"><script>window.__owned=1</script> said on Monday.';
    await page.getByLabel('Label', { exact: true }).last().fill('<b onmouseover="window.__owned=1">Label</b>');
    await page.getByLabel('Paste its text').fill(hostile);
    await page.getByRole('button', { name: 'Add pasted text' }).click();
    await expect(page.getByRole('region', { name: /^Text of / })).toContainText(hostile);
    await page.getByLabel('Find words to cite').fill('<script>');
    await page.getByRole('button', { name: 'New event from selection' }).click();
    await page.getByLabel('Title', { exact: true }).fill('<svg onload="window.__owned=1">');
    await expect(page.getByRole('heading', { name: 'Event “<svg onload="window.__owned=1">”' })).toBeVisible();
    expect(await page.evaluate(() => (window as { __owned?: number }).__owned)).toBeUndefined();
    expect(await page.locator('.studio img, .studio script, .studio svg[onload]').count()).toBe(0);
  });

  test('a story made in the studio is published as a single page that works offline, with nothing of the built-in story', async ({
    page,
    context,
  }, testInfo) => {
    await page.getByRole('button', { name: 'Open the built-in story' }).click();
    // Open from the new story before it, which had no headline yet.
    await expect(page.getByLabel('Headline')).toBeVisible();
    await page.getByLabel('Headline').fill('A briefing made in the studio');
    await expect(problems(page).getByText('No problems: every quote is the articles’ own words.')).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a page that works offline' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('a-briefing-made-in-the-studio.html');
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<title>A briefing made in the studio</title>');
    // The built-in story's drawn pages and its chronology for a browser without JavaScript are gone.
    expect(html).not.toMatch(/<template data-prerendered="|<div id="root" data-prerendered="|<section class="print-handout"/);

    const offline = await context.newPage();
    const errors: string[] = [];
    offline.on('pageerror', (error) => errors.push(error.message));
    offline.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await offline.goto(pathToFileURL(file).href);
    await expect(offline.getByRole('heading', { level: 1, name: 'A briefing made in the studio' })).toBeVisible();
    await expect(offline.locator('.vis-item').first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a second tab of the studio is noticed in both, as both keep their draft in the same place', async ({ page, context }) => {
    const second = await context.newPage();
    await openStudio(second);
    const warning = 'The studio is open in another tab too.';
    await expect(second.getByRole('alert').filter({ hasText: warning })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: warning })).toBeVisible();
  });
});
