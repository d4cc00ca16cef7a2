import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { TimelineEvent } from '../src/data/schema';
import { syntheticTimeline } from './bench/synthetic';
import { sourcePanel } from './helpers';
import { HOST_ORIGIN } from './origins';

const COUNT = 10_000;
const DATA_PATH = `/scale/${COUNT}.json`;
const story = syntheticTimeline(COUNT);
const body = JSON.stringify(story);

/** The story's events in time order, worked out here rather than by the app: by first instant, ties in document order. */
const inOrder: TimelineEvent[] = story.events
  .map((event, i) => {
    const [y, m = 1, d = 1] = event.start.split('-').map(Number) as [number, number?, number?];
    return { event, i, key: Date.UTC(y, m - 1, d) };
  })
  .sort((a, b) => a.key - b.key || a.i - b.i)
  .map(({ event }) => event);

const eventList = (page: Page) => page.getByRole('navigation', { name: 'Events in order' });
const eventButton = (page: Page, event: TimelineEvent) => eventList(page).getByRole('button', { name: event.title });
const rowOf = (page: Page, event: TimelineEvent) =>
  eventList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: event.title }) });

/** Opens the app on the synthetic story, served from this origin, and waits for the list. */
async function openLargeStory(page: Page, hash = '') {
  // Matched by path: a glob would also catch the page itself, whose query names the same path.
  await page.route(
    (url) => url.pathname === DATA_PATH,
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto(`/?data=${DATA_PATH}${hash}`);
  await expect(eventList(page).getByRole('listitem').first()).toBeVisible({ timeout: 30_000 });
}

test.describe('a story of 10,000 events', () => {
  // Loading and drawing 10,000 events takes a few seconds before the list is there.
  test.describe.configure({ timeout: 90_000 });

  test('its document (6 MB) is parsed and checked in a worker, and a broken one is reported from there as on the page', async ({
    page,
  }) => {
    const started = page.waitForEvent('worker');
    await openLargeStory(page);
    expect((await started).url()).toMatch(/\/assets\/documentWorker-[\w-]+\.js$/);

    const broken = structuredClone(story);
    broken.events[9_999]!.lane = 'atlantis';
    await page.unrouteAll();
    await page.route(
      (url) => url.pathname === DATA_PATH,
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }),
    );
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The timeline data is not valid: 1 problem found.', { timeout: 30_000 });
    await expect(alert.getByRole('listitem')).toHaveText([`events[9999] "${broken.events[9_999]!.id}": lane: unknown lane "atlantis"`]);
  });

  test('the list renders only rows in view, each announced by its place in the whole', async ({ page }) => {
    await openLargeStory(page);
    const list = eventList(page);
    expect(await list.getByRole('button').count()).toBeLessThan(300);
    await expect(list.getByRole('list')).toHaveCount(1);
    await expect(list.getByText(/^10,000 events\. Rows load as you scroll/)).toBeAttached();

    const first = list.getByRole('listitem').first();
    await expect(first).toHaveAttribute('aria-posinset', '1');
    await expect(first).toHaveAttribute('aria-setsize', String(COUNT));
    await expect(first.getByRole('heading', { level: 3 })).toHaveText(inOrder[0]!.start.slice(0, 4));
    await expect(first.getByRole('button')).toContainText(inOrder[0]!.title);
  });

  test('End and Home move focus to the last and first events, across rows not yet rendered', async ({ page }) => {
    await openLargeStory(page);
    const first = inOrder[0]!;
    const last = inOrder.at(-1)!;
    await eventButton(page, first).focus();

    await page.keyboard.press('End');
    await expect(eventButton(page, last)).toBeFocused();
    await expect(eventButton(page, last)).toBeInViewport();
    await expect(rowOf(page, last)).toHaveAttribute('aria-posinset', String(COUNT));

    await page.keyboard.press('Home');
    await expect(eventButton(page, first)).toBeFocused();
    await expect(rowOf(page, first)).toHaveAttribute('aria-posinset', '1');

    await page.keyboard.press('ArrowDown');
    await expect(eventButton(page, inOrder[1]!)).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect(eventButton(page, inOrder[11]!)).toBeFocused();
    await expect(rowOf(page, inOrder[11]!)).toHaveAttribute('aria-posinset', '12');
  });

  test('clicking a row opens that event in the evidence panel', async ({ page }) => {
    await openLargeStory(page);
    const event = inOrder[2]!;
    await eventButton(page, event).click();
    await expect(sourcePanel(page).getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    await expect(eventButton(page, event)).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(new RegExp(`#event=${event.id}$`));
  });

  test('an event opened from the URL is scrolled into the list, without taking focus', async ({ page }) => {
    const event = inOrder[6_000]!;
    await openLargeStory(page, `#event=${event.id}`);
    const button = eventButton(page, event);
    await expect(button).toHaveAttribute('aria-current', 'true');
    await expect(button).toBeVisible();
    await expect(rowOf(page, event)).toHaveAttribute('aria-posinset', '6001');
    const box = await eventList(page).locator('.event-list__scroller').boundingBox();
    const row = await button.boundingBox();
    expect(box && row && row.y >= box.y && row.y + row.height <= box.y + box.height).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-event-id'))).toBe(false);
  });

  test('zoomed out, the timeline shows summary marks per lane and period; clicking marks zooms in to the events themselves', async ({
    page,
  }) => {
    await openLargeStory(page);
    const canvas = page.getByRole('group', { name: /Timeline of events/ });
    // Summary marks carry no role or name of their own (the list is the accessible way
    // through the events), so they are found by their class.
    const marks = canvas.locator('.tl-cluster');
    await expect(marks.first()).toBeVisible();
    expect(await marks.count()).toBeLessThan(300);
    const titles = new Set(story.events.map((event) => event.title));
    const eventsDrawn = async () => (await canvas.locator('.tl-item__title').allTextContents()).filter((text) => titles.has(text)).length;
    expect(await eventsDrawn()).toBe(0);

    // A mark whose middle is inside the drawn area, where a click lands on it (the padded
    // window also holds marks just out of sight).
    const markInView = () =>
      canvas.evaluate((root) => {
        const area = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
        return [...root.querySelectorAll('.tl-cluster')].findIndex((mark) => {
          const box = mark.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          return box.width > 0 && x > area.left && x < area.right && y > area.top && y < area.bottom;
        });
      });
    // The period the timeline says it shows, which it updates once a zoom has settled.
    const shownPeriod = () =>
      canvas.evaluate((root) => {
        const ids = (root.getAttribute('aria-describedby') ?? '').split(' ');
        return ids.map((id) => document.getElementById(id)?.querySelector('time')?.dateTime ?? '').join('');
      });
    // Events drawn, or else the index of a mark to click: what the settled timeline offers next.
    const next = async () => ((await eventsDrawn()) > 0 ? 'events' : await markInView());

    // Each click zooms to a mark's period; within a few, the events themselves are drawn.
    for (let step = 0; step < 6; step++) {
      await expect.poll(next, { message: 'events, or a summary mark inside the drawn area' }).not.toBe(-1);
      const offer = await next();
      if (offer === 'events') break;
      const before = await shownPeriod();
      await marks.nth(offer).click();
      await expect.poll(shownPeriod, { message: 'the zoom settles on a new period' }).not.toBe(before);
      // The zoom is the reader's view like any other: it is in the address.
      const shownFrom = await page.evaluate(
        (iso) => {
          const day = new Date(iso);
          return [day.getFullYear(), day.getMonth() + 1, day.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
        },
        (await shownPeriod()).slice(0, 24),
      );
      await expect.poll(() => new URL(page.url()).hash, { message: 'the URL keeps the window' }).toContain(`from=${shownFrom}`);
    }
    expect(await eventsDrawn()).toBeGreaterThan(0);
  });

  test('the virtual list passes the accessibility audit (axe-core), at the top and scrolled to the end', async ({ page }) => {
    await openLargeStory(page);
    const audit = async () => {
      const results = await new AxeBuilder({ page })
        .include('.event-list')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes[0]?.target.join(' ')} ×${v.nodes.length}`);
    };
    expect(await audit()).toEqual([]);
    await eventButton(page, inOrder[0]!).focus();
    await page.keyboard.press('End');
    await expect(eventButton(page, inOrder.at(-1)!)).toBeFocused();
    expect(await audit()).toEqual([]);
  });
});

test.describe('a large download of unknown size', () => {
  /** Notes, in the page, the chunks of the download it hands a worker (moved, not copied), and each end of a download it tells one. */
  const noteHandOvers = (page: Page) =>
    page.addInitScript(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped, and called with its own `this`
      const post = Worker.prototype.postMessage as (this: Worker, message: unknown, transfer?: Transferable[]) => void;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer?: Transferable[]) {
        const html = document.documentElement;
        const count = (key: 'chunksHandedOver' | 'endsTold') => (html.dataset[key] = String(Number(html.dataset[key] ?? 0) + 1));
        if (typeof message === 'object' && message !== null) {
          if ('bytes' in message && message.bytes instanceof Uint8Array && transfer?.includes(message.bytes.buffer))
            count('chunksHandedOver');
          if ('end' in message) count('endsTold');
        }
        post.call(this, message, transfer);
      } as typeof Worker.prototype.postMessage;
    });

  /**
   * Opens `file` from the host origin, its download held after 512 KiB (past the size at which the
   * worker is started) until the worker's code runs, so that the page hands it the rest as it arrives.
   */
  async function openHeld(page: Page, file: string) {
    await noteHandOvers(page);
    const hold = test.info().testId;
    const started = page.waitForEvent('worker');
    await page.goto(`/?data=${encodeURIComponent(`${HOST_ORIGIN}/slow/${file}?hold=${hold}`)}`);
    const worker = await started;
    // It listens once its module has run, which says so to the page first.
    await expect.poll(() => worker.evaluate(() => typeof self.onmessage === 'function'), { timeout: 20_000 }).toBe(true);
    await page.request.get(`${HOST_ORIGIN}/slow/release?hold=${hold}`);
  }

  test('is handed to the worker as it arrives once the worker runs, the page showing how far it has got, and the story opens', async ({
    page,
  }) => {
    await openHeld(page, 'large.json');
    // Past the 512 KiB that arrived before the worker ran.
    await expect(page.getByRole('status')).toContainText(/\b[2-9]\.\d MB received/, { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('China accused of more than a decade of cyber espionage', {
      timeout: 20_000,
    });
    // What had arrived, then the rest chunk by chunk as it came, then the end.
    await expect(page.locator('html')).toHaveAttribute('data-chunks-handed-over', /^([2-9]|\d\d+)$/);
    await expect(page.locator('html')).toHaveAttribute('data-ends-told', '1');
  });

  test('cut off after it was handed to the worker, it is named as such, as on the page', async ({ page }) => {
    await openHeld(page, 'cut.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The timeline data was cut off while downloading. Check your connection and try again.', {
      timeout: 20_000,
    });
    // Handed over as it came, and never told it had all arrived.
    await expect(page.locator('html')).toHaveAttribute('data-chunks-handed-over', /^[1-9]/);
    expect(await page.locator('html').getAttribute('data-ends-told')).toBeNull();
  });
});
