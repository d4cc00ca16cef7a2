/**
 * Marking a quote or a search hit inside an article's words must never move them: the
 * product's promise is exact quotation, and a padded mark turns "Parliamentary" into
 * "Parliament ary" on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { sourcePanel } from './helpers';

/** The on-screen box of every occurrence of `word` in the source panel's quoted paragraphs, marks or not. */
async function wordBoxes(page: Page, word: string) {
  return sourcePanel(page)
    .locator('blockquote')
    .evaluateAll((quotes, word) => {
      const boxes: { left: number; top: number; width: number; height: number }[] = [];
      for (const quote of quotes) {
        // The paragraph's text as one string, with the text node and offset of each character.
        const nodes: { node: Text; start: number }[] = [];
        let text = '';
        const walker = document.createTreeWalker(quote, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          nodes.push({ node, start: text.length });
          text += node.data;
        }
        const at = (index: number) => {
          const holder = [...nodes].reverse().find((n) => n.start <= index)!;
          return { node: holder.node, offset: index - holder.start };
        };
        for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
          const range = document.createRange();
          const start = at(i);
          const end = at(i + word.length - 1);
          range.setStart(start.node, start.offset);
          range.setEnd(end.node, end.offset + 1);
          const { left, top, width, height } = range.getBoundingClientRect();
          boxes.push({ left, top, width, height });
        }
      }
      return boxes;
    }, word);
}

test('a search hit inside a quote changes neither the words nor where they are drawn', async ({ page }) => {
  await page.goto('/#event=nz-parliament-breach');
  await expect(sourcePanel(page).locator('blockquote mark').first()).toBeVisible();
  const plain = await wordBoxes(page, 'Parliamentary');
  expect(plain.length).toBeGreaterThan(0);

  await page.getByRole('searchbox', { name: 'Search' }).fill('parliament');
  await expect(sourcePanel(page).locator('blockquote mark.search-hit').first()).toBeVisible();
  const searched = await wordBoxes(page, 'Parliamentary');
  expect(searched).toHaveLength(plain.length);
  searched.forEach((box, i) => {
    const before = plain[i]!;
    expect(Math.abs(box.left - before.left), `"Parliamentary" #${i} moves`).toBeLessThan(0.5);
    expect(Math.abs(box.width - before.width), `"Parliamentary" #${i} widens`).toBeLessThan(0.5);
    expect(Math.abs(box.top - before.top), `"Parliamentary" #${i} changes line`).toBeLessThan(0.5);
  });
});

test('quote marks and search hits take no room of their own: no inline padding, margin or border', async ({ page }) => {
  await page.goto('/#event=nz-parliament-breach&q=parliament');
  const marks = sourcePanel(page).locator('mark');
  await expect(marks.first()).toBeVisible();
  const room = await marks.evaluateAll((elements) =>
    elements.map((mark) => {
      const style = getComputedStyle(mark);
      const sides = ['padding-left', 'padding-right', 'margin-left', 'margin-right', 'border-left-width', 'border-right-width'];
      return sides.filter((side) => parseFloat(style.getPropertyValue(side)) !== 0).map((side) => `${mark.textContent}: ${side}`);
    }),
  );
  expect(room.flat()).toEqual([]);
});
