/**
 * A briefing is shown on whatever the room has: every step of every story order must
 * fit the screen without scrolling, with its quote and the quote's source in full.
 * One page load per screen size; the steps are walked with the clicker's key.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Timeline } from '../src/data/schema';
import { loadStory, serveTimeline } from './helpers';

const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

const progress = (page: Page) => page.getByText(/^\d+ \/ \d+$/);
const slide = (page: Page) => page.locator('[aria-roledescription="slide"]');

/** What does not fit on the current step, in words; empty when everything fits. */
function misfits(page: Page): Promise<string[]> {
  return slide(page).evaluate((card) => {
    const problems: string[] = [];
    const page = document.documentElement;
    if (page.scrollHeight > innerHeight) problems.push(`the page scrolls down by ${page.scrollHeight - innerHeight}px`);
    if (page.scrollWidth > innerWidth) problems.push(`the page scrolls sideways by ${page.scrollWidth - innerWidth}px`);

    const quote = card.querySelector('blockquote');
    const parts: [string, Element | null | undefined][] = quote
      ? [
          ['the quote', quote.querySelector('p')],
          ['its source', quote.querySelector('footer')],
        ]
      : [];
    for (const [name, element] of parts) {
      if (!element) {
        problems.push(`${name} is missing`);
        continue;
      }
      const box = element.getBoundingClientRect();
      if (box.top < -0.5 || box.left < -0.5 || box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5) {
        problems.push(
          `${name} is cut: [${[box.left, box.top, box.right, box.bottom].map(Math.round).join(', ')}] on a ${innerWidth}×${innerHeight} screen`,
        );
      }
    }

    for (const element of [card, ...card.querySelectorAll('*')]) {
      if (!(element instanceof HTMLElement) || getComputedStyle(element).display === 'inline') continue;
      const over = Math.max(element.scrollHeight - element.clientHeight, element.scrollWidth - element.clientWidth);
      if (over > 0) problems.push(`${element.tagName.toLowerCase()}.${element.className} overflows its box by ${over}px`);
    }

    // The timeline's selected item carries its label inside its outline, not below it across the lane border.
    const selected = document.querySelector('.vis-item.vis-selected');
    const label = selected?.querySelector('.tl-item');
    if (selected && label) {
      const outer = selected.getBoundingClientRect();
      const inner = label.getBoundingClientRect();
      if (inner.top < outer.top - 1 || inner.bottom > outer.bottom + 1 || inner.left < outer.left - 1 || inner.right > outer.right + 1) {
        problems.push(
          `the timeline label [${[inner.left, inner.top, inner.right, inner.bottom].map(Math.round).join(', ')}] sits outside its item [${[outer.left, outer.top, outer.right, outer.bottom].map(Math.round).join(', ')}]`,
        );
      }
    }
    return problems;
  });
}

for (const screen of SCREENS) {
  test.describe(`on a ${screen.width}×${screen.height} screen`, () => {
    test.use({ viewport: screen });

    test('every step of every story order fits without scrolling, quote and source in full', async ({ page }) => {
      // Some sixty steps, each a key press and a measurement: quick, but more than the default allows under load.
      test.slow();
      const story = await loadStory(page);
      const orders = [{ id: '', title: 'All events, in time order', steps: story.events.length + 2 }].concat(
        (story.narratives ?? []).map((n) => ({ id: n.id, title: n.title, steps: n.steps.length + 2 })),
      );
      await page.goto('/?present');
      const order = page.getByRole('combobox', { name: 'Story order' });

      for (const { id, title, steps } of orders) {
        await order.selectOption({ label: title });
        // Step 0 is the default, which the URL leaves out.
        await expect(page).toHaveURL(new RegExp(id ? `#narrative=${id}$` : '\\?present$'));
        // Keys typed into the menu are the menu's: step from the page, as a clicker does.
        await order.evaluate((menu) => (menu as HTMLSelectElement).blur());
        for (let step = 1; step <= steps; step += 1) {
          if (step > 1) await page.keyboard.press('PageDown');
          await expect(progress(page)).toHaveText(`${step} / ${steps}`);
          const where = `${title}, step ${step} (${await slide(page).getByRole('heading', { level: 2 }).textContent()})`;
          // The type is fitted after layout, and again when the timeline settles: wait for it.
          await expect.soft.poll(() => misfits(page), { message: where, timeout: 2_000 }).toEqual([]);
        }
      }
    });
  });
}

/** The story with one event whose only quote is a whole paragraph of `words` words, added to its article. */
function withOnlyALongQuote(story: Timeline, eventId: string, words: number): Timeline {
  const event = story.events.find((e) => e.id === eventId)!;
  const source = story.sources.find((s) => s.id === event.citations[0]!.source)!;
  const quote = Array.from({ length: words }, (_, i) => (i % 12 === 11 ? 'sanctions.' : 'sanctions')).join(' ');
  const offset = source.text.length + 2;
  return {
    ...story,
    sources: story.sources.map((s) => (s === source ? { ...s, text: `${s.text}\n\n${quote}` } : s)),
    events: story.events.map((e) =>
      e === event ? { ...e, citations: [{ source: source.id, quote, offset, paragraph: { offset, text: quote } }] } : e,
    ),
  };
}

test.describe('on a 1280×720 screen', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a quote too long for the smallest type scrolls in its own box, with its source in view', async ({ page }) => {
    const story = await loadStory(page);
    const event = story.events.find((e) => e.id === 'uk-sanctions')!;
    await serveTimeline(page, withOnlyALongQuote(story, event.id, 600));
    await page.goto(`/?present#step=${story.events.indexOf(event) + 1}`);
    const quote = slide(page).getByRole('blockquote');
    await expect(quote).toContainText('sanctions sanctions');

    const words = quote.locator('p');
    await expect.poll(() => words.evaluate((p) => p.scrollHeight > p.clientHeight)).toBe(true);
    // A box that scrolls can be reached from the keyboard.
    await expect(words).toHaveAttribute('tabindex', '0');
    await expect(words).toBeInViewport({ ratio: 1 });
    await expect(quote.locator('footer')).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(0);
  });
});
