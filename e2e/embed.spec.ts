import { expect, test, type Page } from '@playwright/test';
import { eventListIn, loadStory } from './helpers';
import { APP_ORIGIN, HOST_ORIGIN } from './origins';

/** `text` as a regular expression that matches it literally. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const HOST = HOST_ORIGIN;

const scriptFrame = (page: Page) => page.frameLocator('#script-embed iframe');
const iframeFrame = (page: Page) => page.frameLocator('#iframe-embed');
const height = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!.height;
/** The script embed's content height, which the loader sizes its frame to. */
const contentHeightOf = (page: Page) =>
  scriptFrame(page)
    .locator('html')
    .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));

test.describe('embedded in another site’s page', () => {
  test('an iframe embed and a script embed on one page both render, and the script one loads lazily', async ({ page }) => {
    const story = await loadStory(page);
    await page.goto(`${HOST}/`);
    await expect(iframeFrame(page).getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    await page.locator('#script-embed').scrollIntoViewIfNeeded();
    await expect(scriptFrame(page).getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    await expect(page.locator('#script-embed iframe')).toHaveAttribute('loading', 'lazy');
    await expect(page.locator('#script-embed iframe')).toHaveAttribute('title', 'Timeline embedded with a script');
    // The embed is chrome-less, with a credit line to the full view (a link relative to the page, so the build's drawing of it holds).
    const fullView = scriptFrame(page).getByRole('link', { name: 'Full view and sources' });
    await expect.poll(() => fullView.evaluate((link) => (link as HTMLAnchorElement).href)).toBe(`${APP_ORIGIN}/?`);
    await expect(scriptFrame(page).getByText('Search and filters', { exact: true })).toBeVisible();
  });

  test('the script embed sizes itself to its content, and grows when a source panel opens', async ({ page }) => {
    await page.goto(`${HOST}/`);
    await page.locator('#script-embed').scrollIntoViewIfNeeded();
    const frame = scriptFrame(page);
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    const contentHeight = () => frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    await expect.poll(async () => Math.abs((await height(page, '#script-embed iframe')) - (await contentHeight()))).toBeLessThanOrEqual(2);
    const closed = await height(page, '#script-embed iframe');

    const list = await eventListIn(frame);
    await expect.poll(() => height(page, '#script-embed iframe')).toBeGreaterThan(closed + 200);
    const withList = await height(page, '#script-embed iframe');
    await list.getByRole('button', { name: /UK sanctions a front company/ }).click();
    await expect(frame.getByRole('heading', { level: 2, name: /UK sanctions a front company/ })).toBeVisible();
    await expect.poll(() => height(page, '#script-embed iframe')).toBeGreaterThan(withList + 200);
    await expect.poll(async () => Math.abs((await height(page, '#script-embed iframe')) - (await contentHeight()))).toBeLessThanOrEqual(2);
  });

  test('it speaks the AMP and pym.js height formats hosts already understand', async ({ page }) => {
    await page.goto(`${HOST}/`);
    await expect(iframeFrame(page).getByRole('heading', { level: 1 })).toBeVisible();
    const messages = () => page.evaluate(() => (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages);
    await expect
      .poll(async () => (await messages()).some((m) => typeof m.data === 'string' && /^pymxPYMxplainxPYMxheightxPYMx\d+$/.test(m.data)))
      .toBe(true);
    const amp = (await messages()).find(
      (m) => typeof m.data === 'object' && m.data !== null && (m.data as { sentinel?: string }).sentinel === 'amp',
    );
    expect(amp?.origin).toBe(APP_ORIGIN);
    expect(amp?.data).toEqual({ sentinel: 'amp', type: 'embed-size', height: expect.any(Number) });
  });

  test('the host URL deep-links into the embed, and choosing inside updates the host URL', async ({ page }) => {
    const story = await loadStory(page);
    const [a, b] = [story.events.find((e) => e.id === 'uk-sanctions')!, story.events.find((e) => e.id === 'nz-attribution')!];
    await page.goto(`${HOST}/#news-timeline=${a.id}`);
    // The event goes into the frame's hash, where the page keeps its view.
    await expect(page.locator('#script-embed iframe')).toHaveAttribute('src', `${APP_ORIGIN}/?embed=1#event=${a.id}`);
    await page.locator('#script-embed').scrollIntoViewIfNeeded();
    const frame = scriptFrame(page);
    await expect(frame.getByRole('heading', { level: 2, name: a.title })).toBeVisible();

    // The host page's own link changes: the embed follows.
    await page.evaluate((id) => (window.location.hash = `news-timeline=${id}`), b.id);
    await expect(frame.getByRole('heading', { level: 2, name: b.title })).toBeVisible();

    // The reader chooses inside the embed: the host URL follows (data-update-url).
    await (await eventListIn(frame)).getByRole('button', { name: new RegExp(a.title) }).click();
    await expect(page).toHaveURL(new RegExp(`#news-timeline=${a.id}$`));
  });

  test('it keeps working while the host page scrolls, and the wheel scrolls the host, not the timeline', async ({ page }) => {
    await page.goto(`${HOST}/`);
    await page.locator('#script-embed').scrollIntoViewIfNeeded();
    const frame = scriptFrame(page);
    await expect(frame.getByRole('group', { name: /Timeline of events/ })).toBeVisible();
    // Once it has sized itself to its content: until then the frame scrolls its own page.
    await expect
      .poll(async () => Math.abs((await height(page, '#script-embed iframe')) - (await contentHeightOf(page))))
      .toBeLessThanOrEqual(2);
    const canvas = (await page.locator('#script-embed iframe').boundingBox())!;
    const before = await page.evaluate(() => window.scrollY);
    const timelineBox = (await frame.getByRole('group', { name: /Timeline of events/ }).boundingBox())!;
    await page.mouse.move(timelineBox.x + timelineBox.width / 2, timelineBox.y + 40);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
    expect(canvas.height).toBeGreaterThan(300);

    await (await eventListIn(frame)).getByRole('button', { name: /New Zealand attributes/ }).click();
    await expect(frame.getByRole('heading', { level: 2, name: /New Zealand attributes/ })).toBeVisible();
  });

  test('messages from another origin are ignored, both by the embed and by the loader', async ({ page }) => {
    await page.goto(`${HOST}/`);
    await page.locator('#script-embed').scrollIntoViewIfNeeded();
    const frame = scriptFrame(page);
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => height(page, '#script-embed iframe')).toBeGreaterThan(300);
    await expect
      .poll(async () => Math.abs((await height(page, '#script-embed iframe')) - (await contentHeightOf(page))))
      .toBeLessThanOrEqual(2);

    // The embed records what reaches it, so the test knows the stranger's messages were delivered.
    const child = (await (await page.locator('#script-embed iframe').elementHandle()).contentFrame())!;
    await child.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { __seen: unknown[] }).__seen = seen;
      window.addEventListener('message', (event) => seen.push(event.data));
    });
    const stranger = page.frame({ url: /stranger\.html/ })!;
    await stranger.evaluate(() => (window as unknown as { meddle: () => void }).meddle());
    const hostHeard = () => page.evaluate(() => (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages);
    await expect.poll(async () => (await hostHeard()).some((m) => (m.data as { height?: number } | null)?.height === 5)).toBe(true);
    await expect
      .poll(() =>
        child.evaluate(() => (window as unknown as { __seen: { type?: string }[] }).__seen.some((m) => m?.type === 'news-timeline:show')),
      )
      .toBe(true);
    // Then the host itself asks for another event: once the embed reports choosing it, it
    // has handled the stranger's request before it, and the host its messages.
    await page.evaluate(() => (window.location.hash = 'news-timeline=nz-attribution'));
    await expect
      .poll(async () => (await hostHeard()).some((m) => (m.data as { event?: string } | null)?.event === 'nz-attribution'))
      .toBe(true);
    expect(
      (await hostHeard()).some((m) => (m.data as { event?: string } | null)?.event === 'uk-sanctions' && m.origin === APP_ORIGIN),
    ).toBe(false);
    // Sized by the embed's own reports (it grew for the panel), never to the stranger's 5 px.
    await expect
      .poll(async () => Math.abs((await height(page, '#script-embed iframe')) - (await contentHeightOf(page))))
      .toBeLessThanOrEqual(2);
    await expect(frame.getByRole('heading', { level: 2, name: /UK sanctions/ })).toHaveCount(0);
  });

  test('messages of the wrong shape from the embed itself are ignored or clamped by the loader, never evaluated', async ({ page }) => {
    await page.goto(`${HOST}/`);
    await page.locator('#script-embed').scrollIntoViewIfNeeded();
    await expect(scriptFrame(page).getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => height(page, '#script-embed iframe')).toBeGreaterThan(300);
    // Settled: the embed reports its height again as the parts that load later arrive.
    await expect
      .poll(async () => Math.abs((await height(page, '#script-embed iframe')) - (await contentHeightOf(page))))
      .toBeLessThanOrEqual(2);
    const before = await height(page, '#script-embed iframe');
    const hashBefore = await page.evaluate(() => location.hash);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });

    // Posted from inside the embed's own window, so origin and source are right: only the shape is wrong.
    const child = (await (await page.locator('#script-embed iframe').elementHandle()).contentFrame())!;
    await child.evaluate(() => {
      const post = (data: unknown) => window.parent.postMessage(data, '*');
      post('news-timeline:height');
      post({ type: 'news-timeline:height', height: '99999px' });
      post({ type: 'news-timeline:height', height: Number.NaN });
      post({ type: 'news-timeline:height', height: { valueOf: 'alert(1)' } });
      post({ type: 'news-timeline:selected', event: '<img src=x onerror=alert(1)>' });
      post({ type: 'news-timeline:selected', event: 'javascript:alert(1)' });
      post({ type: 'news-timeline:unknown', code: 'alert(1)' });
      post(null);
      // Last, a well-formed message: once the loader has acted on it, it has handled every one before it.
      post({ type: 'news-timeline:selected', event: 'uk-sanctions' });
    });
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#news-timeline=uk-sanctions');
    expect(hashBefore).toBe('');
    expect(await height(page, '#script-embed iframe')).toBe(before);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    // A height far too large is clamped, not obeyed.
    await child.evaluate(() => window.parent.postMessage({ type: 'news-timeline:height', height: 1e12 }, '*'));
    await expect.poll(() => height(page, '#script-embed iframe')).toBe(20000);
    expect(dialogs).toBe(0);
  });
});

