import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { loadStory } from './helpers';

const progress = (page: Page) => page.getByText(/^\d+ \/ \d+$/);
const slideTitle = (page: Page) => page.locator('[aria-roledescription="slide"]').getByRole('heading', { level: 2 });

/** Opens the presentation at `hash` and waits until it hears keys: its slide can be on screen a moment before. */
async function openPresentation(page: Page, hash = '') {
  await page.goto(`/?present${hash}`);
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
}

test.describe('presenting a briefing', () => {
  test('keyboard and clicker keys step forward and back, and the URL follows', async ({ page }) => {
    const story = await loadStory(page);
    const total = story.events.length + 2; // an overview at each end
    await openPresentation(page);
    await expect(progress(page)).toHaveText(`1 / ${total}`);
    await expect(slideTitle(page)).toHaveText(story.title);

    for (const [key, step] of [
      ['ArrowRight', 2],
      [' ', 3],
      ['PageDown', 4],
      ['PageUp', 3],
      ['ArrowLeft', 2],
    ] as const) {
      await page.keyboard.press(key);
      await expect(progress(page)).toHaveText(`${step} / ${total}`);
      await expect(page).toHaveURL(new RegExp(`#step=${step - 1}$`));
    }
    await expect(slideTitle(page)).toHaveText(story.events[0]!.title);
    await page.keyboard.press('End');
    await expect(progress(page)).toHaveText(`${total} / ${total}`);
    await page.keyboard.press('Home');
    await expect(progress(page)).toHaveText(`1 / ${total}`);
  });

  test('reloading resumes on the same step', async ({ page }) => {
    const story = await loadStory(page);
    await openPresentation(page, '#step=5');
    await expect(slideTitle(page)).toHaveText(story.events[4]!.title);
    await page.reload();
    await expect(progress(page)).toHaveText(`6 / ${story.events.length + 2}`);
    await expect(slideTitle(page)).toHaveText(story.events[4]!.title);
  });

  test('a narrative plays its own order, with its own step titles', async ({ page }) => {
    const story = await loadStory(page);
    const narrative = story.narratives!.find((n) => n.id === 'attribution-day')!;
    await openPresentation(page);
    await page.getByRole('combobox', { name: 'Story order' }).selectOption({ label: narrative.title });
    await expect(page).toHaveURL(/#narrative=attribution-day$/);
    await expect(slideTitle(page)).toHaveText(narrative.title);
    for (const step of narrative.steps) {
      await page.keyboard.press('PageDown');
      const event = story.events.find((e) => e.id === step.event)!;
      await expect(slideTitle(page)).toHaveText(step.title ?? event.title);
    }
    await expect(progress(page)).toHaveText(`${narrative.steps.length + 1} / ${narrative.steps.length + 2}`);
  });

  test('each step shows the date, the summary and a quote with its source', async ({ page }) => {
    const story = await loadStory(page);
    const event = story.events.find((e) => e.id === 'electoral-commission-detected')!;
    const at = story.events.indexOf(event) + 1;
    await page.goto(`/?present#step=${at}`);
    const slide = page.locator('[aria-roledescription="slide"]');
    await expect(slide.getByText('October 2022', { exact: true })).toBeVisible();
    await expect(slide.getByText(event.summary)).toBeVisible();
    await expect(slide.getByRole('blockquote')).toContainText(event.citations[0]!.quote);
    await expect(slide.getByRole('blockquote')).toContainText(story.sources.find((s) => s.id === event.citations[0]!.source)!.label);
  });

  test('a narrative’s overview shows its own description and the dates of its own events', async ({ page }) => {
    const story = await loadStory(page);
    const narrative = story.narratives!.find((n) => n.id === 'electoral-commission-breach')!;
    await openPresentation(page, `#narrative=${narrative.id}&step=0`);
    const slide = page.locator('[aria-roledescription="slide"]');
    await expect(slideTitle(page)).toHaveText(narrative.title);
    await expect(slide.getByText(narrative.description!, { exact: true })).toBeVisible();
    await expect(slide.getByText(story.description)).toHaveCount(0);
    // From the 2014–2022 registers, its first step, to the London embassy's denial of about 25 March 2024, its last.
    await expect(slide.getByText('2014 – 25 March 2024', { exact: true })).toBeVisible();
    await page.keyboard.press('End');
    await expect(slide.getByText('2014 – 25 March 2024', { exact: true })).toBeVisible();
  });

  test('a quote gets quotation marks only when it does not carry its own', async ({ page }) => {
    const story = await loadStory(page);
    const narrative = story.narratives!.find((n) => n.id === 'electoral-commission-breach')!;
    const stepOf = (id: string) => narrative.steps.findIndex((s) => s.event === id) + 1;
    const quote = page.locator('[aria-roledescription="slide"]').getByRole('blockquote').locator('p');

    const detected = story.events.find((e) => e.id === 'electoral-commission-detected')!;
    await openPresentation(page, `#narrative=${narrative.id}&step=${stepOf(detected.id)}`);
    await expect(quote).toHaveText(`“${detected.citations[0]!.quote}”`);

    // BGNES quotes the London embassy with its own quotation marks: no second pair around them.
    const denial = story.events.find((e) => e.id === 'china-embassy-london-denial')!;
    const ownMarks = denial.citations.find((c) => c.quote.startsWith('"The UK'))!.quote;
    for (let step = stepOf(detected.id); step < stepOf(denial.id); step += 1) await page.keyboard.press('PageDown');
    await expect(slideTitle(page)).toHaveText(denial.title);
    await expect(quote).toHaveText(ownMarks);
  });

  test('B or . blanks the screen, and Escape leaves for the full view at the current event', async ({ page }) => {
    const story = await loadStory(page);
    await openPresentation(page, '#step=1');
    await expect(slideTitle(page)).toHaveText(story.events[0]!.title);
    await page.keyboard.press('b');
    await expect(page.locator('.present__blank')).toBeVisible();
    await page.keyboard.press('.');
    await expect(page.locator('.present__blank')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`/#event=${story.events[0]!.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
  });

  test('the presenter window shows notes and the next step, and both windows advance from either', async ({ page, context }) => {
    const story = await loadStory(page);
    const total = story.events.length + 2;
    const withNotes = story.events.findIndex((e) => e.notes);
    await page.goto(`/?present#step=${withNotes}`);
    await expect(progress(page)).toHaveText(`${withNotes + 1} / ${total}`);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(presenter.getByRole('heading', { level: 1, name: 'Presenter view' })).toBeVisible();
    await expect(presenter.getByText(`Step ${withNotes + 1} / ${total}`)).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByText(`Step ${withNotes + 2} / ${total}`)).toBeVisible();
    await expect(presenter.getByRole('region', { name: 'Notes' })).toContainText(story.events[withNotes]!.notes!);
    await expect(presenter.getByRole('region', { name: 'Next step' })).toContainText(story.events[withNotes + 1]!.title);

    await presenter.getByRole('button', { name: 'Next →' }).click();
    await expect(progress(page)).toHaveText(`${withNotes + 3} / ${total}`);
    await presenter.keyboard.press('PageUp');
    await expect(progress(page)).toHaveText(`${withNotes + 2} / ${total}`);
    await expect(presenter.getByText(/^\d+:\d\d$/)).toBeVisible();
  });

  test('Print handout from a presentation prints one page per step with its quotes', async ({ page }) => {
    const story = await loadStory(page);
    const narrative = story.narratives![0]!;
    await page.goto(`/?present#narrative=${narrative.id}&step=0`);
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('region', { name: 'Chronology with sources' });
    await expect(handout.getByRole('article')).toHaveCount(narrative.steps.length);
    const breaks = await handout.getByRole('article').evaluateAll((articles) => articles.map((a) => getComputedStyle(a).breakBefore));
    expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
  });
});

test.describe('offline, from one file', () => {
  test('the single HTML file opens from file:// with the network off and presents the story', async ({ page, context }) => {
    const story = await loadStory(page);
    const file = pathToFileURL(fileURLToPath(new URL('../dist-offline/news-timeline.html', import.meta.url))).href;
    const leaked: string[] = [];
    await context.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      leaked.push(url);
      return route.abort();
    });

    await page.goto(file);
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Events in order' }).getByRole('listitem')).toHaveCount(story.events.length);

    await page.getByRole('link', { name: 'Present' }).click();
    await expect(progress(page)).toHaveText(`1 / ${story.events.length + 2}`);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(slideTitle(page)).toHaveText(story.events[1]!.title);
    await page.reload();
    await expect(slideTitle(page)).toHaveText(story.events[1]!.title);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`^file:.*news-timeline\\.html#event=${story.events[1]!.id}$`));
    expect(leaked).toEqual([]);
  });
});
