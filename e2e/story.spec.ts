import { expect, test } from '@playwright/test';
import { chartLabel, firstDrawnItem, loadStory, openBursts, sourcePanel, timelineCanvas, verticalTimeline } from './helpers';

test.describe('reading the story', () => {
  test('the page loads the whole story onto the timeline and the list', async ({ page }) => {
    const story = await loadStory(page);
    await page.goto('/');

    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    // The live timeline's lanes, not the first screen drawn ahead of it, which holds each label once for each width it is drawn for.
    await expect(firstDrawnItem(page)).toBeVisible();
    for (const lane of story.lanes) await expect(timelineCanvas(page).getByText(lane.label, { exact: true })).toBeVisible();
    const list = page.getByRole('navigation', { name: 'Events in order' });
    await expect(list.getByRole('listitem')).toHaveCount(story.events.length);
    await expect(sourcePanel(page).getByRole('heading', { name: `The ${story.sources.length} articles` })).toBeVisible();
  });

  test('clicking an event on the timeline shows each reporting article in its exact words', async ({ page }) => {
    const story = await loadStory(page);
    const event = story.events.find((e) => e.id === 'uk-sanctions')!;
    await page.goto('/');
    // The live timeline, not the first screen drawn ahead of it, which holds the label once for each width it is drawn for.
    await expect(firstDrawnItem(page)).toBeVisible();

    await timelineCanvas(page).getByText(chartLabel(event)).click();

    const panel = sourcePanel(page);
    await expect(panel.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    await expect(panel.getByText('25 March 2024', { exact: true })).toBeVisible();
    await expect(panel.getByText(event.dateBasis)).toBeVisible();
    const reporting = new Set(event.citations.map((c) => c.source));
    await expect(panel.getByText(`${reporting.size} of ${story.sources.length}`)).toBeVisible();

    for (const citation of event.citations) {
      const source = story.sources.find((s) => s.id === citation.source)!;
      const card = panel.getByRole('article', { name: `From ${source.label}` });
      await expect(card.locator('mark').filter({ hasText: citation.quote }).first()).toBeVisible();
      // The mark holds the article's words exactly, not a paraphrase.
      const marks = await card.locator('mark').allTextContents();
      expect(marks.some((text) => text.includes(citation.quote))).toBe(true);
    }
    await expect(page).toHaveURL(/#event=uk-sanctions$/);
  });

  test('where articles disagree, the panel shows each side verbatim', async ({ page }) => {
    const story = await loadStory(page);
    const event = story.events.find((e) => e.id === 'mps-response-not-enough')!;
    const discrepancy = event.discrepancies![0]!;
    await page.goto(`/#event=${event.id}`);

    const notice = sourcePanel(page).getByRole('region', { name: /The articles disagree/ });
    await expect(notice.getByRole('heading', { name: discrepancy.topic })).toBeVisible();
    for (const side of discrepancy.citations) await expect(notice.getByText(side.quote, { exact: true })).toBeVisible();
  });

  test('a shared link reopens the same event, and survives a reload', async ({ page }) => {
    const story = await loadStory(page);
    const event = story.events.find((e) => e.id === 'nz-attribution')!;
    await page.goto(`/#event=${event.id}`);
    await expect(sourcePanel(page).getByRole('heading', { level: 2, name: event.title })).toBeVisible();

    await page.reload();
    await expect(sourcePanel(page).getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    await expect(timelineCanvas(page).getByText(chartLabel(event))).toBeInViewport();
    await expect(page.getByRole('button', { name: new RegExp(event.title) })).toHaveAttribute('aria-current', 'true');
  });

  test('a link to an event that does not exist says so and shows the story', async ({ page }) => {
    await page.goto('/#event=no-such-event');
    await expect(page.getByRole('status').filter({ hasText: 'There is no event “no-such-event”' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('the full article opens with the quote highlighted, and closes back to the panel', async ({ page }) => {
    const story = await loadStory(page);
    const event = story.events.find((e) => e.id === 'electoral-commission-detected')!;
    const citation = event.citations[0]!;
    const source = story.sources.find((s) => s.id === citation.source)!;
    await page.goto(`/#event=${event.id}`);

    const readButton = sourcePanel(page).getByRole('button', { name: 'Read the full article' });
    await readButton.click();
    const dialog = page.getByRole('dialog', { name: source.label });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('mark')).toHaveText(citation.quote);
    await expect(dialog.locator('mark')).toBeInViewport();
    // Every paragraph of the article is there, not only the quoted one.
    const lastParagraph = source.text.trim().split('\n').at(-1)!;
    await expect(dialog.getByText(lastParagraph)).toBeAttached();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(readButton).toBeFocused();
  });

  test('previous and next step through events in time order', async ({ page }) => {
    const story = await loadStory(page);
    await page.goto('/#event=electoral-commission-detected');
    const panel = sourcePanel(page);
    const ids = story.events.map((e) => e.id); // the compiled file is in time order
    const at = ids.indexOf('electoral-commission-detected');

    await panel.getByRole('button', { name: 'Next →' }).click();
    await expect(panel.getByRole('heading', { level: 2, name: story.events[at + 1]!.title })).toBeVisible();
    // The panel is drawn afresh for each event; focus stays on the button pressed, so it can be pressed again.
    await expect(panel.getByRole('button', { name: 'Next →' })).toBeFocused();
    await panel.getByRole('button', { name: '← Previous' }).click();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('heading', { level: 2, name: story.events[at - 1]!.title })).toBeVisible();
    await expect(panel.getByRole('button', { name: '← Previous' })).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`#event=${story.events[at - 1]!.id}$`));
  });
});

test.describe('by keyboard', () => {
  test('choosing from the list moves focus to the evidence; arrows on the timeline step through events', async ({ page }) => {
    const story = await loadStory(page);
    const [first, second] = story.events;
    await page.goto('/');

    const firstButton = page.getByRole('button', { name: new RegExp(first!.title) });
    await firstButton.focus();
    await page.keyboard.press('Enter');
    const heading = sourcePanel(page).getByRole('heading', { level: 2, name: first!.title });
    await expect(heading).toBeFocused();

    await timelineCanvas(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(sourcePanel(page).getByRole('heading', { level: 2, name: second!.title })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sourcePanel(page).getByRole('heading', { name: `The ${story.sources.length} articles` })).toBeVisible();
    await expect(page).not.toHaveURL(/event=/);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the page fits the screen and the evidence follows the timeline', async ({ page }) => {
    const story = await loadStory(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const event = story.events.find((e) => e.id === 'us-charges')!;
    await openBursts(page);
    await verticalTimeline(page)
      .getByRole('button', { name: new RegExp(chartLabel(event)) })
      .click();
    await expect(page.getByRole('dialog', { name: event.title }).getByRole('heading', { level: 2 })).toBeInViewport();
  });
});