test.describe('embed options', () => {
  test('bad parameters fall back to defaults with a warning, never a crash', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto('/?embed=1&theme=neon&height=tall&panel=%3Cscript%3E&event=%3Cimg%20src=x%3E&from=2024-13-01&to=x');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const name of ['theme', 'height', 'panel']) {
      expect(warnings.some((w) => w.includes(`Ignored ${name}`))).toBe(true);
    }
    // An old link's view (event, from, to in the query) is read as the hash reads it: junk dropped.
    await expect(page).toHaveURL(/\?embed=1&theme=neon&height=tall&panel=%3Cscript%3E$/);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  test('options choose the theme, lanes and open event', async ({ page }) => {
    const story = await loadStory(page);
    await page.goto('/?embed=1&theme=dark&lanes=nz&event=nz-attribution');
    await expect(page.getByRole('heading', { level: 2, name: /New Zealand attributes/ })).toBeVisible();
    const nz = story.events.filter((e) => e.lane === 'nz').length;
    // The count is on the button that search and filters fold into.
    await expect(page.getByText(`Search and filters (${nz} of ${story.events.length})`, { exact: true })).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(21, 21, 21)');
  });

  test('height=fixed fills the frame and scrolls inside it instead of growing', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 500 });
    await page.goto('/?embed=1&height=fixed');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(500);
    const inner = await page.locator('.page--fixed').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(inner.scroll).toBeGreaterThan(inner.client);
  });

  test('panel=link sends the reader to the full view instead of opening the panel inside', async ({ page, context }) => {
    await page.goto('/?embed=1&panel=link');
    const list = await eventListIn(page);
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      list.getByRole('button', { name: /UK sanctions a front company/ }).click(),
    ]);
    await expect(popup).toHaveURL(/#event=uk-sanctions/);
    await expect(page.getByRole('heading', { level: 2, name: /UK sanctions/ })).toHaveCount(0);
  });
});

