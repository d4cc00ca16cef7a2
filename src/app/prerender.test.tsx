// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { act } from 'react';
import { hydrateRoot, type Root as ReactRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { formatDateRange } from '../data/dates';
import { makeDisputedTimeline } from '../data/fixtures';
import { timelineQueryOptions } from '../data/timelineQuery';
import { drawAhead, drawLive } from '../lib/drawnAhead';
import { drawForMedia } from '../lib/useMediaQuery';
import { loadVisTimeline } from '../timeline/loadVisTimeline';
import { fakeMatchMedia } from '../test/fakeMatchMedia';
import { prerenderStory, variantOptions } from './prerender';
import { PRERENDERED_ATTRIBUTE, PRERENDERED_VARIANTS, SKETCH_WIDTHS, variantMedia, type PrerenderedVariant } from './prerenderContract';
import { Root } from './Root';

// vis-timeline needs a browser's layout; every call to the adapter does nothing here.
vi.mock('../timeline/visTimeline', () => ({
  VisTimeline: class {
    constructor() {
      return new Proxy(this, { get: () => () => undefined });
    }
  },
}));

const story = makeDisputedTimeline();
let mounted: ReactRoot | undefined;
// As the page asks for it before it hydrates (main.tsx): the timeline is made as it mounts.
beforeAll(() => loadVisTimeline());
afterEach(() => {
  act(() => mounted?.unmount());
  mounted = undefined;
  document.body.innerHTML = '';
  drawForMedia({});
  drawLive();
});

describe('prerenderStory', () => {
  test.each(Object.keys(PRERENDERED_VARIANTS) as PrerenderedVariant[])(
    'the prerendered "%s" is the page the browser hydrates on its screen: no mismatch, no recoverable error, nothing logged',
    async (variant) => {
      const { variants } = await prerenderStory(story);
      document.body.innerHTML = `<div id="root" ${PRERENDERED_ATTRIBUTE}="${variant}">${variants[variant]}</div>`;
      const container = document.getElementById('root')!;
      const before = container.innerHTML;
      // The screen the variant is for, as the page-start script chose it.
      fakeMatchMedia(new Set(Object.entries(variantMedia(variant)).flatMap(([query, matches]) => (matches ? [query] : []))));
      const client = new QueryClient();
      client.setQueryData(timelineQueryOptions().queryKey, story);
      const recoverable = vi.fn();
      const logged = vi.spyOn(console, 'error');

      drawAhead(variantMedia(variant));
      await act(async () => {
        mounted = hydrateRoot(container, <Root client={client} options={variantOptions(variant)} />, { onRecoverableError: recoverable });
      });

      expect(recoverable).not.toHaveBeenCalled();
      // Both of React's renderers run in this one test process, which only its development build notes; a browser runs one.
      const bothRenderers = /multiple renderers concurrently rendering the same context provider/;
      expect(logged.mock.calls.filter(([message]) => !bothRenderers.test(String(message)))).toEqual([]);
      // Hydrated, not drawn anew: the timeline's element the build wrote is the one React now owns.
      const drawn = new DOMParser().parseFromString(before, 'text/html');
      expect(drawn.querySelector('.timeline, .vtimeline')).not.toBeNull();
      expect(container.querySelector('.timeline, .vtimeline')?.outerHTML.slice(0, 60)).toBe(
        drawn.querySelector('.timeline, .vtimeline')?.outerHTML.slice(0, 60),
      );
    },
  );

  test('each variant is drawn for its screen: the phone pages with the vertical timeline, the embeds without the masthead', async () => {
    const { variants } = await prerenderStory(story);
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    expect(parse(variants.page).querySelector('.timeline__canvas')).not.toBeNull();
    expect(parse(variants['page-phone']).querySelector('.timeline__canvas')).toBeNull();
    expect(parse(variants['page-phone']).querySelectorAll('.vtimeline [data-event-id], .vtimeline button').length).toBeGreaterThan(0);
    expect(parse(variants.embed).querySelector('.story--embed')).not.toBeNull();
    expect(parse(variants['embed-phone']).querySelector('.story--embed')).not.toBeNull();
    expect(parse(variants.page).querySelector('h1')?.textContent).toBe(story.title);
  });

  test("the page has the headline, the standfirst, the toolbar, the timeline's first screen and every event in order, and no script", async () => {
    const { variants } = await prerenderStory(story);
    const root = variants.page;
    document.body.innerHTML = root;
    expect(document.querySelector('h1')?.textContent).toBe(story.title);
    expect(document.body.textContent).toContain(story.description);
    expect(document.querySelector('[role="tablist"]')).not.toBeNull();
    expect(document.querySelector('.timeline__canvas--undrawn.timeline__canvas--sketched')).not.toBeNull();
    // One first screen per width it is drawn for, each with every event's label, and no style attribute (the policy has none).
    const sketches = [...document.querySelectorAll('.tl-sketch')];
    expect(sketches).toHaveLength(SKETCH_WIDTHS.page.length);
    for (const sketch of sketches) {
      const drawn = [...sketch.querySelectorAll('[data-sketched-id]')].map((label) => label.getAttribute('data-sketched-id')).sort();
      expect(drawn).toEqual(story.events.map((event) => event.id).sort());
    }
    expect(root).not.toMatch(/\sstyle=/);
    const listed = [...document.querySelectorAll('button[data-event-id]')].map((button) => button.getAttribute('data-event-id'));
    expect(listed).toEqual(story.events.map((event) => event.id));
    expect(root).not.toMatch(/<script|<template/);
  });

  test('the chronology for a browser without script has every event with its date, summary, sources, quotes and disagreements', async () => {
    const { chronology } = await prerenderStory(story);
    document.body.innerHTML = chronology;
    const events = [...document.querySelectorAll('article')];
    expect(events).toHaveLength(story.events.length);
    story.events.forEach((event, index) => {
      const text = events[index]!.textContent ?? '';
      expect(text).toContain(event.title);
      expect(text).toContain(formatDateRange(event.start, event.end, event.qualifier));
      expect(text).toContain(event.summary);
      for (const citation of event.citations) {
        expect(text).toContain(story.sources.find((source) => source.id === citation.source)!.label);
        expect(text).toContain(citation.quote);
      }
      for (const discrepancy of event.discrepancies ?? []) expect(text).toContain(discrepancy.note);
    });
    expect(story.events.some((event) => (event.discrepancies ?? []).length > 0)).toBe(true);
    expect(chronology).not.toMatch(/<script|<template/);
  });
});
