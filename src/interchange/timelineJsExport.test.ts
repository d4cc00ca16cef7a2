// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { makeDisputedTimeline } from '../data/fixtures';
import type { Timeline } from '../data/schema';
import { createHtmlToText } from './htmlText';
import { toTimelineJS } from './timelineJsExport';
import type { TimelineJSDocument } from './timelineJsFormat';

const htmlToText = createHtmlToText(window);
/** An export as a file: what a person downloads, edits and brings back. */
const exported = (timeline: Timeline = makeDisputedTimeline()) => JSON.parse(JSON.stringify(toTimelineJS(timeline))) as TimelineJSDocument;

describe('toTimelineJS', () => {
  const document = toTimelineJS(makeDisputedTimeline());

  test('opens with a title slide of the story’s title, description, update and corrections', () => {
    expect(document.title).toEqual({
      unique_id: 'title',
      text: {
        headline: 'A small test story',
        text: '<p>Four events from two short articles, one of them a denial.</p><p><em>Updated 28 March 2024.</em></p><p><em>Correction, 28 March 2024:</em> An earlier version gave the wrong date for the denial.</p>',
      },
    });
  });

  test('makes each event a slide, its dates at its precision, its lane a group', () => {
    expect(document.events.map(({ text: _text, ...slide }) => slide)).toEqual([
      { unique_id: 'campaign-begins', start_date: { year: 2021 }, display_date: '2021', group: 'United States' },
      {
        unique_id: 'intrusion',
        start_date: { year: 2022, month: 10 },
        end_date: { year: 2023 },
        display_date: 'before October 2022 – 2023',
        group: 'United Kingdom',
      },
      { unique_id: 'charges-filed', start_date: { year: 2024, month: 3, day: 25 }, display_date: '25 March 2024', group: 'United States' },
      { unique_id: 'embassy-denial', start_date: { year: 2024, month: 3, day: 26 }, display_date: '26 March 2024', group: 'United States' },
    ]);
  });

  test('writes a slide’s text as its summary, the articles’ words and who printed them, and where they differ', () => {
    expect(document.events[2]?.text).toEqual({
      headline: 'Seven people charged',
      text: [
        '<p>Prosecutors charged seven people over the campaign.</p>',
        '<blockquote>“Prosecutors on Monday charged seven people”</blockquote><p>— Wire report, WASHINGTON (March 25)</p>',
        '<blockquote>“Seven people were charged over a decade-long campaign on 25 March 2024.”</blockquote><p>— Brief report (no byline)</p>',
        '<p><strong>Reports differ: Length of the campaign</strong></p><p>One report says 14 years, the other a decade.</p>',
        '<blockquote>“a 14-year campaign”</blockquote><p>— Wire report, WASHINGTON (March 25)</p>',
        '<blockquote>“a decade-long campaign”</blockquote><p>— Brief report (no byline)</p>',
        '<p><em>Correction, 27 March 2024:</em> An earlier version said eight people were charged.</p>',
      ].join(''),
    });
    expect(document.events[3]?.text.text).toContain('<p><em>Not from the articles:</em> The embassy has denied similar claims before.</p>');
  });

  test('links an article that has an address, says so of an unsourced event, and gives its media back', () => {
    const timeline = makeDisputedTimeline();
    timeline.sources[0]!.url = 'https://example.org/wire?id=1&page=2';
    timeline.events[0] = {
      ...timeline.events[0]!,
      citations: [],
      unsourced: true,
      origin: { link: 'https://example.org/photo.jpg', credit: 'Photo: Agency', caption: 'A caption' },
    };
    const { events } = toTimelineJS(timeline);
    expect(events[0]?.text.text).toBe('<p>Officials say the group began targeting lawmakers.</p><p>No source article yet.</p>');
    expect(events[0]?.media).toEqual({ url: 'https://example.org/photo.jpg', credit: 'Photo: Agency', caption: 'A caption' });
    expect(events[1]?.text.text).toContain(
      '<p>— <a href="https://example.org/wire?id=1&amp;page=2">Wire report, WASHINGTON (March 25)</a></p>',
    );
  });

  test('makes backdrops eras', () => {
    const timeline = makeDisputedTimeline();
    timeline.events[1] = { ...timeline.events[1]!, backdrop: true };
    const { events, eras } = toTimelineJS(timeline);
    expect(events.map((slide) => slide.unique_id)).not.toContain('intrusion');
    expect(eras).toEqual([
      {
        unique_id: 'intrusion',
        start_date: { year: 2022, month: 10 },
        end_date: { year: 2023 },
        text: { headline: 'The intrusion', text: '<p>The intrusion began before October 2022 and lasted into 2023.</p>' },
      },
    ]);
  });

  // TimelineJS3 drops an era's end equal to its start, and then refuses the era.
  test.each([
    ['2021', { year: 2022 }],
    ['2022-10', { year: 2022, month: 11 }],
    ['2022-12', { year: 2023, month: 1 }],
    ['2024-02-28', { year: 2024, month: 2, day: 29 }],
    ['2024-02-29', { year: 2024, month: 3, day: 1 }],
    ['2023-12-31', { year: 2024, month: 1, day: 1 }],
    ['0099-12-31', { year: 100, month: 1, day: 1 }],
  ])('ends a backdrop starting %j with no end where the next period begins: %j', (start, end) => {
    const timeline = makeDisputedTimeline();
    const { end: _end, qualifier: _qualifier, ...event } = timeline.events[1]!;
    timeline.events[1] = { ...event, start, backdrop: true };
    expect(toTimelineJS(timeline).eras[0]?.end_date).toEqual(end);
  });

  test('gives the title slide an id no slide has', () => {
    const timeline = makeDisputedTimeline();
    timeline.events[0] = { ...timeline.events[0]!, id: 'title' };
    expect(toTimelineJS(timeline).title.unique_id).toBe('title-2');
  });

  test('never puts a word of the story into HTML unescaped', () => {
    const hostile = '<img src=x onerror="alert(1)"> & <script>alert(2)</script>';
    const timeline = makeDisputedTimeline({ title: hostile, description: hostile });
    timeline.lanes[0]!.label = hostile;
    timeline.sources[0]!.label = hostile;
    timeline.sources[0]!.url = 'https://example.org/"><script>alert(3)</script>';
    timeline.events[0] = { ...timeline.events[0]!, title: hostile, summary: hostile, outsideKnowledge: hostile };
    timeline.events[2]!.discrepancies![0]!.topic = hostile;
    const { title, events } = toTimelineJS(timeline);
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;
    const tags = (html: string) => [...parse(html).querySelectorAll('*')].map((element) => element.tagName.toLowerCase());
    for (const html of [title.text.headline, title.text.text, ...events.flatMap((slide) => [slide.text.headline, slide.text.text])]) {
      expect(tags(html).filter((tag) => !['p', 'em', 'strong', 'blockquote', 'a'].includes(tag))).toEqual([]);
    }
    expect(htmlToText(title.text.headline)).toBe(hostile);
    expect(htmlToText(events[0]!.text.text)).toContain(hostile);
    // TimelineJS3 strips a group of markup, then writes what is left into the page as markup.
    const shownByTimelineJS = (value: string) => parse(parse(value).textContent ?? '');
    expect(tags(shownByTimelineJS(events[0]!.group).innerHTML)).toEqual([]);
    expect(shownByTimelineJS(events[0]!.group).textContent).toBe(hostile);
    expect(parse(events[1]!.text.text).querySelector('a')?.getAttribute('href')).toBe('https://example.org/"><script>alert(3)</script>');
  });

  test('is read by TimelineJS3 itself without an error, each slide under its own id', async () => {
    // TimelineJS3 ships no types: its reader is loaded by a name the type checker does not follow.
    const reader = '@knight-lab/timelinejs/src/js/core/TimelineConfig.js';
    const { TimelineConfig } = (await import(/* @vite-ignore */ reader)) as {
      TimelineConfig: new (data: unknown) => {
        validate(): void;
        messages: { errors: unknown[] };
        events: { unique_id: string; group: string }[];
      };
    };
    const timeline = makeDisputedTimeline();
    timeline.events[0] = { ...timeline.events[0]!, backdrop: true };
    const config = new TimelineConfig(exported(timeline));
    config.validate();
    expect(config.messages.errors).toEqual([]);
    expect(config.events.map((slide) => [slide.unique_id, slide.group])).toEqual([
      ['intrusion', 'United Kingdom'],
      ['charges-filed', 'United States'],
      ['embassy-denial', 'United States'],
    ]);
  });
});