test.describe('other datasets', () => {
  test('a dataset from an allowed origin loads and is validated like the built-in one', async ({ page }) => {
    await page.goto(`/?data=${encodeURIComponent(`${HOST}/alt/timeline.json`)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'A partner newsroom’s copy of the story' })).toBeVisible();
  });

  test('a dataset from any other origin is refused with a clear message', async ({ page }) => {
    let fetched = false;
    await page.route('https://evil.example/**', (route) => {
      fetched = true;
      return route.abort();
    });
    await page.goto(`/?embed=1&data=${encodeURIComponent('https://evil.example/story.json')}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This timeline will not load data from that address.');
    await expect(alert).toContainText("https://evil.example is not on this timeline's list of allowed data sources");
    expect(fetched).toBe(false);
  });
});

test.describe('sharing', () => {
  test('the Share / Embed dialog gives snippets for the current view, copies them, and previews the embed', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/#event=uk-sanctions&lane=uk');
    await page.getByRole('button', { name: 'Share / Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
    const iframeCode = dialog.getByRole('textbox', { name: 'Embed with an iframe' });
    // Page options in the query, the view in the hash, as in the link to the page.
    await expect(iframeCode).toHaveValue(new RegExp(`<iframe src="${escaped(APP_ORIGIN)}/\\?embed=1#event=uk-sanctions&amp;lane=uk"`));
    const scriptCode = dialog.getByRole('textbox', { name: /Embed with one script tag/ });
    await expect(scriptCode).toHaveValue(new RegExp(`<script src="${escaped(APP_ORIGIN)}/embed\\.js" async></script>`));

    await dialog.getByRole('radio', { name: 'Dark' }).check();
    await expect(iframeCode).toHaveValue(/theme=dark/);
    await dialog.getByRole('button', { name: 'Copy' }).nth(1).click();
    await expect(dialog.getByText('Copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await iframeCode.inputValue());

    await dialog.getByRole('button', { name: 'Show the preview' }).click();
    await expect(dialog.frameLocator('iframe').getByRole('heading', { level: 2, name: /UK sanctions/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Share / Embed' })).toBeFocused();
  });

  test('both embed snippets keep the time window the link keeps', async ({ page }) => {
    await page.goto('/#event=uk-sanctions&from=2024-03-24&to=2024-03-27');
    await expect(page.getByRole('heading', { level: 2, name: /UK sanctions/ })).toBeVisible();
    await page.getByRole('button', { name: 'Share / Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
    const link = new URL(await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue());
    const hash = new URLSearchParams(link.hash.slice(1));
    const window = `from=${hash.get('from')}&amp;to=${hash.get('to')}`;
    expect(window).toMatch(/^from=\d{4}-\d{2}-\d{2}&amp;to=\d{4}-\d{2}-\d{2}$/);
    await expect(dialog.getByRole('textbox', { name: 'Embed with an iframe' })).toHaveValue(new RegExp(escaped(window)));
    await expect(dialog.getByRole('textbox', { name: /Embed with one script tag/ })).toHaveValue(new RegExp(escaped(window)));
  });

  test('with an event open, the Share dialog opens at its top and scrolls nothing', async ({ page }) => {
    await page.goto('/#event=uk-sanctions');
    await expect(page.getByRole('heading', { level: 2, name: /UK sanctions/ })).toBeVisible();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const pageScroll = await page.evaluate(() => window.scrollY);
    await page.getByRole('button', { name: 'Share / Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    // Any frame the dialog shows has drawn its event (before the fix, the preview did, and scrolled the dialog to it).
    for (const frame of await dialog.locator('iframe').all()) {
      await expect(frame.contentFrame().locator('.vis-item.vis-selected').first()).toBeVisible();
      await frame
        .contentFrame()
        .locator('body')
        .evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    expect(await dialog.evaluate((element) => element.scrollTop)).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);
    await expect(dialog.getByRole('heading', { level: 2, name: 'Share or embed this view' })).toBeInViewport();
  });

  test('oEmbed: the page links its oEmbed description, a rich embed with the iframe snippet', async ({ page }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    const oembed = (await response.json()) as { html: string };
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', width: expect.any(Number), height: expect.any(Number) });
    expect(oembed.html).toMatch(new RegExp(`^<iframe src="${escaped(APP_ORIGIN)}/\\?embed=1"`));
  });
});
