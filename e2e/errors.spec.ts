import { expect, test } from '@playwright/test';
import type { Timeline, TimelineEvent } from '../src/data/schema';
import { DOWNLOAD_PAGE, DOWNLOAD_PATH, firstDrawnItem, isDownload, loadStory, serveDownload, serveTimeline, sourcePanel } from './helpers';
import { APP_ORIGIN, HOST_ORIGIN } from './origins';

/** The allowlisted "partner newsroom" origin the Playwright config starts (e2e/host/server.mjs). */
const HOST = HOST_ORIGIN;

test.describe('when the data cannot be used', () => {
  test('a server error shows a clear message and Try again loads the story once the server is back', async ({ page }) => {
    let failing = true;
    await page.route(isDownload, (route) => (failing ? route.fulfill({ status: 500, body: 'boom' }) : serveDownload(route)));
    await page.goto(DOWNLOAD_PAGE);

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The timeline could not be loaded.', { timeout: 15_000 });
    await expect(alert).toContainText('500');

    failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a missing file names the address that failed, and offers no retry that cannot help', async ({ page }) => {
    await page.route(isDownload, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(DOWNLOAD_PAGE);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`The server answered 404 Not Found for ${APP_ORIGIN}${DOWNLOAD_PATH}.`, { timeout: 15_000 });
    await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });

  test('a missing ?data= document names its address and offers the built-in story instead of a retry', async ({ page }) => {
    const story = await loadStory(page);
    const missing = `${HOST}/stories/missing.json`;
    await page.route(missing, (route) =>
      route.fulfill({ status: 404, headers: { 'Access-Control-Allow-Origin': '*' }, body: 'not found' }),
    );
    await page.goto(`/?embed=1&data=${encodeURIComponent(missing)}#event=elsewhere`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`The server answered 404 Not Found for ${missing}.`, { timeout: 15_000 });
    await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);

    await alert.getByRole('link', { name: 'Open the built-in story instead' }).click();
    await expect(page).toHaveURL(`${APP_ORIGIN}/?embed=1`);
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
  });

  test('a response that is not JSON says where it breaks, and offers no retry', async ({ page }) => {
    await page.route(isDownload, (route) => route.fulfill({ body: '{\n  "title": "half a document",\n  "lanes": [}' }));
    await page.goto(DOWNLOAD_PAGE);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The timeline data is not valid JSON: the first error is at line 3, column 13.', { timeout: 15_000 });
    await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });

  test('a TimelineJS3 document is named as one, in one line, with the built-in story offered', async ({ page }) => {
    const tjs3 = `${HOST}/stories/timelinejs3.json`;
    const document = {
      title: { text: { headline: 'A story', text: '<p>Its standfirst</p>' } },
      events: [
        { start_date: { year: '2024', month: '3', day: '25' }, text: { headline: 'Sanctions', text: '<p>The UK sanctions…</p>' } },
        { start_date: { year: '2021' }, text: { headline: 'A breach' } },
      ],
    };
    await page.route(tjs3, (route) => route.fulfill({ json: document, headers: { 'Access-Control-Allow-Origin': '*' } }));
    await page.goto(`/?data=${encodeURIComponent(tjs3)}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'The timeline data looks like a TimelineJS3 file, which the reader does not show as it is: import it in the story studio (the page with ?studio at the end of its address), then publish it.',
    );
    await expect(alert.getByRole('listitem')).toHaveCount(0);
    await expect(alert.getByRole('link', { name: 'Open the built-in story instead' })).toHaveAttribute('href', `${APP_ORIGIN}/`);
  });

  test('a document that breaks the schema lists every problem in one pass, with its place, and offers no pointless retry', async ({
    page,
  }) => {
    const story = await loadStory(page);
    const broken = structuredClone(story);
    broken.events[0]!.lane = 'atlantis';
    broken.events[1]!.start = '2024-02-30';
    broken.events[2]!.citations[0]!.quote = 'Words no article printed.';
    await serveTimeline(page, broken);
    await page.goto('/');

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The timeline data is not valid: 3 problems found.');
    await expect(alert.getByRole('listitem')).toHaveText([
      `events[0] "${story.events[0]!.id}": lane: unknown lane "atlantis"`,
      `events[1] "${story.events[1]!.id}": start: is not a real calendar date`,
      `events[2] "${story.events[2]!.id}": citations[0].quote: quote not found in source "${story.events[2]!.citations[0]!.source}"`,
    ]);
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

test.describe('on a broken network', () => {
  test('a connection that fails is retried, with progress shown, then reported with a Try again that works', async ({ page }) => {
    let attempts = 0;
    let failing = true;
    await page.route(isDownload, (route) => {
      if (!failing) return serveDownload(route);
      attempts++;
      return route.abort('connectionreset');
    });
    await page.goto(DOWNLOAD_PAGE);
    await expect(page.getByRole('status')).toContainText('Trying again (attempt 2 of 3)');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The timeline data could not be reached', { timeout: 15_000 });
    expect(attempts).toBe(3);

    failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Events in order' }).getByRole('button').first()).toBeVisible();
  });

  test('a server that answers 503 once is retried and the story loads without the reader doing anything', async ({ page }) => {
    let attempts = 0;
    await page.route(isDownload, (route) => (++attempts === 1 ? route.fulfill({ status: 503, body: 'busy' }) : serveDownload(route)));
    await page.goto(DOWNLOAD_PAGE);
    await expect(firstDrawnItem(page)).toBeVisible({ timeout: 10_000 });
    expect(attempts).toBe(2);
  });

  test('a slow server keeps the reader informed until the story arrives', async ({ page }) => {
    await page.route(isDownload, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await serveDownload(route);
    });
    await page.goto(DOWNLOAD_PAGE);
    await expect(page.getByRole('status')).toContainText('Loading the timeline…');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 10_000 });
  });

  test('a download cut off halfway is named as such, not as broken data', async ({ page }) => {
    await page.goto(`/?data=${encodeURIComponent(`${HOST}/broken/cut.json`)}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('cut off while downloading', { timeout: 20_000 });
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('a document far over the size limit is refused before it is downloaded, with no pointless retry', async ({ page }) => {
    await page.goto(`/?data=${encodeURIComponent(`${HOST}/broken/huge.json`)}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The timeline data is over 200 MB; this page loads at most 64 MB.');
    await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });
});

test.describe('malformed documents from ?data= each get a specific message', () => {
  const cases: [string, (story: Timeline) => unknown, string][] = [
    ['wrong types', (s) => ({ ...s, title: 42, events: 'none' }), 'title: Invalid input: expected string, received number'],
    [
      'an unknown source',
      (s) => withEvent(s, 0, (e) => ({ ...e, citations: [{ ...e.citations[0]!, source: 'pravda' }] })),
      'citations[0].source: unknown source "pravda"',
    ],
    ['a duplicate id', (s) => withEvent(s, 1, (e) => ({ ...e, id: s.events[0]!.id })), `duplicate event id "${'{first}'}"`],
    ['an impossible month', (s) => withEvent(s, 0, (e) => ({ ...e, start: '2022-13' })), 'start: is not a real calendar date'],
    ['an impossible day', (s) => withEvent(s, 0, (e) => ({ ...e, start: '2024-02-30' })), 'start: is not a real calendar date'],
    [
      'an end before the start',
      (s) => withEvent(s, 0, (e) => ({ ...e, start: '2024', end: '2021' })),
      'end: ends (2021) before it starts (2024)',
    ],
    ['no events', (s) => ({ ...s, events: [] }), 'events: the timeline has no events'],
    [
      'deeply nested garbage',
      (s) => JSON.stringify({ ...s, lanes: 'NESTED' }).replace('"NESTED"', nested(100_000)),
      'lanes[0]: Invalid input: expected object, received array',
    ],
    ['not an object at all', () => [[[['garbage']]]], 'Invalid input: expected object, received array'],
  ];

  for (const [name, breakIt, expected] of cases) {
    test(name, async ({ page }) => {
      const story = await loadStory(page);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await serveTimeline(page, breakIt(structuredClone(story)));
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The timeline data is not valid');
      await expect(alert).toContainText(expected.replace('{first}', story.events[0]!.id));
      expect(errors).toEqual([]);
    });
  }
});

function withEvent(story: Timeline, index: number, change: (event: TimelineEvent) => unknown): unknown {
  return { ...story, events: story.events.map((event, i) => (i === index ? change(event) : event)) };
}

/** JSON text of an array nested `depth` deep: written out, since building it as objects would overflow the stack here. */
function nested(depth: number): string {
  return `${'['.repeat(depth)}"bottom"${']'.repeat(depth)}`;
}

test.describe('the address of another story', () => {
  test('?data=%%% is refused as malformed before anything is fetched', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto('/?data=%%%');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This timeline will not load data from that address.');
    await expect(alert).toContainText('%%%: refused, because its percent-encoding is broken.');
    await expect(alert.getByRole('link', { name: 'Open the built-in story instead' })).toHaveAttribute('href', `${APP_ORIGIN}/`);
    // Only the page and its code: no document (before, "/%%%" was fetched as a relative address).
    expect(requested.filter((url) => new URL(url).pathname.includes('%') || url.endsWith('.json'))).toEqual([]);
  });

  test('a ?data= page never asks for the built-in story, and preloads nothing it will not use', async ({ page }) => {
    const requested: string[] = [];
    const warnings: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`/?data=${encodeURIComponent(`${HOST}/alt/timeline.json`)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'A partner newsroom’s copy of the story' })).toBeVisible();
    expect(requested).toContain(`${HOST}/alt/timeline.json`);
    expect(requested).not.toContain(`${APP_ORIGIN}/data/timeline.json`);
    await expect(page.locator('link[rel="preload"]')).toHaveCount(0);
    expect(warnings.filter((warning) => /preload/i.test(warning))).toEqual([]);
  });

  test('the plain page carries the built-in story in itself, and downloads no document', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto('/');
    await expect(firstDrawnItem(page)).toBeVisible();
    await expect(page.locator('script[type="application/json"]#timeline-data')).toHaveCount(1);
    expect(requested.filter((url) => url.endsWith('.json'))).toEqual([]);
  });
});

test.describe('junk in the address', () => {
  const junk = [
    '/?theme=<script>alert(1)</script>&height=-1e999&panel=%3Cimg%20src%3Dx%3E&lanes=<b>,,,&kinds=%E0%A4%A&from=2024-13-99&to=NaN',
    '/?embed=maybe&present=<svg/onload=alert(1)>&step=-5&event=%00%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    `/?q=${'a'.repeat(5000)}#event=<img src=x onerror=alert(1)>&q="><b>bold</b>&lane=%%%&view=../../etc/passwd&from=javascript:alert(1)`,
    '/?data=javascript:alert(1)',
    '/?data=%2F%2Fevil.example%2Fstory.json',
  ];

  for (const url of junk) {
    test(`${url.slice(0, 60)}… falls back to defaults, reflects no markup and raises no error`, async ({ page }) => {
      const errors: string[] = [];
      let dialogs = 0;
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await page.goto(url);
      // Either the story or a clear refusal (a data URL that is not allowed), never a blank page.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.locator('img[src="x"], main b, main svg[onload]').count()).toBe(0);
      expect(dialogs).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});
