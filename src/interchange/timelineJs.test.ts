// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileTimeline } from '../../data/compile';
import { makeDisputedTimeline } from '../data/fixtures';
import type { CuratedEvent, Timeline } from '../data/schema';
import { createHtmlToText } from './htmlText';
import { ImportError } from './imported';
import { importTimelineJS, STORY_KEY, titleFromText, toTimelineJS, type TimelineJSDocument } from './timelineJs';

const htmlToText = createHtmlToText(window);
const options = { name: 'harbour-bridge.json', htmlToText };
const fixture = () =>
  JSON.parse(readFileSync('src/interchange/fixtures/timelinejs-harbour-bridge.json', 'utf8')) as Record<string, unknown>;
/** An export as a file: what a person downloads, edits and brings back. */
const exported = (timeline: Timeline = makeDisputedTimeline()) => JSON.parse(JSON.stringify(toTimelineJS(timeline))) as TimelineJSDocument;
const eventsById = (events: CuratedEvent[]) => new Map(events.map((event) => [event.id, event]));
const NOT_KEPT = '(not kept: our dates go no finer than the day)';

function compiled(files: Parameters<typeof compileTimeline>[0]): Timeline {
  const result = compileTimeline(files);
  expect(result).toMatchObject({ ok: true });
  if (!result.ok) throw new Error('does not compile');
  return result.timeline;
}

const unsourced: Pick<CuratedEvent, 'kinds' | 'citations' | 'unsourced'> = { kinds: ['event'], citations: [], unsourced: true };

