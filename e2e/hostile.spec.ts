/**
 * Hostile text in every string field, in every view: a story whose every free-text
 * field carries markup, script, URL and template payloads, bidi and zero-width
 * characters and a 10,000-character string (e2e/hostile/hostileStory.ts) is loaded
 * through `?data=` and walked through the reader view, the source panel and full
 * article, the coverage grid, presentation mode and the presenter window, the print
 * handout, the embeds (direct and in another origin's page), the share dialog and
 * the phone layout.
 *
 * Every test fails on any dialog, console error or page error (see serveHostileStory)
 * and, in afterEach, on any trace of a payload in any open page or frame: a set
 * `window.__pwned`, an event-handler attribute, an injected image, SVG, inline script,
 * srcdoc frame or javascript: link (see expectInert). Each test also checks that the
 * payloads are shown, character for character, as text where the field belongs.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartLabel, eventListIn, openBursts, sourcePanel, timelineCanvas, verticalTimeline } from './helpers';
import { hostileTimeline, PAYLOADS } from './hostile/hostileStory';
import { ABSOLUTE_DATA_PARAM, APP_ORIGIN, DATA_PARAM, expectInert, HOST_ORIGIN, rawText, serveHostileStory } from './hostile/inert';

const story = hostileTimeline();
const total = story.events.length;
const eventById = (id: string) => story.events.find((e) => e.id === id)!;
const laneLabel = (id: string) => story.lanes.find((lane) => lane.id === id)!.label;
const kindLabel = (id: string) => story.kinds.find((kind) => kind.id === id)!.label;
const sourceLabel = (id: string) => story.sources.find((source) => source.id === id)!.label;
/** Four citations (two in one paragraph of one article), three articles, two disagreements, presenter notes. */
const charges = eventById('hostile-charges');
const chargesNumber = story.events.indexOf(charges) + 1;
/** Every text of an event a reader sees in its evidence, apart from the title. */
const evidenceTexts = (event: typeof charges) => [
  event.summary,
  event.dateBasis,
  laneLabel(event.lane),
  ...event.kinds.map(kindLabel),
  ...event.citations.map((c) => c.paragraph.text),
  ...event.citations.map((c) => sourceLabel(c.source)),
  ...(event.discrepancies ?? []).flatMap((d) => [
    d.topic,
    d.note,
    ...d.citations.map((c) => c.quote),
    ...d.citations.map((c) => sourceLabel(c.source)),
  ]),
  ...[event.origin?.credit, event.origin?.caption, event.origin?.link].filter((text) => text !== undefined),
];
/** An accessible name or text that starts with a field's label, e.g. "Event 4 title". */
const startsWith = (label: string) => new RegExp(`^${label}\\b`);

async function expectTextIn(container: Locator, texts: string[]): Promise<void> {
  const text = await rawText(container);
  for (const expected of texts) expect(text, `${expected.slice(0, 60)}…`).toContain(expected);
}

let problems: string[] = [];

test.beforeEach(async ({ context }) => {
  problems = await serveHostileStory(context);
});

test.afterEach(async ({ context }) => {
  for (const page of context.pages()) await expectInert(page);
  expect(problems).toEqual([]);
});

async function openStory(page: Page, path = `/?${DATA_PARAM}`): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
}

