// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { makeDisputedTimeline } from '../data/fixtures';
import type { Timeline } from '../data/schema';
import type { ImportProblem } from './imported';
import { createHtmlToText } from './htmlText';
import { importTimelineJS } from './timelineJs';
import { slideTextHtml, toTimelineJS } from './timelineJsExport';
import { STORY_KEY, type TimelineJSDocument } from './timelineJsFormat';
import { compiled, eventsById, unsourced } from './testing';

const htmlToText = createHtmlToText(window);
const options = { name: 'harbour-bridge.json', htmlToText };
/** An export as a file: what a person downloads, edits and brings back. */
const exported = (timeline: Timeline = makeDisputedTimeline()) => JSON.parse(JSON.stringify(toTimelineJS(timeline))) as TimelineJSDocument;

const TEXT_KEPT = 'its text was changed in TimelineJS3: the story keeps its own summary and quotes (edit them in the studio)';
const MEDIA_KEPT =
  'its media was changed in TimelineJS3: the story keeps its own origin link, credit and caption (edit them in the studio)';

/** The story with an era (its first event a backdrop) and a picture on "charges-filed". */
function withPicture(timeline: Timeline): Timeline {
  timeline.events[0] = { ...timeline.events[0]!, backdrop: true };
  timeline.events[2] = {
    ...timeline.events[2]!,
    origin: { link: 'https://example.org/court.jpg', credit: 'Photo: Court <pool>', caption: 'The court & the steps' },
  };
  return timeline;
}

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
        const recorded = document[STORY_KEY].files.story.events.find((event) => event.id === 'intrusion')!;
        Object.assign(recorded, { citations: [], unsourced: true });
        // The slide as the export writes the event now unsourced, so that only its dates differ.
        const sources = new Map(document[STORY_KEY].files.manifest.map((entry) => [entry.id, entry]));
        Object.assign(slideOf(document, 'intrusion'), {
          start_date: { year: 2022, month: 9 },
          end_date: { year: 2022, month: 9 },
          text: { ...slideOf(document, 'intrusion').text, text: slideTextHtml(recorded, sources) },
        });
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
        reason:
          '“The group starts targeting lawmakers” (campaign-begins) has no slide in this file: it is taken out of the story, with the links to it',
      },
    ]);
    expect(imported.removed).toEqual(['campaign-begins']);
    const result = compiled(imported.files);
    expect(result.events.map((event) => [event.id, event.relations])).toEqual([
      ['intrusion', undefined],
      ['charges-filed', undefined],
      ['embassy-denial', undefined],
    ]);
    expect(result.narratives).toEqual([{ id: 'tour', title: 'Tour', steps: [{ event: 'charges-filed' }] }]);
  });

  test.each<[string, Edit, ImportProblem[]]>([
    [
      'a slide’s text rewritten',
      (document) => (slideOf(document, 'intrusion').text.text = '<p>A summary of my own.</p>'),
      [{ where: 'events[0]', reason: TEXT_KEPT }],
    ],
    [
      'a slide’s text emptied',
      (document) => (slideOf(document, 'charges-filed').text.text = ''),
      [{ where: 'events[1]', reason: TEXT_KEPT }],
    ],
    [
      'an era’s text rewritten',
      (document) => (document.eras[0]!.text.text = '<p>Another summary.</p>'),
      [{ where: 'eras[0]', reason: TEXT_KEPT }],
    ],
    [
      'a picture given to a slide',
      (document) => (slideOf(document, 'intrusion').media = { url: 'https://example.org/servers.jpg', caption: 'The servers' }),
      [{ where: 'events[0]', reason: MEDIA_KEPT }],
    ],
    [
      'a slide’s picture taken away',
      (document) => delete slideOf(document, 'charges-filed').media,
      [{ where: 'events[1]', reason: MEDIA_KEPT }],
    ],
    [
      'a slide’s picture recaptioned',
      (document) => (slideOf(document, 'charges-filed').media!.caption = 'Another caption'),
      [{ where: 'events[1]', reason: MEDIA_KEPT }],
    ],
    [
      'text and picture both changed, and the headline too (which is taken)',
      (document) => {
        const slide = slideOf(document, 'charges-filed');
        Object.assign(slide, {
          text: { headline: 'Seven charged', text: '<p>Mine.</p>' },
          media: { url: 'https://example.org/other.jpg' },
        });
      },
      [
        { where: 'events[1]', reason: TEXT_KEPT },
        { where: 'events[1]', reason: MEDIA_KEPT },
      ],
    ],
    [
      'only markup and spacing changed, as an editor may: nothing to say',
      (document) => (slideOf(document, 'intrusion').text.text = slideOf(document, 'intrusion').text.text.replace(/></g, '>\n  <')),
      [],
    ],
  ])('%s: the story keeps its own, and says so', (_edit, edit, problems) => {
    const timeline = withPicture(makeDisputedTimeline());
    const document = exported(timeline);
    edit(document);
    const imported = importTimelineJS(document, options);
    expect(imported.problems).toEqual(problems);
    const back = compiled(imported.files);
    expect(back.events.map(({ summary, citations, origin }) => ({ summary, citations, origin }))).toEqual(
      timeline.events.map(({ summary, citations, origin }) => ({ summary, citations, origin })),
    );
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
