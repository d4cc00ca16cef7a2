/**
 * The whole built-in story made again in the studio, from its five article files, by the
 * studio's own controls only: every field typed, every quote found in its article and cited,
 * every lane, kind, actor, period and story order added. What it publishes must be the very
 * bytes `npm run data` and the build publish from data/.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CuratedCitation, CuratedEvent, CuratedStory, SourceManifestEntry } from '../src/data/schema';

const story = parse(readFileSync('data/events.yaml', 'utf8')) as Omit<CuratedStory, 'events'> & { events: CuratedEvent[] };
const manifest = JSON.parse(readFileSync('data/sources.json', 'utf8')) as SourceManifestEntry[];
const labelOfSource = new Map(manifest.map((entry) => [entry.id, entry.label]));
const titleOf = new Map(story.events.map((event) => [event.id, event.title]));

/** Opens a <details> by its summary's words, if it is closed. */
async function open(page: Page, summary: string | RegExp) {
  const details = page
    .locator('details')
    .filter({ has: page.locator('summary', { hasText: summary }) })
    .first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
  return details;
}

async function findAndCite(page: Page, citation: CuratedCitation, target: string) {
  await page
    .getByRole('list', { name: 'Articles in this story' })
    .getByRole('button', { name: labelOfSource.get(citation.source), exact: true })
    .click();
  await page.getByLabel('Find words to cite').fill(citation.quote);
  await expect(page.locator('.studio-quote-actions q')).toHaveText(citation.quote);
  await page.getByRole('button', { name: `Cite in ${target}`, exact: true }).click();
}

async function fillDate(group: Locator, value: string | undefined) {
  if (value === undefined) return;
  const precision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  await group.getByLabel('Precision').selectOption(precision);
  await group.getByLabel(precision === 'year' ? 'Year' : precision === 'month' ? 'Month' : 'Day', { exact: true }).fill(value);
}

/** Ticks exactly the `chosen` boxes, touching only those not already as they should be (each look-up by name reads the whole studio). */
async function setChecks(group: Locator, labels: Map<string, string>, chosen: string[]) {
  const ticked = new Set(
    await group
      .getByRole('checkbox')
      .evaluateAll((boxes) =>
        boxes.flatMap((box) => ((box as HTMLInputElement).checked ? [box.closest('label')?.textContent?.trim() ?? ''] : [])),
      ),
  );
  for (const [id, label] of labels) {
    const wanted = chosen.includes(id);
    if (wanted === ticked.has(label)) continue;
    const box = group.getByRole('checkbox', { name: label, exact: true });
    if (wanted) await box.check();
    else await box.uncheck();
  }
}

/** Renames the one default lane or kind, then adds the others, all under their own ids. */
async function makeNamed(page: Page, legend: 'Lane' | 'Kinds', entries: { id: string; label: string }[]) {
  const group = page.getByRole('group', { name: legend, exact: true });
  const noun = legend === 'Lane' ? 'lane' : 'kind';
  for (const [index, entry] of entries.entries()) {
    if (index > 0) {
      await group.getByLabel(`New ${noun}`, { exact: true }).fill(entry.label);
      await group.getByRole('button', { name: `Add ${noun}`, exact: true }).click();
    }
    const details = group.locator('details');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await group
      .getByLabel(/^Name of /)
      .nth(index)
      .fill(entry.label);
    await group
      .getByLabel(/^Id of /)
      .nth(index)
      .fill(entry.id);
  }
}

