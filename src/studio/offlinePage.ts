/**
 * The single-file offline page (the briefing build) with another story in it: the site
 * publishes its own offline page, and the studio puts the journalist's story where the
 * built-in one was. The pages the build drew of the built-in story, and what the head says
 * about it, are taken out or rewritten; the app then checks the story inside, as it checks any
 * story the build did not, and draws it. Nothing in the page's code changes, so the hashes in
 * its content security policy still hold.
 */
import { storyJsonLd } from '../../data/pageHead';
import { MAIN_VARIANT, PRERENDERED_ATTRIBUTE } from '../app/prerenderContract';
import { INLINE_TIMELINE_ID } from '../data/contract';
import { publishedJson } from '../data/publishedJson';
import type { Timeline } from '../data/schema';
import { escapeAttribute } from '../lib/escapeAttribute';

export class OfflinePageShapeError extends Error {}

function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(html)) throw new OfflinePageShapeError(`the offline page has no ${what}`);
  return html.replace(pattern, () => replacement);
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function withStoryInOfflinePage(html: string, timeline: Timeline): string {
  let page = replaceOnce(
    html,
    new RegExp(`(<script type="application/json" id="${INLINE_TIMELINE_ID}">)[\\s\\S]*?(</script>)`),
    `<script type="application/json" id="${INLINE_TIMELINE_ID}">${publishedJson(timeline)}</script>`,
    'story inside',
  );

  // The built-in story's pages: #root with the reader's page, then the other variants in
  // <template>s (data/prerender.ts), which hold no <template> of their own (the build refuses one).
  const drawn = `<div id="root" ${PRERENDERED_ATTRIBUTE}="${MAIN_VARIANT}" hidden>`;
  const start = page.indexOf(drawn);
  // The body's <noscript> (the chronology) follows them; the inlined code, which may hold the word, comes later.
  const end = page.lastIndexOf('</template>', page.indexOf('<noscript>', start));
  if (start === -1 || end < start) throw new OfflinePageShapeError('the offline page has no prerendered story where it was expected');
  page = `${page.slice(0, start)}<div id="root"></div>${page.slice(end + '</template>'.length)}`;

  // The chronology for a browser without JavaScript follows them, in the body's <noscript>.
  const noScript = /<noscript>[\s\S]*?<\/noscript>/;
  const rest = page.slice(start);
  if (!noScript.test(rest)) throw new OfflinePageShapeError('the offline page has no message for a browser without JavaScript');
  const message = escapeText(`“${timeline.title}” needs JavaScript: open this file in a web browser with JavaScript on.`);
  page = page.slice(0, start) + rest.replace(noScript, () => `<noscript><p>${message}</p></noscript>`);

  const title = escapeAttribute(timeline.title);
  const description = escapeAttribute(timeline.description);
  page = replaceOnce(page, /<title>[^<]*<\/title>/, `<title>${escapeText(timeline.title)}</title>`, 'title');
  page = replaceOnce(
    page,
    /<script type="application\/ld\+json">[\s\S]*?<\/script>/,
    `<script type="application/ld+json">${JSON.stringify(storyJsonLd(timeline)).replace(/</g, '\\u003c')}</script>`,
    'JSON-LD',
  );
  for (const [attribute, name, value] of [
    ['name', 'description', description],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
  ] as const) {
    page = page.replace(
      new RegExp(`<meta ${attribute}="${name}" content="[^"]*"`),
      () => `<meta ${attribute}="${name}" content="${value}"`,
    );
  }
  // The built-in story's address is not this story's.
  return page.replace(/<meta property="og:url" content="[^"]*"\s*\/?>\n?/, '');
}
