// @vitest-environment jsdom
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { compileStoryDir } from '../../data/readStory';
import { curatedFromTimeline } from '../data/curatedFromTimeline';
import { makeCuratedFiles, makeDisputedTimeline } from '../data/fixtures';
import type { CuratedFiles, Timeline } from '../data/schema';
import { EXPORT_FORMATS, type ExportFormatName } from './exportFormats';
import { createHtmlToText } from './htmlText';
import { importBytes, importFile, WINDOWS_1252_PROBLEM } from './importFile';
import { ImportError } from './imported';
import { compiled, fixture } from './testing';

const htmlToText = createHtmlToText(window);

/** The story with its articles and its headline, but no events: where an export is brought back. */
function withoutEvents(files: CuratedFiles): CuratedFiles {
  return { ...files, story: { ...files.story, events: [] } };
}

/** The built-in story's compiled timeline, as the build makes it. */
function builtInStory(): Timeline {
  const result = compileStoryDir('data', { requireSources: true });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.timeline;
}

const FORMATS: ExportFormatName[] = ['timelinejs', 'timelinejs-csv', 'csv'];

describe('importFile tells the format from the contents', () => {
  test.each<[string, string, string]>([
    ['TimelineJS3 JSON', 'timelinejs-harbour-bridge.json', 'timelinejs'],
    ['the TimelineJS3 spreadsheet', 'timelinejs-spreadsheet.csv', 'timelinejs-csv'],
    ['the older TimelineJS3 spreadsheet', 'timelinejs-older-template.csv', 'timelinejs-csv'],
    ['a spreadsheet of our fields', 'story-spreadsheet.csv', 'csv'],
  ])('%s', (_what, name, format) => {
    const imported = importFile(name, fixture(name), { htmlToText });
    expect(imported.format).toBe(format);
    expect(imported.files.story.events.length).toBeGreaterThan(0);
  });

  test('the TimelineJS3 spreadsheet saved as tab-separated values (.tsv): as the same sheet saved as CSV', () => {
    const csv = fixture('timelinejs-spreadsheet.csv');
    const tsv = Papa.unparse(Papa.parse<string[]>(csv, { delimiter: ';' }).data, { delimiter: '\t', newline: '\r\n' });
    const imported = importFile('timeline.tsv', tsv, { htmlToText });
    expect(imported.format).toBe('timelinejs-csv');
    expect(imported.files).toEqual(importFile('timeline.csv', csv, { htmlToText }).files);
  });

  test('our own published document', () => {
    const imported = importFile('timeline.json', JSON.stringify(makeDisputedTimeline()), { htmlToText });
    expect(imported.format).toBe('story');
    expect(compiled(imported.files)).toEqual(makeDisputedTimeline());
  });

  test.each<[string, string, RegExp]>([
    ['an empty file', '  ', /is empty/],
    ['JSON of no known shape', '{"a": 1}', /neither a TimelineJS3 timeline .* nor a published timeline/],
    ['broken JSON', '{"events": [', /not JSON|JSON/],
    [
      'text that is no table',
      'Notes from the call\nThe mayor said no\n',
      /^file\.json is neither a TimelineJS3 timeline nor a spreadsheet with a header row: .* such as Title and Start, or TimelineJS3’s Headline and Year\.$/,
    ],
    ['a published timeline with problems', JSON.stringify({ ...makeDisputedTimeline(), events: [] }), /published timeline with problems/],
  ])('%s is refused with a sentence', (_what, text, message) => {
    expect(() => importFile('file.json', text, { htmlToText })).toThrow(ImportError);
    expect(() => importFile('file.json', text, { htmlToText })).toThrow(message);
  });
});

describe('round trips: what we export comes back as the same story', () => {
  test.each(FORMATS)('%s, brought into the story without its events', (format) => {
    const timeline = makeDisputedTimeline();
    const files = makeCuratedFiles('disputed');
    const exported = EXPORT_FORMATS[format].write(timeline);
    const back = importFile(EXPORT_FORMATS[format].file, exported, { htmlToText, into: withoutEvents(files) });
    expect(back.problems).toEqual([]);
    expect(compiled(back.files)).toEqual(timeline);
  });

  test.each(FORMATS)('%s, imported into the story itself, changes nothing: ids are stable', (format) => {
    const timeline = makeDisputedTimeline();
    const files = curatedFromTimeline(timeline);
    const back = importFile(EXPORT_FORMATS[format].file, EXPORT_FORMATS[format].write(timeline), { htmlToText, into: files });
    expect([back.added, back.updated]).toEqual([[], []]);
    expect(compiled(back.files)).toEqual(timeline);
  });

  test.each(FORMATS)('%s, the built-in story', (format) => {
    const timeline = builtInStory();
    const back = importFile(EXPORT_FORMATS[format].file, EXPORT_FORMATS[format].write(timeline), {
      htmlToText,
      into: withoutEvents(curatedFromTimeline(timeline)),
    });
    expect(back.problems).toEqual([]);
    expect(compiled(back.files)).toEqual(timeline);
  });

  test('TimelineJS3 JSON with a slide deleted, brought into the story that has its event: the event goes, and the links to it', () => {
    const timeline = makeDisputedTimeline();
    const document = JSON.parse(EXPORT_FORMATS.timelinejs.write(timeline)) as { events: { unique_id: string }[] };
    document.events = document.events.filter((slide) => slide.unique_id !== 'campaign-begins');
    const back = importFile('story.json', JSON.stringify(document), { htmlToText, into: curatedFromTimeline(timeline) });
    expect(back.problems).toEqual([
      {
        where: 'news_timeline',
        reason:
          '“The group starts targeting lawmakers” (campaign-begins) has no slide in this file: it is taken out of the story, with the links to it',
      },
    ]);
    expect(back.removed).toEqual(['campaign-begins']);
    const result = compiled(back.files);
    expect(result.events.map((event) => event.id)).toEqual(['intrusion', 'charges-filed', 'embassy-denial']);
    // The links that named it went with it; every other link is kept.
    expect(result.events.flatMap((event) => event.relations ?? [])).toEqual([]);
  });

  test('an event added in the studio since the export stays when the export comes back', () => {
    const timeline = makeDisputedTimeline();
    const exported = EXPORT_FORMATS.timelinejs.write(timeline);
    const since = curatedFromTimeline(timeline);
    since.story.events.push({ ...since.story.events[0]!, id: 'added-since', title: 'Added since' });
    const back = importFile('story.json', exported, { htmlToText, into: since });
    expect(back.removed).toEqual([]);
    expect(back.files.story.events.map((event) => event.id)).toContain('added-since');
  });

  test('TimelineJS3 JSON brings the whole story with it, articles and all, into an empty studio', () => {
    const timeline = makeDisputedTimeline();
    const back = importFile('story.json', EXPORT_FORMATS.timelinejs.write(timeline), { htmlToText });
    expect(compiled(back.files)).toEqual(timeline);
  });
});