test.describe('a story whose every text field is hostile', () => {
  test.describe.configure({ timeout: 90_000 });

  test('reader view: masthead, timeline items and lanes, the list, filters and landmarks show it as text', async ({ page }) => {
    await openStory(page);

    // Masthead and the page title.
    expect(await rawText(page.getByRole('heading', { level: 1 }))).toBe(story.title);
    await expectTextIn(page.getByRole('banner'), [story.title, story.description]);
    await expect.poll(() => page.title()).toBe(story.title);
    // Long strings wrap: the page does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    // Timeline: every lane label and every item's title, as text; hover an item (any tooltip shows).
    const canvas = timelineCanvas(page);
    await expect.poll(() => rawText(canvas)).toContain(chartLabel(story.events.at(-1)!));
    await expectTextIn(canvas, [...story.lanes.map((lane) => lane.label), ...story.events.map(chartLabel)]);

    // The list: one button per event, each with its title and lane label verbatim; hover each.
    const list = page.getByRole('navigation', { name: 'Events in order' });
    await expect(list.getByRole('button')).toHaveCount(total);
    for (const [index, event] of story.events.entries()) {
      const button = list.getByRole('button').filter({ hasText: `Event ${index + 1} title` });
      await expect(button).toHaveCount(1);
      const text = await rawText(button);
      expect(text).toContain(event.title);
      expect(text).toContain(laneLabel(event.lane));
      await button.hover();
    }

    // With no event open, the sources panel lists every article's label and notes.
    await expectTextIn(
      sourcePanel(page),
      story.sources.flatMap((source) => [source.label, source.notes!]),
    );

    // Filters: lane and kind labels as text, and as the checkboxes' names; they still filter.
    await page.getByText('Lanes and kinds').click();
    const lanes = page.getByRole('group', { name: 'Lanes' });
    const kinds = page.getByRole('group', { name: 'Kinds' });
    await expectTextIn(
      lanes,
      story.lanes.map((lane) => lane.label),
    );
    await expectTextIn(
      kinds,
      story.kinds.map((kind) => kind.label),
    );
    for (const index of story.lanes.keys())
      await expect(lanes.getByRole('checkbox', { name: startsWith(`Lane ${index + 1} label`) })).toBeVisible();
    for (const index of story.kinds.keys())
      await expect(kinds.getByRole('checkbox', { name: startsWith(`Kind ${index + 1} label`) })).toBeVisible();
    const count = page.getByRole('status').filter({ hasText: /of \d+ events/ });
    await lanes.getByRole('checkbox', { name: startsWith('Lane 2 label') }).check();
    await expect(count).toHaveText(`${story.events.filter((e) => e.lane === 'lane-two').length} of ${total} events`);
    await kinds.getByRole('checkbox', { name: startsWith('Kind 3 label') }).check();
    await expect(count).toHaveText(`1 of ${total} events`);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(count).toHaveText(`${total} of ${total} events`);

    // Search: a title leaves one event; a hostile query that matches nothing is echoed as text.
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill(`"Event ${chargesNumber} title"`);
    await expect(count).toHaveText(`1 of ${total} events`);
    await expect(list.getByRole('button')).toHaveCount(1);
    const nothing = '<img src=x onerror="window.__pwned=15"> nowhere';
    await search.fill(nothing);
    await expect(count).toHaveText(`0 of ${total} events`);
    await expect(page.getByText(`No events match the search “${nothing}”.`)).toBeVisible();
    await expectInert(page);
    await search.fill('');

    // Landmarks: "Jump to" buttons named by their labels, verbatim; each jumps.
    const jumps = page.getByRole('toolbar', { name: 'Jump to' });
    for (const [index, landmark] of story.landmarks!.entries()) {
      await page.getByText('Jump to', { exact: true }).click();
      await expect(jumps.getByRole('button')).toHaveCount(story.landmarks!.length);
      const button = jumps.getByRole('button', { name: startsWith(`Landmark ${index + 1} label`) });
      expect(await rawText(button)).toBe(landmark.label);
      await button.hover();
      await button.click();
    }
    await expect(page).toHaveURL(/from=2024-03-\d\d&to=2024-0[34]-\d\d/);

    // Zoomed in on 25 March 2024 by the landmark, the item is drawn, its title as text. The lane
    // column has no maximum width on wide screens, so these long lane labels squeeze the drawing
    // area and the item may be drawn outside the visible part: it is sent the events a hover
    // sends, a lane label is hovered for real, and the keyboard picks an event on the timeline.
    const item = canvas.getByText(startsWith(`Event ${chargesNumber} short title`));
    expect(await rawText(item)).toBe(chartLabel(charges));
    for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove']) await item.dispatchEvent(type);
    await canvas.getByText(startsWith('Lane 1 label')).hover();
    await page.waitForTimeout(600);
    await expectInert(page);
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    const heading = sourcePanel(page).getByRole('heading', { level: 2 });
    await expect(heading).toBeVisible();
    expect(await rawText(heading)).toBe(story.events[0]!.title);
  });

  test('source panel with search hits, and the full article with its quotes marked', async ({ page }) => {
    const term = PAYLOADS.script;
    await openStory(page, `/?${DATA_PARAM}#event=${charges.id}&q=${encodeURIComponent(term)}`);
    const panel = sourcePanel(page);
    const heading = panel.getByRole('heading', { level: 2 });
    await expect(heading).toBeVisible();
    expect(await rawText(heading)).toBe(charges.title);
    await expect.poll(() => page.title()).toBe(`${charges.title} · ${story.title}`);
    await expectTextIn(panel, evidenceTexts(charges));
    // Presenter notes are for the presenter window only.
    expect(await rawText(panel)).not.toContain(charges.notes!);
    await heading.hover();

    // The search term, itself a payload, is marked as text wherever it occurs.
    const hits = await panel.locator('mark.search-hit').evaluateAll((marks) => marks.map((mark) => mark.textContent));
    expect(hits.length).toBeGreaterThan(10);
    expect(new Set(hits)).toEqual(new Set([term]));

    // Disagreements: each topic a heading, each side quoted and attributed.
    const disagree = panel.getByRole('region', { name: 'The articles disagree' });
    const topics = await disagree.getByRole('heading', { level: 4 }).evaluateAll((hs) => hs.map((h) => h.textContent));
    expect(topics).toEqual(charges.discrepancies!.map((d) => d.topic));

    // One card per article, named by its label; each paragraph shown whole.
    const cited = [...new Set(charges.citations.map((c) => c.source))];
    await expect(panel.getByRole('article')).toHaveCount(cited.length);
    for (const source of cited) {
      const card = panel.getByRole('article', {
        name: startsWith(`From Source ${story.sources.findIndex((s) => s.id === source) + 1} label`),
      });
      expect(await card.getAttribute('aria-label')).toBe(`From ${sourceLabel(source)}`);
      expect(await rawText(card.getByRole('heading', { level: 4 }))).toBe(sourceLabel(source));
      const paragraphs = [...new Set(charges.citations.filter((c) => c.source === source).map((c) => c.paragraph.text))];
      expect(await card.getByRole('blockquote').evaluateAll((bs) => bs.map((b) => b.textContent))).toEqual(paragraphs);
    }

    // The full article: label, dateline, credit and notes as text; every paragraph; both quotes marked exactly.
    const first = story.sources.find((s) => s.id === cited[0])!;
    await panel
      .getByRole('article', { name: startsWith('From Source 1 label') })
      .getByRole('button', { name: 'Read the full article' })
      .click();
    const article = page.getByRole('dialog', { name: startsWith('Source 1 label') });
    await expect(article).toBeVisible();
    expect(await rawText(article.getByRole('heading', { level: 2 }))).toBe(first.label);
    await expectTextIn(article, [first.dateline!, first.credit!, first.notes!, ...first.text.split('\n').filter((line) => line.trim())]);
    const quotes = charges.citations.filter((c) => c.source === first.id).map((c) => c.quote);
    expect(quotes).toHaveLength(2);
    expect(await article.locator('mark').evaluateAll((marks) => marks.map((mark) => mark.textContent))).toEqual(quotes);
    await expect(article.locator('mark').first()).toBeInViewport();
    await article.locator('mark').first().hover();
    await expectInert(page);
    await page.keyboard.press('Escape');
    await expect(article).toBeHidden();
    await expect(heading).toBeVisible();

    // Every other event's evidence too, stepping with the panel's own buttons.
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByRole('navigation', { name: 'Events in order' }).getByRole('button').first().click();
    for (const [index, event] of story.events.entries()) {
      await expect.poll(() => rawText(panel.getByRole('heading', { level: 2 }))).toBe(event.title);
      await expectTextIn(panel, evidenceTexts(event));
      if (index < total - 1) await panel.getByRole('button', { name: 'Next →' }).click();
    }
  });

  test('coverage grid: titles, article labels and quote tooltips as text, and a cell opens its quote', async ({ page }) => {
    await openStory(page, `/?${DATA_PARAM}#view=coverage`);
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    const rowHeaders = await table.getByRole('rowheader').evaluateAll((hs) => hs.map((h) => h.textContent));
    expect(rowHeaders).toEqual([...story.events.map((e) => e.title), 'Events each article reports']);
    await expectTextIn(
      table.getByRole('row').first(),
      story.sources.map((s) => s.label),
    );

    const row = table.getByRole('row').filter({ hasText: `Event ${chargesNumber} title` });
    const cells = row.getByRole('button');
    await expect(cells).toHaveCount(3);
    for (const [index, source] of story.sources.entries()) {
      const citation = charges.citations.find((c) => c.source === source.id)!;
      const cell = cells.nth(index);
      await expect(cell).toHaveAttribute('title', `“${citation.quote}”`);
      expect(await cell.getAttribute('aria-label')).toContain(source.label);
      await cell.hover();
    }
    await cells.nth(1).click();
    const panel = sourcePanel(page);
    await expect(panel.getByRole('article', { name: startsWith('From Source 2 label') })).toBeFocused();
    expect(await rawText(panel.getByRole('heading', { level: 2 }))).toBe(charges.title);
  });

  test('presentation mode: every slide and the story orders show the text as text, stepping by keyboard', async ({ page }) => {
    await page.goto(`/?present&${DATA_PARAM}`);
    const slide = page.locator('[aria-roledescription="slide"]');
    const progress = page.getByText(/^\d+ \/ \d+$/);
    const steps = total + 2;
    await expect(progress).toHaveText(`1 / ${steps}`, { timeout: 15_000 });
    expect(await rawText(slide.getByRole('heading', { level: 2 }))).toBe(story.title);
    await expectTextIn(slide, [story.description]);
    expect(await rawText(page.getByRole('heading', { level: 1 }))).toBe(`${story.title}: presentation`);

    const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowDown', 'Enter'];
    for (const [index, event] of story.events.entries()) {
      await page.keyboard.press(keys[index % keys.length]!);
      await expect(progress).toHaveText(`${index + 2} / ${steps}`);
      await expect.poll(() => rawText(slide.getByRole('heading', { level: 2 }))).toBe(event.title);
      await expectTextIn(slide, [event.summary, laneLabel(event.lane)]);
      if (event.unsourced) {
        await expectTextIn(slide, ['No source article yet.']);
      } else {
        const quote = await rawText(slide.getByRole('blockquote'));
        const shown = event.citations.find((c) => quote.includes(`“${c.quote}”`));
        expect(shown, `a quote of event ${index + 1} on its slide`).toBeDefined();
        expect(quote).toContain(`— ${sourceLabel(shown!.source)}`);
      }
      await expect.poll(() => page.title()).toBe(`${event.title} · ${index + 2} / ${steps}`);
    }
    await page.keyboard.press('End');
    await expect(progress).toHaveText(`${steps} / ${steps}`);
    // The compact timeline behind the slides has every lane label, as text.
    await expectTextIn(
      timelineCanvas(page),
      story.lanes.map((lane) => lane.label),
    );

    // Story orders: narrative titles as option text; a narrative's own step titles on its slides.
    const order = page.getByRole('combobox', { name: 'Story order' });
    const options = await order.getByRole('option').evaluateAll((os) => os.map((o) => o.textContent));
    expect(options).toEqual(['All events, in time order', ...story.narratives!.map((n) => n.title)]);
    const narrative = story.narratives![0]!;
    await order.selectOption(narrative.id);
    await expect(page).toHaveURL(new RegExp(`#narrative=${narrative.id}$`));
    await expect.poll(() => rawText(slide.getByRole('heading', { level: 2 }))).toBe(narrative.title);
    await order.blur();
    for (const step of narrative.steps) {
      await page.keyboard.press('PageDown');
      await expect.poll(() => rawText(slide.getByRole('heading', { level: 2 }))).toBe(step.title ?? eventById(step.event).title);
    }

    // Escape leaves for the full view, at the current event, with the same data.
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(`${APP_ORIGIN}/?${ABSOLUTE_DATA_PARAM}#event=${narrative.steps.at(-1)!.event}`);
    await expect
      .poll(() => rawText(sourcePanel(page).getByRole('heading', { level: 2 })), { timeout: 15_000 })
      .toBe(eventById(narrative.steps.at(-1)!.event).title);
  });

  test('presenter window: notes, current and next step as text, and both windows still step', async ({ page, context }) => {
    const narrative = story.narratives![0]!;
    await page.goto(`/?present&${DATA_PARAM}#narrative=${narrative.id}&step=0`);
    const progress = page.getByText(/^\d+ \/ \d+$/);
    const steps = narrative.steps.length + 2;
    await expect(progress).toHaveText(`1 / ${steps}`, { timeout: 15_000 });
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(presenter.getByRole('heading', { level: 1, name: 'Presenter view' })).toBeVisible({ timeout: 15_000 });
    const notes = presenter.getByRole('region', { name: 'Notes' });
    const now = presenter.getByRole('region', { name: 'Now on screen' });
    const next = presenter.getByRole('region', { name: 'Next step' });

    // Overview: the narrative's description is the note.
    await expect(presenter.getByText(`Step 1 / ${steps}`)).toBeVisible();
    await expect.poll(() => rawText(notes)).toContain(narrative.description!);
    await expectTextIn(now, [narrative.title]);
    await expectTextIn(next, [narrative.steps[0]!.title!]);

    // Each step: its own note, or the event's presenter notes where it has none.
    for (const [index, step] of narrative.steps.entries()) {
      const event = eventById(step.event);
      if (index % 2 === 0) await page.keyboard.press('ArrowRight');
      else await presenter.getByRole('button', { name: 'Next →' }).click();
      await expect(presenter.getByText(`Step ${index + 2} / ${steps}`)).toBeVisible();
      await expect(progress).toHaveText(`${index + 2} / ${steps}`);
      const note = step.note ?? event.notes;
      if (note) await expect.poll(() => rawText(notes)).toBe(`Notes${note}`);
      await expectTextIn(now, [step.title ?? event.title, event.summary, laneLabel(event.lane)]);
      const following = narrative.steps[index + 1];
      await expectTextIn(next, [following ? (following.title ?? eventById(following.event).title) : narrative.title]);
    }
    await presenter.keyboard.press('PageUp');
    await expect(progress).toHaveText(`${steps - 2} / ${steps}`);
    await expectInert(presenter);
  });

  test('print: the handout shows every field as text, in the full view and as a briefing handout', async ({ page }) => {
    await openStory(page);
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('region', { name: 'Chronology with sources' });
    await expect(handout).toBeVisible();
    const articles = handout.getByRole('article');
    await expect(articles).toHaveCount(total);
    for (const [index, event] of story.events.entries()) {
      const article = articles.nth(index);
      expect(await rawText(article.getByRole('heading', { level: 3 }))).toBe(event.title);
      await expectTextIn(article, [
        event.summary,
        event.dateBasis,
        laneLabel(event.lane),
        ...event.citations.map((c) => c.quote),
        ...event.citations.map((c) => sourceLabel(c.source)),
        ...(event.discrepancies ?? []).flatMap((d) => [d.topic, d.note, ...d.citations.map((c) => c.quote)]),
      ]);
    }
    await expectTextIn(
      handout.getByRole('region', { name: 'Sources' }),
      story.sources.flatMap((s) => [s.label, `Credit: ${s.credit}`, `Dateline: ${s.dateline}`, s.notes!]),
    );
    await expectInert(page);

    // The briefing handout: one page per step of a narrative.
    const narrative = story.narratives![0]!;
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`/?present&${DATA_PARAM}#narrative=${narrative.id}&step=0`);
    await expect(page.getByText(/^\d+ \/ \d+$/)).toHaveText(`1 / ${narrative.steps.length + 2}`, { timeout: 15_000 });
    await page.emulateMedia({ media: 'print' });
    await expect(handout.getByRole('article')).toHaveCount(narrative.steps.length);
    for (const [index, step] of narrative.steps.entries()) {
      expect(await rawText(handout.getByRole('article').nth(index).getByRole('heading', { level: 3 }))).toBe(eventById(step.event).title);
    }
  });

  test('embed: the chrome-less view shows the title, the list and the inline evidence as text', async ({ page }) => {
    await openStory(page, `/?embed&${DATA_PARAM}`);
    expect(await rawText(page.getByRole('heading', { level: 1 }))).toBe(story.title);
    const fullView = page.getByRole('link', { name: 'Full view and sources' });
    expect(await fullView.evaluate((link) => (link as HTMLAnchorElement).href)).toBe(`${APP_ORIGIN}/?${ABSOLUTE_DATA_PARAM}`);
    const list = await eventListIn(page);
    await expectTextIn(
      list,
      story.events.map((e) => e.title),
    );
    await expectTextIn(
      timelineCanvas(page),
      story.lanes.map((lane) => lane.label),
    );
    await list
      .getByRole('button')
      .filter({ hasText: `Event ${chargesNumber} title` })
      .click();
    const heading = page.getByRole('heading', { level: 2, name: startsWith(`Event ${chargesNumber} title`) });
    await expect(heading).toBeVisible();
    expect(await rawText(heading)).toBe(charges.title);
    await expectTextIn(page.locator('main'), evidenceTexts(charges));
  });

  test('embed in another origin’s page: both embeds, the iframe title and a deep link stay text', async ({ page }) => {
    // A page of the stand-in host site (e2e/host) that embeds nothing of its own, given both kinds
    // of embed of the hostile story. A real page of that origin, not one made up with page.route:
    // Chromium lets only a page really served from a loopback address load embed.js and the app
    // from another loopback origin. data-name "hostile" takes the deep link from the host's hash.
    await page.goto(`${HOST_ORIGIN}/stranger.html#hostile=${charges.id}`);
    const src = `${APP_ORIGIN}/?embed=1&${DATA_PARAM}`;
    await page.evaluate(
      ({ src, title, loader }) => {
        const iframe = document.createElement('iframe');
        iframe.id = 'hostile-iframe';
        iframe.src = src;
        iframe.title = 'Hostile story in an iframe';
        iframe.style.width = '100%';
        iframe.style.border = '0';
        iframe.height = '500';
        const host = document.createElement('div');
        host.id = 'hostile-script-embed';
        host.setAttribute('data-news-timeline', '');
        host.setAttribute('data-src', src);
        host.setAttribute('data-title', title);
        host.setAttribute('data-name', 'hostile');
        host.setAttribute('data-update-url', '');
        document.body.prepend(iframe, host);
        const script = document.createElement('script');
        script.src = loader;
        document.body.append(script);
      },
      { src, title: story.title, loader: `${APP_ORIGIN}/embed.js` },
    );

    const plain = page.frameLocator('#hostile-iframe');
    await expect(plain.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
    expect(await rawText(plain.getByRole('heading', { level: 1 }))).toBe(story.title);
    await expectTextIn(
      await eventListIn(plain),
      story.events.map((e) => e.title),
    );

    // embed.js gives its iframe the data-title as a property: the same characters, no markup.
    const iframe = page.locator('#hostile-script-embed iframe');
    await expect(iframe).toHaveCount(1);
    await iframe.scrollIntoViewIfNeeded();
    expect(await iframe.getAttribute('title')).toBe(story.title);
    const scripted = page.frameLocator('#hostile-script-embed iframe');
    const heading = scripted.getByRole('heading', { level: 2, name: startsWith(`Event ${chargesNumber} title`) });
    await expect(heading).toBeVisible({ timeout: 15_000 });
    expect(await rawText(heading)).toBe(charges.title);
    await expectTextIn(scripted.locator('main'), evidenceTexts(charges));

    // Choosing inside updates the host's URL with an id, never with text.
    const denial = eventById('hostile-denial');
    const denialNumber = story.events.indexOf(denial) + 1;
    await (
      await eventListIn(scripted)
    )
      .getByRole('button')
      .filter({ hasText: `Event ${denialNumber} title` })
      .click();
    await expect(page).toHaveURL(new RegExp(`#hostile=${denial.id}$`));
    await expect
      .poll(() => rawText(scripted.getByRole('heading', { level: 2, name: startsWith(`Event ${denialNumber} title`) })))
      .toBe(denial.title);
    await expectInert(page);
  });

  test('share dialog: the snippets carry the title as one escaped attribute, and the preview renders it as text', async ({
    page,
    context,
  }) => {
    await openStory(page);
    await page.getByRole('button', { name: 'Share / Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
    // Parsed in a blank page: the app's own CSP would report the snippet's style attribute.
    const scratch = await context.newPage();
    const parse = (html: string) =>
      scratch.evaluate((html) => {
        // DOMParser builds an inert document: nothing in it runs or loads.
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return [...doc.head.children, ...doc.body.children].map((element) => ({
          tag: element.localName,
          attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
          children: element.children.length,
        }));
      }, html);

    const iframe = await parse(await dialog.getByRole('textbox', { name: 'Embed with an iframe' }).inputValue());
    expect(iframe).toHaveLength(1);
    expect(iframe[0]).toMatchObject({ tag: 'iframe', children: 0, attributes: { title: story.title } });
    expect(Object.keys(iframe[0]!.attributes).sort()).toEqual(['height', 'loading', 'src', 'style', 'title', 'width']);

    const script = await parse(await dialog.getByRole('textbox', { name: /Embed with one script tag/ }).inputValue());
    expect(script.map((element) => element.tag)).toEqual(['div', 'script']);
    expect(script[0]).toMatchObject({ children: 0, attributes: { 'data-title': story.title } });
    expect(Object.keys(script[0]!.attributes).sort()).toEqual(['data-news-timeline', 'data-src', 'data-title']);
    await scratch.close();

    await dialog.getByRole('button', { name: 'Show the preview' }).click();
    const preview = dialog.frameLocator('iframe');
    await expect(preview.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
    expect(await rawText(preview.getByRole('heading', { level: 1 }))).toBe(story.title);
    await expectInert(page);
  });

  test('phone layout: the vertical timeline, the evidence sheet and the full article show the text as text', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openStory(page);
    await openBursts(page);
    const list = verticalTimeline(page);
    await expectTextIn(list, story.events.map(chartLabel));
    // Very long unbroken strings wrap instead of pushing the page sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const opener = list.getByRole('button').filter({ hasText: `Event ${chargesNumber} short title` });
    await opener.click();

    const sheet = page.getByRole('dialog', { name: startsWith(`Event ${chargesNumber} title`) });
    await expect(sheet).toBeVisible();
    expect(await rawText(sheet.getByRole('heading', { level: 2 }))).toBe(charges.title);
    await expectTextIn(sheet, evidenceTexts(charges));

    const readArticle = sheet.getByRole('button', { name: 'Read the full article' }).first();
    await readArticle.click();
    const article = page.getByRole('dialog', { name: startsWith('Source 1 label') });
    await expect(article).toBeVisible();
    expect(await article.locator('mark').evaluateAll((marks) => marks.map((mark) => mark.textContent))).toEqual(
      charges.citations.filter((c) => c.source === 'source-one').map((c) => c.quote),
    );
    await article.getByRole('button', { name: 'Close' }).click();
    await expect(article).toBeHidden();
    await expect(readArticle).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(opener).toBeFocused();
  });
});
