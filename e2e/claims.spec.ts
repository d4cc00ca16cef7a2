/**
 * Who says so, everywhere an event appears: an allegation names who alleges it and who
 * denies it, the denial a click away, in the panel, the list, the timeline (drawn apart,
 * with a legend), the print handout, the presentation and the embed. Corrections and
 * the day of the last update show wherever the story does (tested with the fixture
 * story that carries them, since the built-in story has had none).
 */
import { expect, test, type Page } from '@playwright/test';
import { makeDisputedTimeline } from '../src/data/fixtures';
import type { Timeline, TimelineEvent } from '../src/data/schema';
import { loadStory, serveTimeline, sourcePanel, timelineCanvas } from './helpers';

/** What the reader should be told, worked out here from the document, not by the app's code. */
function expected(story: Timeline, id: string) {
  const event = story.events.find((e) => e.id === id)!;
  const label = (actor: string) => story.actors!.find((a) => a.id === actor)!.label;
  const denials = story.events.filter((e) => e.relations?.some((r) => r.type === 'denies' && r.event === id));
  return { event, claimants: event.claimedBy!.map(label), denials, deniers: [...new Set(denials.flatMap((d) => d.by!.map(label)))] };
}

const claimsOf = (page: Page) => sourcePanel(page).getByRole('region', { name: 'Who says so' });

test('the panel says who alleges an event and who denies it, and the denial is a click away', async ({ page }) => {
  const story = await loadStory(page);
  const { event, claimants, denials, deniers } = expected(story, 'uk-attribution');
  expect(denials.length).toBeGreaterThan(0);
  await page.goto(`/#event=${event.id}`);
  const claims = claimsOf(page);
  for (const name of claimants) await expect(claims).toContainText(name);
  await expect(claims).toContainText(`Alleged by`);
  for (const name of deniers) await expect(claims).toContainText(name);

  await claims.getByRole('button', { name: denials[0]!.title }).click();
  await expect(sourcePanel(page).getByRole('heading', { level: 2, name: denials[0]!.title })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`event=${denials[0]!.id}`));
  await expect(claimsOf(page)).toContainText('Denies:');
  await claimsOf(page).getByRole('button', { name: event.title }).click();
  await expect(sourcePanel(page).getByRole('heading', { level: 2, name: event.title })).toBeVisible();
});

test('the list and the timeline tell allegations apart, and the legend says how', async ({ page }) => {
  const story = await loadStory(page);
  const { event, claimants } = expected(story, 'uk-attribution');
  const act = story.events.find((e) => e.assertion === 'act' && !e.relations?.some((r) => r.type === 'denies'))!;
  await page.goto('/');
  const list = page.getByRole('navigation', { name: 'Events in order' });
  await expect(list.getByRole('button', { name: new RegExp(event.title) })).toContainText(`Alleged by ${claimants[0]}`);
  await expect(list.getByRole('button', { name: new RegExp(act.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).not.toContainText(
    'Alleged',
  );
  const canvas = timelineCanvas(page);
  await expect(canvas.locator('.vis-item', { has: page.locator(`[data-event-id="${event.id}"]`) }).first()).toHaveClass(
    /assertion-allegation/,
  );
  await expect(canvas.locator('.vis-item', { has: page.locator(`[data-event-id="${act.id}"]`) }).first()).not.toHaveClass(
    /assertion-allegation/,
  );
  // A day's dot: a diamond for an allegation, a disc for an act, drawn hollow when its date is bounded.
  const dotOf = (id: string) => canvas.locator('.vis-item.vis-point', { has: page.locator(`[data-event-id="${id}"]`) }).locator('.vis-dot');
  const dayAct = story.events.find((e) => e.assertion === 'act' && /^\d{4}-\d{2}-\d{2}$/.test(e.start) && !e.end && !e.qualifier)!;
  const bounded = story.events.find((e) => e.qualifier && /^\d{4}-\d{2}-\d{2}$/.test(e.start) && !e.end)!;
  expect(await dotOf(event.id).evaluate((dot) => getComputedStyle(dot).clipPath)).toMatch(/^polygon/);
  expect(await dotOf(dayAct.id).evaluate((dot) => getComputedStyle(dot).clipPath)).toBe('none');
  expect(await dotOf(bounded.id).evaluate((dot) => [dot.clientWidth > 0, getComputedStyle(dot).borderTopStyle])).toEqual([true, 'dashed']);
  await expect(page.getByText('On the record', { exact: true })).toBeVisible();
  await expect(page.getByText(/one side’s claim/)).toBeVisible();
});

test('the handout, the presentation and the embed say the same', async ({ page }) => {
  const story = await loadStory(page);
  const { event, claimants, deniers } = expected(story, 'uk-attribution');
  const line = new RegExp(`Alleged by .*${claimants[0]}.* · Denied by .*${deniers[0]}`);

  await page.goto('/');
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('region', { name: 'Chronology with sources' });
  await expect(handout.getByRole('article').filter({ has: page.getByRole('heading', { name: event.title }) })).toContainText(line);
  await page.emulateMedia({ media: 'screen' });

  const step = [...story.events].sort((a, b) => a.start.localeCompare(b.start)).findIndex((e) => e.id === event.id);
  await page.goto(`/?present#step=${step + 1}`);
  await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
  await expect(page.locator('[aria-roledescription="slide"]')).toContainText(line);

  await page.goto(`/?embed=1#event=${event.id}`);
  await expect(page.getByRole('region', { name: 'Who says so' })).toContainText(`Alleged by`);
  await expect(page.getByRole('region', { name: 'Who says so' })).toContainText(deniers[0]!);
});

test('corrections and the last update show in the page, the panel, the handout and the embed', async ({ page }) => {
  const story = makeDisputedTimeline();
  const corrected: TimelineEvent = story.events.find((e) => e.corrections)!;
  await serveTimeline(page, story);

  await page.goto('/');
  await expect(page.getByText('Updated 28 March 2024')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Corrections to this story' })).toContainText(story.corrections![0]!.note);
  await page
    .getByRole('navigation', { name: 'Events in order' })
    .getByRole('button', { name: new RegExp(corrected.title) })
    .click();
  await expect(sourcePanel(page).getByRole('region', { name: 'Corrections to this event' })).toContainText(corrected.corrections![0]!.note);
  const denial = story.events.find((e) => e.outsideKnowledge)!;
  await page
    .getByRole('navigation', { name: 'Events in order' })
    .getByRole('button', { name: new RegExp(denial.title) })
    .click();
  await expect(sourcePanel(page).getByText(`Not from the articles: ${denial.outsideKnowledge}`)).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('region', { name: 'Chronology with sources' });
  await expect(handout.getByRole('article').filter({ has: page.getByRole('heading', { name: corrected.title }) })).toContainText(
    corrected.corrections![0]!.note,
  );
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`/?embed=1#event=${corrected.id}`);
  await expect(page.getByText('Updated 28 March 2024')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Corrections to this story' })).toContainText(story.corrections![0]!.note);
  await expect(page.getByRole('region', { name: 'Corrections to this event' })).toContainText(corrected.corrections![0]!.note);
});
