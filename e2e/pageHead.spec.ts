/**
 * What the page says about its story before any script runs: what a link preview, a search
 * engine or a reader mode reads from the HTML as served.
 */
import { expect, test } from '@playwright/test';
import { loadStory } from './helpers';

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