describe('importTimelineJS: a newsroom’s TimelineJS3 file', () => {
  const imported = importTimelineJS(fixture(), options);
  const events = eventsById(imported.files.story.events);

  test('is a story of unsourced events that compiles as it is', () => {
    expect(imported.format).toBe('timelinejs');
    expect(compiled(imported.files).events).toHaveLength(9);
    expect(imported.files.manifest).toEqual([]);
    expect(imported.files.texts).toEqual({});
  });

  test('takes its title slide as the story’s title and description, its groups as lanes', () => {
    const { events: _events, ...story } = imported.files.story;
    expect(story).toEqual({
      title: 'The Harbour Bridge: from cracks to closure',
      description: 'How our year-long series (https://example.org/series/bridge) followed the bridge & its repairs.',
      actors: [],
      lanes: [
        { id: 'engineering', label: 'Engineering' },
        { id: 'council', label: 'Council' },
        { id: 'other', label: 'Other' },
        { id: 'eras', label: 'Eras' },
      ],
      kinds: [{ id: 'event', label: 'Event' }],
      landmarks: [
        { label: 'Before the closure', start: '2019', end: '2021-06' },
        { label: 'Closed', start: '2021-06-14', end: '2023' },
      ],
    });
  });

  test.each<[string, CuratedEvent]>([
    [
      'events[0]: a year, its unique_id made an id',
      {
        id: 'cracks-noted',
        title: 'Inspectors first note cracks',
        summary: 'An inspection report mentions hairline cracks in the north span.',
        start: '2019',
        dateBasis: 'Imported from TimelineJS3: year 2019.',
        lane: 'engineering',
        ...unsourced,
      },
    ],
    [
      'events[1]: a month given as strings, with a display date',
      {
        id: 'council-review',
        title: 'Council orders a review',
        summary: 'The council votes 7–2 for an independent review.',
        start: '2020-03',
        dateBasis: 'Imported from TimelineJS3: year 2020, month 3; shown there as “Spring 2020”.',
        lane: 'council',
        ...unsourced,
      },
    ],
    [
      'events[2]: days with times, HTML text with links, a quotation and a script, media',
      {
        id: 'closure-day',
        title: 'Bridge closed to traffic',
        summary:
          'Police closed the bridge at 9.30am. Read the order (https://example.org/closure-order).\n\n“We cannot take the risk.” — City engineer\n\nDiversions ran all week.',
        start: '2021-06-14',
        end: '2021-06-18',
        dateBasis: `Imported from TimelineJS3: year 2021, month 6, day 14, time 09:30 ${NOT_KEPT}; ends year 2021, month 6, day 18, time 17:00 ${NOT_KEPT}; its start shown as “14 June 2021, 9.30am”.`,
        lane: 'council',
        ...unsourced,
        origin: { link: 'https://example.org/images/closed.jpg', credit: 'Photo: J. Doe/Agency', caption: 'Barriers at the north end' },
      },
    ],
    [
      'events[6]: a unique_id already taken, an end before its start',
      {
        id: 'cracks-noted-2',
        title: 'Repairs begin',
        summary: 'Repairs begin',
        start: '2022-09',
        dateBasis: 'Imported from TimelineJS3: year 2022, month 9; ends year 2022, month 2, before its start, so the end was left out.',
        lane: 'engineering',
        ...unsourced,
      },
    ],
    [
      'events[8]: no headline, so its first sentence; no group, so the Other lane',
      {
        id: 'closure-day-2',
        title: 'The bridge reopened to buses and bicycles in the spring.',
        summary: 'The bridge reopened to buses and bicycles in the spring. Cars followed a month later.',
        start: '2023',
        dateBasis: 'Imported from TimelineJS3: year 2023.',
        lane: 'other',
        ...unsourced,
      },
    ],
    [
      'events[9]: embedded media that is not a web address',
      {
        id: 'inquiry-report-published',
        title: 'Inquiry report published',
        summary: 'Inquiry report published',
        start: '2023-05-02',
        dateBasis: 'Imported from TimelineJS3: year 2023, month 5, day 2.',
        lane: 'council',
        ...unsourced,
        origin: { caption: 'The report, embedded' },
      },
    ],
    [
      'events[12]: a blank unique_id, so an id from the title; alt text as the caption',
      {
        id: 'tolls-return',
        title: 'Tolls return',
        summary: 'Tolls return',
        start: '2024-01-09',
        dateBasis: 'Imported from TimelineJS3: year 2024, month 1, day 9.',
        lane: 'council',
        ...unsourced,
        origin: { link: 'https://example.org/images/toll.jpg', caption: 'A toll booth at dawn' },
      },
    ],
    [
      'eras[0]: a shaded period in a lane of its own, Eras',
      {
        id: 'before-the-closure',
        title: 'Before the closure',
        summary: 'Before the closure',
        start: '2019',
        end: '2021-06',
        dateBasis: 'Imported from TimelineJS3: year 2019; ends year 2021, month 6.',
        lane: 'eras',
        ...unsourced,
        backdrop: true,
      },
    ],
    [
      'eras[1]: with text',
      {
        id: 'closed',
        title: 'Closed',
        summary: 'The bridge carried no traffic.',
        start: '2021-06-14',
        end: '2023',
        dateBasis: 'Imported from TimelineJS3: year 2021, month 6, day 14; ends year 2023.',
        lane: 'eras',
        ...unsourced,
        backdrop: true,
      },
    ],
  ])('%s', (_slide, event) => {
    expect(events.get(event.id)).toEqual(event);
  });

  test('comes in slide order, then the eras', () => {
    expect(imported.files.story.events.map((event) => event.id)).toEqual([
      'cracks-noted',
      'council-review',
      'closure-day',
      'cracks-noted-2',
      'closure-day-2',
      'inquiry-report-published',
      'tolls-return',
      'before-the-closure',
      'closed',
    ]);
  });

  test('lists every slide it could not read, and what it left out, with its place', () => {
    const outOfRange =
      'start_date.year is -200: our dates hold the years 0 to 9999, so dates before the common era and on TimelineJS3’s cosmological scale cannot come in';
    expect(imported.problems).toEqual([
      { where: 'events[3]', reason: 'start_date is missing; the slide was left out' },
      { where: 'events[4]', reason: 'start_date.year is not a whole number: “c. 1990”; the slide was left out' },
      { where: 'events[5]', reason: 'start_date.month is 13, not a month (1 to 12); the slide was left out' },
      { where: 'events[6]', reason: 'end_date (February 2022) is before the start (September 2022); the end was left out' },
      { where: 'events[7]', reason: `${outOfRange}; the slide was left out` },
      {
        where: 'events[9]',
        reason:
          'media.url is not a web address (http:// or https://), so it was left out: “<iframe src="https://example.org/embed/report"></iframe>”',
      },
      { where: 'events[10]', reason: 'start_date.day is 30, but February 2023 has days 1 to 28; the slide was left out' },
      { where: 'events[11]', reason: 'has no text.headline or text.text; the slide was left out' },
      { where: 'eras[2]', reason: 'start_date.month is 0, not a month (1 to 12); the era was left out' },
    ]);
  });

  test('gives the same ids every time it is read, none twice', () => {
    const again = importTimelineJS(fixture(), options);
    const ids = again.files.story.events.map((event) => event.id);
    expect(ids).toEqual(imported.files.story.events.map((event) => event.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('importTimelineJS: the story around the slides', () => {
  const slide = (fields: Record<string, unknown> = {}) => ({
    start_date: { year: 2020 },
    text: { headline: 'Something happened' },
    ...fields,
  });

  test.each([
    [42, 'This is not a TimelineJS3 timeline: a TimelineJS3 file holds one JSON object with a list of events.'],
    [null, 'This is not a TimelineJS3 timeline: a TimelineJS3 file holds one JSON object with a list of events.'],
    ['{"events": []}', 'This is not a TimelineJS3 timeline: a TimelineJS3 file holds one JSON object with a list of events.'],
    [[slide()], 'This is not a TimelineJS3 timeline: a TimelineJS3 file holds one JSON object with a list of events.'],
    [{}, 'This is not a TimelineJS3 timeline: it has no list of events (“events”).'],
    [{ title: { text: { headline: 'Only a title' } } }, 'This is not a TimelineJS3 timeline: it has no list of events (“events”).'],
    [{ events: { 0: slide() } }, 'This is not a TimelineJS3 timeline: its “events” is not a list of slides.'],
  ])('%j is refused: %s', (json, message) => {
    expect(() => importTimelineJS(json, options)).toThrow(new ImportError(message));
  });

  test.each([
    [
      { events: [slide()] },
      'harbour-bridge.json',
      'harbour-bridge',
      'Imported from harbour-bridge.json.',
      'no title slide: the file’s name',
    ],
    [
      { title: { text: { text: '<p>Only text</p>' } }, events: [slide()] },
      'bridge.v2.json',
      'bridge.v2',
      'Only text',
      'a title slide with no headline',
    ],
    [
      { title: { text: { headline: 'Headline only' } }, events: [slide()] },
      'x.json',
      'Headline only',
      'Imported from x.json.',
      'a title slide with no text',
    ],
    [{ events: [slide()] }, '.json', 'Imported timeline', 'Imported from .json.', 'a file name with nothing before its extension'],
  ])('%j named %j is titled %j, described %j (%s)', (json, name, title, description, _note) => {
    const { story } = importTimelineJS(json, { name, htmlToText }).files;
    expect({ title: story.title, description: story.description }).toEqual({ title, description });
  });

  test('reports a title that is not a slide, and uses the file’s name', () => {
    const imported = importTimelineJS({ title: 'My timeline', events: [slide()] }, options);
    expect(imported.files.story.title).toBe('harbour-bridge');
    expect(imported.problems).toEqual([
      { where: 'title', reason: 'is not a slide, so the file’s name was used for the title: “My timeline”' },
    ]);
  });

  test.each([
    [[slide(), slide()], ['Events'], 'no slide has a group: one lane, Events'],
    [[slide({ group: 'Courts' }), slide()], ['Courts', 'Other'], 'some slides have a group: the rest go to Other'],
    [[slide({ group: ' <b>Courts</b> ' }), slide({ group: 'Courts' })], ['Courts'], 'a group’s markup and spaces are not part of its name'],
    [[slide({ group: 'A &amp;amp; B' })], ['A & B'], 'a group reads as TimelineJS3 shows it: its markup stripped, then shown as markup'],
    [[], ['Events'], 'no slides at all: still a lane for the events to come'],
  ])('lanes of %j: %j (%s)', (slides, labels) => {
    expect(importTimelineJS({ events: slides }, options).files.story.lanes.map((lane) => lane.label)).toEqual(labels);
  });

  test('puts eras in a lane of their own, and makes landmarks of them', () => {
    const { story } = importTimelineJS(
      {
        events: [slide({ group: 'Courts' })],
        eras: [{ start_date: { year: 2019 }, end_date: { year: 2020 }, text: { headline: 'Trial' } }],
      },
      options,
    ).files;
    expect(story.events[1]).toMatchObject({ id: 'trial', lane: 'eras', backdrop: true, start: '2019', end: '2020' });
    expect(story.landmarks).toEqual([{ label: 'Trial', start: '2019', end: '2020' }]);
  });

  test('reports eras that are not a list, and reads the slides', () => {
    const imported = importTimelineJS({ events: [slide()], eras: 'none' }, options);
    expect(imported.files.story.events).toHaveLength(1);
    expect(imported.problems).toEqual([{ where: 'eras', reason: 'is not a list, so no eras came in: “none”' }]);
  });

  test.each([
    [['Cracks Noted', 'cracks noted', 'CRACKS-NOTED'], ['cracks-noted', 'cracks-noted-2', 'cracks-noted-3'], 'duplicates once made safe'],
    [['slide_1', 'Slide 1!'], ['slide-1', 'slide-1-2'], 'punctuation'],
    [['Ça coûte', '東京'], ['ca-coute', 'something-happened'], 'accents dropped; no letters we keep, so the title'],
    [[7, undefined], ['7', 'something-happened'], 'a number, and none'],
  ])('unique_ids %j become ids %j (%s)', (uniqueIds, ids, _note) => {
    const events = uniqueIds.map((id) => slide(id === undefined ? {} : { unique_id: id }));
    expect(importTimelineJS({ events }, options).files.story.events.map((event) => event.id)).toEqual(ids);
  });

  test('keeps a slide with an unreadable end, without its end', () => {
    const imported = importTimelineJS({ events: [slide({ end_date: { year: 'soon' } })] }, options);
    expect(imported.files.story.events[0]).not.toHaveProperty('end');
    expect(imported.problems).toEqual([
      { where: 'events[0]', reason: 'end_date.year is not a whole number: “soon”; the end was left out' },
    ]);
  });

  test('reports a slide that is not one', () => {
    expect(importTimelineJS({ events: ['a slide', slide()] }, options).problems).toEqual([
      { where: 'events[0]', reason: 'is not a slide: “a slide”; the slide was left out' },
    ]);
  });

  test('reports every reason a slide cannot come in, at once', () => {
    expect(importTimelineJS({ events: [{ start_date: { year: 1990, month: 13 } }] }, options).problems).toEqual([
      {
        where: 'events[0]',
        reason: 'has no text.headline or text.text; start_date.month is 13, not a month (1 to 12); the slide was left out',
      },
    ]);
  });

  test('drops what is only presentation without a word: thumbnails, backgrounds, autolink, scale', () => {
    const imported = importTimelineJS(
      {
        scale: 'human',
        events: [
          slide({
            media: { url: 'https://example.org/a.jpg', thumbnail: 'https://example.org/t.jpg' },
            background: { color: '#000' },
            autolink: false,
          }),
        ],
      },
      options,
    );
    expect(imported.problems).toEqual([]);
    expect(imported.files.story.events[0]?.origin).toEqual({ link: 'https://example.org/a.jpg' });
  });
});

describe('titleFromText', () => {
  test.each([
    ['Short text', 'Short text', 'short enough as it is'],
    ['The bridge reopened to buses. Cars followed.', 'The bridge reopened to buses.', 'the first sentence'],
    [
      'U.S. officials said the bridge would reopen. Then it did.',
      'U.S. officials said the bridge would reopen.',
      'an abbreviation does not end it',
    ],
    [
      'A very long first sentence that keeps going well past the length a title on a timeline can have without wrapping',
      'A very long first sentence that keeps going well past the length a title on a…',
      'cut at a word',
    ],
  ])('%j → %j (%s)', (text, title) => {
    expect(titleFromText(text)).toBe(title);
  });
});

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

describe('a story exported to TimelineJS3 and brought back', () => {
  test('is the same story: it compiles to exactly the timeline it was', () => {
    const imported = importTimelineJS(exported(), options);
    expect(imported.problems).toEqual([]);
    expect(compiled(imported.files)).toEqual(makeDisputedTimeline());
  });

  test('with a backdrop that has no end: comes back with none', () => {
    const timeline = makeDisputedTimeline();
    timeline.events[0] = { ...timeline.events[0]!, backdrop: true };
    const imported = importTimelineJS(exported(timeline), options);
    expect(imported.problems).toEqual([]);
    expect(compiled(imported.files)).toEqual(timeline);
  });

  test('keeps its ids through every round, none doubled', () => {
    const once = compiled(importTimelineJS(exported(), options).files);
    const twice = compiled(importTimelineJS(exported(once), options).files);
    const ids = twice.events.map((event) => event.id);
    expect(ids).toEqual(makeDisputedTimeline().events.map((event) => event.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(twice).toEqual(once);
  });

  test('without the story it carries, still comes back with its ids, titles, dates and lanes', () => {
    const strip = (document: TimelineJSDocument) => {
      const { [STORY_KEY]: _story, ...plain } = document;
      return plain;
    };
    const once = compiled(importTimelineJS(strip(exported()), options).files);
    expect(once.events.map(({ id, title, start, end, lane }) => ({ id, title, start, end, lane }))).toEqual([
      { id: 'campaign-begins', title: 'The group starts targeting lawmakers', start: '2021', end: undefined, lane: 'united-states' },
      { id: 'intrusion', title: 'The intrusion', start: '2022-10', end: '2023', lane: 'united-kingdom' },
      { id: 'charges-filed', title: 'Seven people charged', start: '2024-03-25', end: undefined, lane: 'united-states' },
      { id: 'embassy-denial', title: 'The embassy denies it', start: '2024-03-26', end: undefined, lane: 'united-states' },
    ]);
    expect(once.events[1]?.dateBasis).toBe(
      'Imported from TimelineJS3: year 2022, month 10; ends year 2023; shown there as “before October 2022 – 2023”.',
    );
    const twice = compiled(importTimelineJS(strip(exported(once)), options).files);
    expect(twice.events.map((event) => event.id)).toEqual(once.events.map((event) => event.id));
  });

  type Edit = (document: TimelineJSDocument) => void;
  const slideOf = (document: TimelineJSDocument, id: string) => document.events.find((slide) => slide.unique_id === id)!;

  test.each<[string, Edit, (timeline: Timeline) => unknown, unknown]>([
    [
      'a headline rewritten: the title',
      (document) => (slideOf(document, 'intrusion').text.headline = 'The intrusion into the <em>network</em>'),
      (timeline) => timeline.events[1]?.title,
      'The intrusion into the network',
    ],
    [
      'the story’s headline rewritten: the story’s title',
      (document) => (document.title.text.headline = 'A retitled story'),
      (timeline) => timeline.title,
      'A retitled story',
    ],
    [
      'the title slide’s text rewritten: the description',
      (document) => (document.title.text.text = '<p>A new description.</p>'),
      (timeline) => timeline.description,
      'A new description.',
    ],
    [
      'a group changed to another lane’s label: that lane',
      (document) => (slideOf(document, 'intrusion').group = 'United States'),
      (timeline) => timeline.events[1]?.lane,
      'us',
    ],
    [
      'a group no lane has: a new lane',
      (document) => (slideOf(document, 'intrusion').group = 'Europe'),
      (timeline) => [timeline.lanes, timeline.events[1]?.lane],
      [
        [
          { id: 'us', label: 'United States' },
          { id: 'uk', label: 'United Kingdom' },
          { id: 'europe', label: 'Europe' },
        ],
        'europe',
      ],
    ],
    [
      'an unsourced event’s dates moved: the new dates, the old basis kept',
      (document) => {
        document[STORY_KEY].files.story.events.find((event) => event.id === 'intrusion')!.citations = [];
        document[STORY_KEY].files.story.events.find((event) => event.id === 'intrusion')!.unsourced = true;
        Object.assign(slideOf(document, 'intrusion'), { start_date: { year: 2022, month: 9 }, end_date: { year: 2022, month: 9 } });
      },
      (timeline) => {
        const { start, end, qualifier, dateBasis } = timeline.events.find((event) => event.id === 'intrusion')!;
        return { start, end, qualifier, dateBasis };
      },
      {
        start: '2022-09',
        end: undefined,
        qualifier: undefined,
        dateBasis:
          "Imported from TimelineJS3: year 2022, month 9; shown there as “before October 2022 – 2023”. The story had “before October 2022 – 2023”: 'before October 2022 and lasted into 2023' (wire).",
      },
    ],
    [
      'a slide added: a new unsourced event, in the lane its group names, of a kind the story now has',
      (document) =>
        document.events.push({
          unique_id: 'Extradition',
          start_date: { year: 2024, month: 4 },
          display_date: 'April 2024',
          group: 'United Kingdom',
          text: { headline: 'Extradition requested', text: '<p>Britain asks for two of the seven.</p>' },
        }),
      (timeline) => [timeline.kinds.map((kind) => kind.id), timeline.events.at(-1)],
      [
        ['breach', 'charges', 'denial', 'event'],
        {
          id: 'extradition',
          title: 'Extradition requested',
          summary: 'Britain asks for two of the seven.',
          start: '2024-04',
          dateBasis: 'Imported from TimelineJS3: year 2024, month 4.',
          lane: 'uk',
          ...unsourced,
        },
      ],
    ],
    [
      'a slide copied under the same id: the copy is a new event, the first keeps the id',
      (document) => document.events.push({ ...slideOf(document, 'charges-filed'), text: { headline: 'A copy', text: '' } }),
      (timeline) =>
        timeline.events.filter((event) => event.start === '2024-03-25').map(({ id, title, unsourced }) => ({ id, title, unsourced })),
      [
        { id: 'charges-filed', title: 'Seven people charged', unsourced: undefined },
        { id: 'charges-filed-2', title: 'A copy', unsourced: true },
      ],
    ],
    [
      'an era added: a backdrop and a landmark',
      (document) =>
        document.eras.push({
          unique_id: 'trial',
          start_date: { year: 2025 },
          end_date: { year: 2026 },
          text: { headline: 'The trial', text: '' },
        }),
      (timeline) => [timeline.events.at(-1)?.backdrop, timeline.landmarks],
      [true, [{ label: 'The trial', start: '2025', end: '2026' }]],
    ],
  ])('%s', (_edit, edit, pick, expected) => {
    const document = exported();
    edit(document);
    const imported = importTimelineJS(document, options);
    expect(imported.problems).toEqual([]);
    expect(pick(compiled(imported.files))).toEqual(expected);
  });

  test('a headline rewritten where the event has a short title: the short title goes, as it said the old title', () => {
    const timeline = makeDisputedTimeline();
    timeline.events[2] = { ...timeline.events[2]!, shortTitle: 'Seven charged' };
    const unchanged = compiled(importTimelineJS(exported(timeline), options).files);
    expect(unchanged.events[2]?.shortTitle).toBe('Seven charged');
    const document = exported(timeline);
    slideOf(document, 'charges-filed').text.headline = 'Eight people charged';
    const edited = compiled(importTimelineJS(document, options).files).events[2];
    expect(edited).toMatchObject({ title: 'Eight people charged' });
    expect(edited).not.toHaveProperty('shortTitle');
  });

  test('a sourced event’s dates moved: taken, and the journalist asked to check them against its articles', () => {
    const document = exported();
    slideOf(document, 'campaign-begins').start_date = { year: 2020 };
    const imported = importTimelineJS(document, options);
    expect(imported.problems).toEqual([
      { where: 'events[0]', reason: 'the date was changed from “2021” to “2020”: check it against the articles the event cites' },
    ]);
    expect(compiled(imported.files).events[0]).toMatchObject({ id: 'campaign-begins', start: '2020' });
  });

  test('a slide removed: its event goes, with the links and narrative steps that named it', () => {
    const timeline = makeDisputedTimeline({
      narratives: [{ id: 'tour', title: 'Tour', steps: [{ event: 'campaign-begins' }, { event: 'charges-filed' }] }],
    });
    const document = exported(timeline);
    document.events = document.events.filter((slide) => slide.unique_id !== 'campaign-begins');
    const imported = importTimelineJS(document, options);
    expect(imported.problems).toEqual([
      {
        where: STORY_KEY,
        reason: '“The group starts targeting lawmakers” (campaign-begins) has no slide any more, so it was left out of the story',
      },
    ]);
    const result = compiled(imported.files);
    expect(result.events.map((event) => [event.id, event.relations])).toEqual([
      ['intrusion', undefined],
      ['charges-filed', undefined],
      ['embassy-denial', undefined],
    ]);
    expect(result.narratives).toEqual([{ id: 'tour', title: 'Tour', steps: [{ event: 'charges-filed' }] }]);
  });

  test('a slide broken: its event is kept as the story had it', () => {
    const document = exported();
    slideOf(document, 'charges-filed').start_date = { year: 'soon' } as never;
    const imported = importTimelineJS(document, options);
    expect(imported.problems).toEqual([
      { where: 'events[2]', reason: 'start_date.year is not a whole number: “soon”; the story’s event was kept as it was' },
    ]);
    expect(compiled(imported.files)).toEqual(makeDisputedTimeline());
  });

  test('a story it carries that is not whole: reported, and the slides read on their own', () => {
    const document = exported();
    (document[STORY_KEY] as { version: number }).version = 2;
    const imported = importTimelineJS(document, options);
    expect(imported.problems).toEqual([
      {
        where: STORY_KEY,
        reason: 'is not a story this app can read back (version: Invalid input: expected 1), so the slides were read on their own',
      },
    ]);
    expect(imported.files.story.events.every((event) => event.unsourced)).toBe(true);
  });

  test('an event it carries that is not whole: reported, and its slide read on its own', () => {
    const document = exported();
    document[STORY_KEY].files.story.events[0]!.start = 'soon';
    const imported = importTimelineJS(document, options);
    expect(imported.problems).toEqual([
      {
        where: `${STORY_KEY}.files.story.events[0]`,
        reason: 'is not an event this app can read back: its slide, if any, was read on its own',
      },
    ]);
    expect(eventsById(imported.files.story.events).get('campaign-begins')).toMatchObject({ unsourced: true, start: '2021', lane: 'us' });
  });
});
