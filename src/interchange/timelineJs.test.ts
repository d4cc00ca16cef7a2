// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CuratedEvent } from '../data/schema';
import { createHtmlToText } from './htmlText';
import { ImportError } from './imported';
import { importTimelineJS } from './timelineJs';
import { compiled, eventsById, unsourced } from './testing';

const htmlToText = createHtmlToText(window);
const options = { name: 'harbour-bridge.json', htmlToText };
const fixture = () =>
  JSON.parse(readFileSync('src/interchange/fixtures/timelinejs-harbour-bridge.json', 'utf8')) as Record<string, unknown>;
const NOT_KEPT = '(not kept: our dates go no finer than the day)';

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
