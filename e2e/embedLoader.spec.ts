/**
 * The embed loader on a host page that builds itself: elements its own script adds
 * later become embeds, an element taken away is forgotten and mounts afresh when put
 * back, and a host can mount and unmount by hand.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadStory } from './helpers';
import { APP_ORIGIN, HOST_ORIGIN } from './origins';

interface Loader {
  newsTimelineEmbed: { mount(element: Element): void; unmount(element: Element): void };
}

/** Adds an embed element with this id to the host page, as a host's own script would. */
async function addEmbed(page: Page, id: string, src = `${APP_ORIGIN}/?embed=1&lanes=nz`): Promise<void> {
  await page.evaluate(
    ({ id, src }) => {
      const element = document.createElement('div');
      element.id = id;
      element.setAttribute('data-news-timeline', '');
      element.setAttribute('data-src', src);
      element.setAttribute('data-title', `Added later: ${id}`);
      document.body.prepend(element);
    },
    { id, src },
  );
}

test('an element added after the page loaded becomes an embed, and one taken away mounts afresh when put back', async ({ page }) => {
  const story = await loadStory(page);
  await page.goto(`${HOST_ORIGIN}/`);
  await page.waitForFunction(() => 'newsTimelineEmbed' in window);
  await addEmbed(page, 'later');
  const frame = page.frameLocator('#later iframe');
  await expect(frame.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
  await expect(page.locator('#later iframe')).toHaveAttribute('title', 'Added later: later');

  // Taken off the page and put back: one iframe, working again (it reports its height).
  await page.evaluate(() => {
    const element = document.getElementById('later')!;
    element.remove();
    setTimeout(() => document.body.prepend(element), 50);
  });
  await expect(page.locator('#later')).toBeAttached();
  await expect(page.locator('#later iframe')).toHaveCount(1);
  await expect(frame.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
  await expect.poll(async () => (await page.locator('#later iframe').boundingBox())?.height).not.toBe(640);
});

test('a host can unmount an embed and mount it again by hand', async ({ page }) => {
  const story = await loadStory(page);
  await page.goto(`${HOST_ORIGIN}/`);
  await page.waitForFunction(() => 'newsTimelineEmbed' in window);
  await addEmbed(page, 'manual');
  await expect(page.frameLocator('#manual iframe').getByRole('heading', { level: 1, name: story.title })).toBeVisible();

  await page.evaluate(() => (window as unknown as Loader).newsTimelineEmbed.unmount(document.getElementById('manual')!));
  await expect(page.locator('#manual iframe')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as Loader).newsTimelineEmbed.mount(document.getElementById('manual')!));
  await expect(page.locator('#manual iframe')).toHaveCount(1);
  await expect(page.frameLocator('#manual iframe').getByRole('heading', { level: 1, name: story.title })).toBeVisible();
});

for (const [form, src] of [
  ['today’s', `${APP_ORIGIN}/?embed=1#lane=nz`],
  ['an older snippet’s', `${APP_ORIGIN}/?embed=1&lanes=nz`],
] as const) {
  test(`a deep link from the host page joins the view the embed’s own address chose, in ${form} form`, async ({ page }) => {
    const story = await loadStory(page);
    const event = story.events.find((e) => e.id === 'nz-attribution')!;
    await page.goto(`${HOST_ORIGIN}/#news-timeline=${event.id}`);
    await page.waitForFunction(() => 'newsTimelineEmbed' in window);
    await addEmbed(page, 'linked', src);
    await expect(page.locator('#linked iframe')).toHaveAttribute('src', `${APP_ORIGIN}/?embed=1#lane=nz&event=${event.id}`);
    const frame = page.frameLocator('#linked iframe');
    await expect(frame.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    const nz = story.events.filter((e) => e.lane === 'nz').length;
    // The count is on the button that search and filters fold into.
    await expect(frame.getByText(`Search and filters (${nz} of ${story.events.length})`, { exact: true })).toBeVisible();
  });
}
