/**
 * What the page says about its story before any script runs, for link previews, search
 * engines and reader modes: the title, a description from the standfirst, Open Graph and
 * Twitter card tags, and the chronology as schema.org JSON-LD (an ItemList of Events, each
 * with its dates and the articles that report it). Written into index.html at build time
 * (and by the dev server), from the same compiled story the app reads.
 */
import type { HtmlTagDescriptor } from 'vite';
import type { Timeline } from '../src/data/schema.ts';
import { storyItemList } from '../src/interchange/jsonLd.ts';

/** The page's title: the story's, as the app keeps it while nothing is open (StoryView), so it does not change as the page starts. */
export function pageTitle(timeline: Timeline): string {
  return timeline.title;
}

/** The story as schema.org JSON-LD: an ItemList of its events, in time order (the export's chronology, on its own). */
export function storyJsonLd(timeline: Timeline): object {
  return { '@context': 'https://schema.org', ...storyItemList(timeline) };
}

/** JSON that no text in it can end the element it is written into. */
const inert = (value: object) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The head tags for the story's page; `siteUrl` (where the site lives) gives og:url when known. */
export function pageHeadTags(timeline: Timeline, siteUrl: string): HtmlTagDescriptor[] {
  const meta = (attrs: Record<string, string>): HtmlTagDescriptor => ({ tag: 'meta', attrs, injectTo: 'head' });
  return [
    { tag: 'title', children: pageTitle(timeline), injectTo: 'head' },
    meta({ name: 'description', content: timeline.description }),
    meta({ property: 'og:type', content: 'article' }),
    meta({ property: 'og:title', content: timeline.title }),
    meta({ property: 'og:description', content: timeline.description }),
    ...(siteUrl ? [meta({ property: 'og:url', content: siteUrl })] : []),
    meta({ name: 'twitter:card', content: 'summary' }),
    meta({ name: 'twitter:title', content: timeline.title }),
    meta({ name: 'twitter:description', content: timeline.description }),
    // Data, never run: a browser does not execute JSON-LD, and the page's policy has no say over it.
    { tag: 'script', attrs: { type: 'application/ld+json' }, children: inert(storyJsonLd(timeline)), injectTo: 'head' },
  ];
}
