/**
 * The timeline by keyboard and screen reader: each step is announced, Enter opens the
 * chosen event's evidence, and one Tab leads from the timeline to that evidence.
 */
import { expect, test } from '@playwright/test';
import { chronological } from '../src/data/selectors';
import { loadStory, sourcePanel, timelineCanvas } from './helpers';

test('arrow keys announce each event; Enter opens its sources with focus on them', async ({ page }) => {
  const story = await loadStory(page);
  const [first, second] = chronological(story.events);
  await page.goto('/');
  const canvas = timelineCanvas(page);
  await canvas.focus();
  const announcer = page.locator('[aria-live="polite"]').filter({ hasText: /Event \d+ of/ });

  await page.keyboard.press('ArrowRight');
  await expect(announcer).toContainText(`${first!.title}.`);
  await expect(announcer).toContainText(`Event 1 of ${story.events.length}. Enter opens its sources.`);
  await page.keyboard.press('ArrowRight');
  await expect(announcer).toContainText(`${second!.title}.`);
  await expect(announcer).toContainText(`Event 2 of ${story.events.length}.`);

  await page.keyboard.press('Enter');
  const heading = sourcePanel(page).getByRole('heading', { level: 2, name: second!.title });
  await expect(heading).toBeFocused();
  // Away from the timeline, it stops speaking.
  await expect(announcer).toHaveCount(0);
});

test('after choosing an event on the timeline, one Tab reaches the way to its sources', async ({ page }) => {
  const story = await loadStory(page);
  const event = story.events.find((e) => e.id === 'nz-attribution')!;
  await page.goto('/');
  const canvas = timelineCanvas(page);
  await canvas.locator(`[data-event-id="${event.id}"]`).click();
  await expect(page).toHaveURL(/event=nz-attribution/);
  await canvas.focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to the chosen event’s sources' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(sourcePanel(page).getByRole('heading', { level: 2, name: event.title })).toBeFocused();
});