test('the built-in story rebuilt from its articles through the studio publishes the same document as npm run data', async ({ page }) => {
  // Every field of the story typed in, each keystroke checked against the articles: about four
  // minutes alone, more beside the other tests (it starts first and runs beside them; see playwright.config.ts).
  test.setTimeout(600_000);
  await page.goto('/?studio');
  await page.getByRole('button', { name: 'New story' }).click();

  for (const entry of manifest) {
    await page.getByLabel('Label', { exact: true }).last().fill(entry.label);
    await page
      .getByText('Choose a file…')
      .last()
      .locator('input')
      .setInputFiles({ name: entry.file, mimeType: 'text/plain', buffer: readFileSync(`data/sources/${entry.file}`) });
    await expect(
      page.getByRole('list', { name: 'Articles in this story' }).getByRole('button', { name: entry.label, exact: true }),
    ).toHaveAttribute('aria-pressed', 'true');
    await open(page, 'About this article');
    await page.getByLabel('Id (short, lowercase, names it in citations)').fill(entry.id);
    if (entry.credit) await page.getByLabel('Credit as printed').fill(entry.credit);
    if (entry.dateline) await page.getByLabel('Dateline as printed').fill(entry.dateline);
    if (entry.notes) await page.getByLabel('What the text shows about itself').fill(entry.notes);
  }

  const head = await open(page, 'Headline and standfirst');
  await head.getByLabel('Headline').fill(story.title);
  await head.getByLabel('Standfirst').fill(story.description);
  if (story.updated) await head.getByLabel('Last updated (optional)').fill(story.updated);

  const actors = await open(page, /^Who the story quotes/);
  for (const [index, actor] of story.actors.entries()) {
    await actors.getByLabel('New actor').fill(actor.label);
    await actors.getByRole('button', { name: 'Add actor', exact: true }).click();
    await actors.getByLabel('Id', { exact: true }).nth(index).fill(actor.id);
    if (actor.aliases) {
      await actors.getByLabel('Other names, comma-separated').nth(index).fill(actor.aliases.join(', '));
      await actors.getByLabel('Other names, comma-separated').nth(index).blur();
    }
  }

  const periods = await open(page, /^Periods to jump to/);
  for (const [index, landmark] of (story.landmarks ?? []).entries()) {
    await periods.getByRole('button', { name: 'Add a period' }).click();
    await periods.getByLabel('Button text').nth(index).fill(landmark.label);
    await periods.getByLabel(/^From/).nth(index).fill(landmark.start);
    if (landmark.end) await periods.getByLabel('To (optional)').nth(index).fill(landmark.end);
  }

  const lanes = new Map(story.lanes.map((lane) => [lane.id, lane.label]));
  const kinds = new Map(story.kinds.map((kind) => [kind.id, kind.label]));
  const actorLabels = new Map(story.actors.map((actor) => [actor.id, actor.label]));
  for (const [index, event] of story.events.entries()) {
    await page.getByRole('button', { name: 'New event', exact: true }).click();
    if (index === 0) {
      await makeNamed(page, 'Lane', story.lanes);
      await makeNamed(page, 'Kinds', story.kinds);
    }
    await page.getByLabel('Id (in links to this event)').fill(event.id);
    await page.getByLabel('Title', { exact: true }).fill(event.title);
    if (event.shortTitle) await page.getByLabel('Short label for the timeline (optional)').fill(event.shortTitle);
    await page.getByLabel('Summary', { exact: true }).fill(event.summary);
    await fillDate(page.getByRole('group', { name: 'Starts' }), event.start);
    await fillDate(page.getByRole('group', { name: 'Ends (optional)' }), event.end);
    if (event.qualifier) await page.getByLabel('The start is…').selectOption(event.qualifier);
    await page.getByLabel('How the date was worked out').fill(event.dateBasis);
    await page
      .getByRole('group', { name: 'Lane', exact: true })
      .getByRole('radio', { name: lanes.get(event.lane), exact: true })
      .check();
    await setChecks(page.getByRole('group', { name: 'Kinds', exact: true }), kinds, event.kinds);
    await page.getByRole('radio', { name: event.assertion === 'act' ? /^An act/ : /^An allegation/ }).check();
    const who = page.getByRole('group', { name: event.assertion === 'allegation' ? 'Who makes the allegation' : /^Who did or said it/ });
    await setChecks(who, actorLabels, (event.assertion === 'allegation' ? event.claimedBy : event.by) ?? []);
    for (const citation of event.citations) await findAndCite(page, citation, 'this event');
    for (const [d, discrepancy] of (event.discrepancies ?? []).entries()) {
      await page.getByRole('button', { name: 'Add a disagreement' }).click();
      await page.getByLabel('What they disagree on').nth(d).fill(discrepancy.topic);
      await page.getByLabel('A neutral note: what differs, without picking a side').nth(d).fill(discrepancy.note);
      for (const citation of discrepancy.citations) await findAndCite(page, citation, `disagreement “${discrepancy.topic}”`);
    }
    if (event.notes) await page.getByLabel('Presenter notes (optional, never shown to readers)').fill(event.notes);
    if (event.outsideKnowledge)
      await page.getByLabel('Not from the articles (optional, shown marked as such)').fill(event.outsideKnowledge);
    if (event.backdrop) await page.getByLabel('Draw as a shaded period behind its lane').check();
  }

  // Links, once every event they can point to is there.
  const eventList = page.getByRole('list', { name: 'Events in this story' });
  for (const [index, event] of story.events.entries()) {
    if (!event.relations) continue;
    await eventList.getByRole('button').nth(index).click();
    for (const [r, relation] of event.relations.entries()) {
      await page.getByRole('button', { name: 'Add a link' }).click();
      await page.getByLabel('This event', { exact: true }).nth(r).selectOption(relation.type);
      await page
        .getByLabel('Event', { exact: true })
        .nth(r)
        .selectOption({ label: titleOf.get(relation.event)! });
    }
  }

  const orders = await open(page, /^Story orders for briefings/);
  for (const [n, narrative] of (story.narratives ?? []).entries()) {
    await orders.getByRole('button', { name: 'Add a story order' }).click();
    const order = orders.getByRole('group').nth(n);
    await order.getByLabel('Id', { exact: true }).fill(narrative.id);
    await order.getByLabel('Title', { exact: true }).fill(narrative.title);
    if (narrative.description) await order.getByLabel('Description (optional)').fill(narrative.description);
    for (const [s, step] of narrative.steps.entries()) {
      if (s > 0) await order.getByRole('button', { name: 'Add a step' }).click();
      await order.getByLabel(`Step ${s + 1}`, { exact: true }).selectOption({ label: titleOf.get(step.event)! });
      if (step.title) await order.getByLabel('Title for this step (optional)').nth(s).fill(step.title);
      if (step.note) await order.getByLabel('Presenter note for this step (optional)').nth(s).fill(step.note);
    }
  }

  const checks = page.getByRole('complementary', { name: 'Checks and publishing' });
  await expect(checks.getByText('No problems: every quote is the articles’ own words.')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download timeline.json' }).click();
  const published = readFileSync(await (await downloading).path(), 'utf8');
  expect(published).toBe(await (await page.request.get('/data/timeline.json')).text());
});
