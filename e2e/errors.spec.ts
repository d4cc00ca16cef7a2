import { expect, test } from '@playwright/test';
import { loadStory, serveTimeline, sourcePanel, TIMELINE_URL } from './helpers';

test.describe('when the data cannot be used', () => {
  test('a server error shows a clear message and Try again loads the story once the server is back', async ({ page }) => {
    let failing = true;
    await page.route(TIMELINE_URL, (route) => (failing ? route.fulfill({ status: 500, body: 'boom' }) : route.fallback()));
    await page.goto('/');

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The timeline could not be loaded.', { timeout: 15_000 });
    await expect(alert).toContainText('500');

    failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a missing file says so', async ({ page }) => {
    await page.route(TIMELINE_URL, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('404', { timeout: 15_000 });
  });

  test('a response that is not JSON is named as such', async ({ page }) => {
    await serveTimeline(page, '{"title": "half a document",');
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('not valid JSON', { timeout: 15_000 });
  });

  test('a document that breaks the schema lists each problem with its place, and offers no pointless retry', async ({ page }) => {
    const story = await loadStory(page);
    const broken = structuredClone(story);
    broken.events[0]!.lane = 'atlantis';
    broken.events[1]!.start = '2024-02-30';
    await serveTimeline(page, broken);
    await page.goto('/');

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The timeline data is not valid');
    await expect(alert).toContainText(`events[1] "${story.events[1]!.id}": start: is not a real calendar date`);
    await page.unroute('**/data/timeline.json');
    broken.events[1]!.start = story.events[1]!.start;
    await serveTimeline(page, broken);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(`events[0] "${story.events[0]!.id}": lane: unknown lane "atlantis"`);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });

  test('hostile text in the data is shown as text and never runs', async ({ page }) => {
    const story = await loadStory(page);
    const hostile = structuredClone(story);
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    hostile.events[0]!.title = `Title ${payload}`;
    hostile.events[0]!.summary = `Summary ${payload}`;
    hostile.lanes[0]!.label = `Lane ${payload}`;
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await serveTimeline(page, hostile);
    await page.goto(`/#event=${hostile.events[0]!.id}`);

    await expect(page.getByRole('heading', { level: 2, name: `Title ${payload}` })).toBeVisible();
    await expect(sourcePanel(page).getByText(`Summary ${payload}`)).toBeVisible();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
  });
});
