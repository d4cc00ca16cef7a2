/**
 * The studio on a large draft (1,000 events citing 50 articles): how long a keystroke in an
 * event's title takes to show in the field, and to be checked by the compiler, after which
 * the preview shows it. Measured in the page, from the key going down to the frame painted.
 */
import type { Browser } from '@playwright/test';
import { draftFileText } from '../../src/studio/draftFile';
import { curatedFromTimeline } from '../../src/data/curatedFromTimeline';
import type { Draft } from '../../src/studio/draft';
import { syntheticTimeline } from './synthetic';

/** The synthetic story as a draft whose events cite `articles` articles (copies of its own, under other names). */
export function largeDraft(events: number, articles: number): Draft {
  const draft = curatedFromTimeline(syntheticTimeline(events));
  const originals = draft.manifest;
  const copies = Math.ceil(articles / originals.length);
  const manifest = originals.flatMap((entry) =>
    Array.from({ length: copies }, (_, n) => ({ ...entry, id: `${entry.id}-${n}`, file: entry.file.replace(/\.txt$/, `-${n}.txt`) })),
  );
  const texts = Object.fromEntries(manifest.map((entry) => [entry.file, draft.texts[entry.file.replace(/-\d+\.txt$/, '.txt')]!]));
  const story = {
    ...draft.story,
    events: draft.story.events.map((event, i) => ({
      ...event,
      citations: event.citations.map((citation) => ({ ...citation, source: `${citation.source}-${i % copies}` })),
    })),
  };
  return { story, manifest: manifest.slice(0, articles), texts };
}

/** Runs in the page: notes, per keystroke, when the field showed it and when the checks had caught up. */
const PROBE = `(() => {
  const times = { shown: [], checked: [] };
  window.__typing = times;
  let down = 0;
  document.addEventListener('keydown', () => (down = performance.now()), true);
  document.addEventListener('input', () => {
    const at = down;
    requestAnimationFrame(() => times.shown.push(performance.now() - at));
  }, true);
  const checks = document.querySelector('.studio-problems');
  new MutationObserver(() => {
    if (checks.getAttribute('aria-busy') !== 'false' || down === 0) return;
    const at = down;
    down = 0;
    requestAnimationFrame(() => times.checked.push(performance.now() - at));
  }).observe(checks, { attributes: true, attributeFilter: ['aria-busy'] });
})()`;

export interface StudioTyping {
  events: number;
  articles: number;
  keystrokes: number;
  shownP50Ms: number;
  shownMaxMs: number;
  checkedP50Ms: number;
  checkedMaxMs: number;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)] ?? Number.NaN;

export async function measureStudioTyping(browser: Browser, origin: string, keystrokes: number): Promise<StudioTyping> {
  const [events, articles] = [1000, 50];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/?studio`);
    await page
      .getByText('Open a draft…')
      .locator('input')
      .setInputFiles({
        name: 'large.json',
        mimeType: 'application/json',
        buffer: Buffer.from(draftFileText(largeDraft(events, articles))),
      });
    await page.getByRole('status').filter({ hasText: 'Opened large.json' }).waitFor();
    await page.getByRole('list', { name: 'Events in this story' }).getByRole('button').nth(500).click();
    const title = page.getByLabel('Title', { exact: true });
    await title.click();
    await title.press('End');
    await page.locator('.studio-problems[aria-busy="false"]').waitFor();
    await page.evaluate(PROBE);
    for (let n = 0; n < keystrokes; n++) {
      await page.keyboard.press(n % 2 ? 'Backspace' : 'x');
      await page.locator('.studio-problems[aria-busy="false"]').waitFor();
      await page.waitForTimeout(150);
    }
    const times = await page.evaluate<{ shown: number[]; checked: number[] }>('window.__typing');
    return {
      events,
      articles,
      keystrokes,
      shownP50Ms: percentile(times.shown, 0.5),
      shownMaxMs: Math.max(...times.shown),
      checkedP50Ms: percentile(times.checked, 0.5),
      checkedMaxMs: Math.max(...times.checked),
    };
  } finally {
    await context.close();
  }
}