describe('the same file imported twice updates what the first import brought, doubling nothing', () => {
  test.each<[string, string, string]>([
    ['the TimelineJS3 template with a column of ours (Notes)', 'timelinejs-spreadsheet.csv', fixture('timelinejs-spreadsheet.csv')],
    [
      'the same with an Id column left empty',
      'timelinejs-spreadsheet.csv',
      fixture('timelinejs-spreadsheet.csv').replace(';Notes', ';Notes;Id'),
    ],
    ['our spreadsheet, a row of it without an Id', 'story-spreadsheet.csv', fixture('story-spreadsheet.csv')],
  ])('%s', (_what, name, text) => {
    const first = importFile(name, text, { htmlToText });
    const again = importFile(name, text, { htmlToText, into: first.files });
    expect(again.added).toEqual([]);
    expect(again.files.story.events).toEqual(first.files.story.events);
  });
});

describe('importFile counts the added events that are unsourced', () => {
  test('a spreadsheet brought into a story: a row citing an article the story has is sourced, one citing an unknown one is not', () => {
    const imported = importFile('story-spreadsheet.csv', fixture('story-spreadsheet.csv'), {
      htmlToText,
      into: makeCuratedFiles('disputed'),
    });
    expect(imported.added).toEqual(['prosecutors-call-the-emails-malicious', 'china-denies']);
    expect(imported.unsourcedAdded).toBe(1);
  });

  test('TimelineJS3, which has no articles: every event added is unsourced', () => {
    const imported = importFile('timelinejs-harbour-bridge.json', fixture('timelinejs-harbour-bridge.json'), { htmlToText });
    expect(imported.added.length).toBeGreaterThan(0);
    expect(imported.unsourcedAdded).toBe(imported.added.length);
  });

  test('an export of ours brought into the story without its events: as many as the story has unsourced', () => {
    const timeline = makeDisputedTimeline();
    timeline.events[0] = { ...timeline.events[0]!, citations: [], unsourced: true };
    const back = importFile('timeline.csv', EXPORT_FORMATS.csv.write(timeline), {
      htmlToText,
      into: withoutEvents(curatedFromTimeline(makeDisputedTimeline())),
    });
    expect([back.added.length, back.unsourcedAdded]).toEqual([timeline.events.length, 1]);
  });
});

describe('importBytes reads a file’s bytes in the encoding it was saved in', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  test('UTF-8: as importFile reads the text, with nothing more to say', () => {
    const text = fixture('story-spreadsheet.csv');
    expect(importBytes('story-spreadsheet.csv', utf8(text), { htmlToText })).toEqual(
      importFile('story-spreadsheet.csv', text, { htmlToText }),
    );
  });

  test('Windows-1252, as Excel saves a CSV on Windows: accents and curly quotes read, and the guess said first', () => {
    // "Café opens,2024,“Open”" in Windows-1252: é is 0xE9, the curly quotes 0x93 and 0x94.
    const bytes = Uint8Array.from([...utf8('Title,Start,Summary\nCaf'), 0xe9, ...utf8(' opens,2024,'), 0x93, ...utf8('Open'), 0x94, 0x0a]);
    const imported = importBytes('cafes.csv', bytes, { htmlToText });
    expect(imported.files.story.events.map(({ title, summary }) => ({ title, summary }))).toEqual([
      { title: 'Café opens', summary: '“Open”' },
    ]);
    expect(imported.problems[0]).toEqual({
      where: 'file',
      reason: 'read as Windows-1252 (Western European), not UTF-8: check accented letters, or save the file as UTF-8',
    });
    expect(imported.problems.filter((problem) => problem === WINDOWS_1252_PROBLEM)).toHaveLength(1);
  });

  test.each<[string, Uint8Array]>([
    ['a picture', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['a workbook (.xlsx, a zip archive)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00])],
  ])('%s is refused as no text file, saying what to export instead', (_what, bytes) => {
    expect(() => importBytes('timeline.xlsx', bytes, { htmlToText })).toThrow(
      new ImportError('timeline.xlsx is not a text file: export the sheet as CSV (comma-separated values), or the timeline as JSON.'),
    );
  });
});
