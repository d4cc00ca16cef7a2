import { describe, expect, test } from 'vitest';
import { withPrerenderedStory } from '../../data/prerender';
import { pageHeadTags } from '../../data/pageHead';
import { INLINE_TIMELINE_ID } from '../data/contract';
import { makeTimeline } from '../data/fixtures';
import type { Timeline } from '../data/schema';
import { OfflinePageShapeError, withStoryInOfflinePage } from './offlinePage';

/** A page shaped as the build makes it, from the build's own functions: head tags, the story inside, the drawn pages. */
function builtPage(story: Timeline): string {
  const head = pageHeadTags(story, 'https://news.example/')
    .map(({ tag, attrs, children }) => {
      const attributes = Object.entries(attrs ?? {})
        .map(([name, value]) => ` ${name}="${String(value)}"`)
        .join('');
      return tag === 'meta' ? `<meta${attributes}>` : `<${tag}${attributes}>${typeof children === 'string' ? children : ''}</${tag}>`;
    })
    .join('\n');
  const html = `<!doctype html><html><head>${head}<script type="application/json" id="${INLINE_TIMELINE_ID}">${JSON.stringify(story)}</script></head><body><div id="root"></div><noscript>Needs script.</noscript><script>const s = "</template>";</script></body></html>`;
  return withPrerenderedStory(
    html,
    {
      variants: { page: '<p>Built-in page</p>', 'page-phone': '<p>phone</p>', embed: '<p>embed</p>', 'embed-phone': '<p>embed phone</p>' },
      chronology: '<p>Built-in chronology</p>',
    },
    { css: '#root{display:none}' },
  );
}

describe('the offline page with the studio’s story in it', () => {
  const builtIn = makeTimeline();
  const mine: Timeline = { ...makeTimeline(), title: 'My story <script>', description: 'What “we” report & more.' };
  const page = withStoryInOfflinePage(builtPage(builtIn), mine);

  test('carries the new story, inert, where the built-in one was', () => {
    const inside = new RegExp(`<script type="application/json" id="${INLINE_TIMELINE_ID}">([\\s\\S]*?)</script>`).exec(page)![1]!;
    expect(JSON.parse(inside)).toEqual(mine);
    expect(inside).not.toContain('<');
  });

  test('keeps none of the built-in story’s drawn pages, and leaves the page’s code alone', () => {
    expect(page).toContain('<div id="root"></div>');
    expect(page).not.toMatch(/Built-in|<template|data-prerendered/);
    expect(page).toContain('<script>const s = "</template>";</script>');
  });

  test('says in its head what the new story is, escaped', () => {
    expect(page).toContain('<title>My story &lt;script&gt;</title>');
    expect(page).toContain('<meta property="og:title" content="My story &lt;script&gt;"');
    expect(page).toContain('<meta name="description" content="What “we” report &amp; more."');
    expect(page).not.toContain('og:url');
    expect(page).toContain('"name":"My story \\u003cscript>"');
  });

  test('a page of another shape is refused with a reason, not half rewritten', () => {
    expect(() => withStoryInOfflinePage('<html><body></body></html>', mine)).toThrow(OfflinePageShapeError);
  });
});
