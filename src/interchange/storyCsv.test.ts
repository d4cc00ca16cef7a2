import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compileTimeline } from '../../data/compile';
import { makeCuratedFiles } from '../data/fixtures';
import type { CuratedEvent, CuratedFiles, SourceManifestEntry } from '../data/schema';
import { ImportError } from './imported';
import { STORY_COLUMNS, citationColumns } from './storyColumns';
import { importStoryCsv, toStoryCsv } from './storyCsv';

/** The site's own story, as `npm run data` reads it. */
function realStory(): CuratedFiles {
  const manifest = JSON.parse(readFileSync('data/sources.json', 'utf8')) as SourceManifestEntry[];
  const texts = Object.fromEntries(manifest.map(({ file }) => [file, readFileSync(`data/sources/${file}`, 'utf8')]));
  return { story: parseYaml(readFileSync('data/events.yaml', 'utf8')) as CuratedFiles['story'], manifest, texts };
}

const withoutEvents = (files: CuratedFiles): CuratedFiles => ({ ...files, story: { ...files.story, events: [] } });

const event = (fields: Partial<CuratedEvent>): CuratedEvent => ({
  id: 'an-event',
  title: 'An event',
  summary: 'Something happened.',
  start: '2020',
  dateBasis: 'In 2020.',
  lane: 'us',
  kinds: ['breach'],
  citations: [],
  unsourced: true,
  ...fields,
});

/** A spreadsheet of the given rows under the given header, as a program would save it. */
const sheet = (rows: string[][], delimiter = ',') => Papa.unparse(rows, { delimiter, newline: '\r\n' });

describe('toStoryCsv', () => {
  const csv = toStoryCsv(makeCuratedFiles('disputed'));

  test('a header row of every column, and a citation pair for each citation of the most cited event', () => {
    const [header] = Papa.parse<string[]>(csv).data;
    expect(header).toEqual([...STORY_COLUMNS, ...citationColumns(2)]);
  });

  test('starts with a UTF-8 byte-order mark, so that Excel on Windows reads curly quotes and dashes; lines end in CRLF, one line per event', () => {
    expect(csv.startsWith('\uFEFFId,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
  });

  test('a cell a spreadsheet would run as a formula is written as text, and read back as it was', () => {
    const files = makeCuratedFiles('disputed');
    files.story.events = [event({ title: '=HYPERLINK("https://evil.example")', summary: '-1 says the report', notes: '@mention' })];
    const written = toStoryCsv(files);
    expect(written).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(importStoryCsv(written, { name: 'story.csv', into: withoutEvents(files) }).files).toEqual(files);
  });
});

describe('importStoryCsv round trip', () => {
  test.each<[string, () => CuratedFiles]>([
    ['the disputed fixture', () => makeCuratedFiles('disputed')],
    ['the site’s own story', realStory],
  ])('%s: written, read into the story without its events, compiles to the same timeline', (_name, load) => {
    const files = load();
    const compiled = compileTimeline(files);
    expect(compiled.ok).toBe(true);
    const imported = importStoryCsv(toStoryCsv(files), { name: 'story.csv', into: withoutEvents(files) });
    expect(imported.problems).toEqual([]);
    expect(imported.format).toBe('csv');
    expect(compileTimeline(imported.files)).toStrictEqual(compiled);
  });

  test.each<[string, () => CuratedFiles]>([
    ['the disputed fixture', () => makeCuratedFiles('disputed')],
    ['the site’s own story', realStory],
  ])('%s: read into the story itself, changes nothing', (_name, load) => {
    const files = load();
    const imported = importStoryCsv(toStoryCsv(files), { name: 'story.csv', into: files });
    expect(imported.problems).toEqual([]);
    expect(imported.files).toStrictEqual(files);
  });
});

describe('importStoryCsv into a story', () => {
  const into = makeCuratedFiles('disputed');
  const header = ['Id', 'Title', 'Start', 'Lane', 'Kinds', 'Source 1', 'Quote 1', 'Summary'];

  test('replaces events it has in place, adds new ones after in file order, and keeps the story’s own parts', () => {
    const text = sheet([
      header,
      ['new-one', 'New one', '2019', 'uk', 'breach', '', '', 'One.'],
      ['intrusion', 'The intrusion, retitled', '2022-10', 'uk', 'breach', 'wire', 'Its intrusion began before October 2022', 'Retitled.'],
      ['new-two', 'New two', '2018', 'us', 'charges', '', '', 'Two.'],
    ]);
    const { files, problems } = importStoryCsv(text, { name: 'edits.csv', into });
    expect(problems).toEqual([]);
    expect(files.story.events.map((e) => e.id)).toEqual([...into.story.events.map((e) => e.id), 'new-one', 'new-two']);
    const intrusion = files.story.events.find((e) => e.id === 'intrusion');
    expect(intrusion).toMatchObject({ title: 'The intrusion, retitled', qualifier: 'before', end: '2023' });
    expect(intrusion?.citations).toEqual([{ source: 'wire', quote: 'Its intrusion began before October 2022' }]);
    const { events: _events, ...head } = files.story;
    const { events: _before, ...headBefore } = into.story;
    expect(head).toEqual(headBefore);
    expect(files.manifest).toBe(into.manifest);
    expect(files.texts).toBe(into.texts);
  });

  test('a second row with the same id is skipped, not doubled', () => {
    const text = sheet([
      header,
      ['twice', 'First', '2019', 'uk', 'breach', '', '', 'One.'],
      ['Twice', 'Second', '2020', 'uk', 'breach', '', '', 'Two.'],
    ]);
    const { files, problems } = importStoryCsv(text, { name: 'twice.csv', into });
    expect(files.story.events.filter((e) => e.id === 'twice')).toEqual([expect.objectContaining({ title: 'First' })]);
    expect(problems).toEqual([{ where: 'row 3', reason: 'Id “twice” is also on row 2: the row is skipped' }]);
  });

  test('a relation to an event neither in the file nor in the story is left out, and said so', () => {
    const text = sheet([
      ['Title', 'Start', 'Relations'],
      ['Reply', '2024', 'responds-to: intrusion; denies: nowhere'],
    ]);
    const { files, problems } = importStoryCsv(text, { name: 'reply.csv', into });
    expect(problems).toContainEqual({
      where: 'row 1',
      reason: 'There is no Summary column: each new event’s title is used as its summary',
    });
    expect(files.story.events.at(-1)?.relations).toEqual([{ type: 'responds-to', event: 'intrusion' }]);
    expect(problems).toContainEqual({
      where: 'row 2',
      reason: 'Relations names “nowhere”, an event neither in the file nor in the story: left out',
    });
  });

  test('a lane a row adds is known to the rows after it', () => {
    const text = sheet([
      ['Title', 'Start', 'Lane', 'Kinds', 'Summary'],
      ['One', '2020', 'Australia', 'breach', 'One.'],
      ['Two', '2021', 'australia', 'breach', 'Two.'],
    ]);
    const { files, problems } = importStoryCsv(text, { name: 'lanes.csv', into });
    expect(files.story.lanes.at(-1)).toEqual({ id: 'australia', label: 'Australia' });
    expect(problems).toEqual([{ where: 'row 2', reason: 'Lane: “Australia” is new to the story: added as the lane “Australia”' }]);
  });
});

describe('importStoryCsv on its own', () => {
  test('makes a story from the file name, with a lane and a kind, no articles, and every event unsourced', () => {
    const text = sheet([
      ['Title', 'Start', 'Source 1', 'Quote 1'],
      ['Something happens', '2020', 'wire', 'Something happened.'],
    ]);
    const { files, problems } = importStoryCsv(text, { name: 'cyber_events-2024.csv' });
    expect(files.story).toMatchObject({ title: 'Cyber events 2024', description: 'Imported from cyber_events-2024.csv.', actors: [] });
    expect(files.story.lanes).toEqual([{ id: 'events', label: 'Events' }]);
    expect(files.story.kinds).toEqual([{ id: 'event', label: 'Event' }]);
    expect(files.story.events).toEqual([expect.objectContaining({ id: 'something-happens', citations: [], unsourced: true })]);
    expect(files.manifest).toEqual([]);
    expect(files.texts).toEqual({});
    expect(problems).toContainEqual({
      where: 'row 2',
      reason: 'Source 1 names “wire”, an article the story does not have: the citation is left out',
    });
    expect(compileTimeline(files).ok).toBe(true);
  });

  test('finds the header under a title line, and numbers rows as the spreadsheet does, blank rows and line breaks in cells included', () => {
    const text = ['My cyber timeline;;', 'Title;Start;Summary', 'One;2020;"Two lines,', 'in one cell"', '', 'Two;in 2021;Bad date'].join(
      '\n',
    );
    const { files, problems } = importStoryCsv(text, { name: 'titled.csv' });
    expect(files.story.events.map((e) => e.summary)).toEqual(['Two lines,\nin one cell']);
    expect(problems).toEqual([
      { where: 'row 3', reason: 'The row names no lane: it goes in a new lane, “Events”' },
      { where: 'row 3', reason: 'The row names no kind: it is given a new kind, “Event”' },
      {
        where: 'row 5',
        reason: 'Start “in 2021” is not a date: write a year, a month or a day as 2014, 2014-03 or 2014-03-25; the row is skipped',
      },
    ]);
  });

  test('reads a range pasted with tabs', () => {
    const { files } = importStoryCsv('Title\tStart\tSummary\nOne\t2020\tThe first.\n', { name: 'pasted.tsv' });
    expect(files.story.events).toEqual([expect.objectContaining({ title: 'One', start: '2020', summary: 'The first.' })]);
  });

  test('a quotation mark that is never closed is reported where it opens', () => {
    const { files, problems } = importStoryCsv('Title,Start,Summary\nOne,2020,a\n"Two,2021,b\nThree,2022,c\n', { name: 'broken.csv' });
    expect(files.story.events.map((e) => e.title)).toEqual(['One']);
    expect(problems).toContainEqual({
      where: 'row 3',
      reason: 'A quotation mark opens a cell and nothing closes it: the rest of the file is read as that one cell',
    });
  });

  test('quotation marks out of place are reported once for their row, however many it has', () => {
    const { problems } = importStoryCsv('Title,Start\nOne,2020\n"Two" x,"20"2"1"\n', { name: 'broken.csv' });
    expect(problems.filter((problem) => problem.where === 'row 3' && problem.reason.startsWith('A quotation mark'))).toEqual([
      {
        where: 'row 3',
        reason:
          'A quotation mark is out of place in this row: a cell that contains quotation marks must be wrapped in them, with each inner one doubled',
      },
    ]);
  });

  test('a spreadsheet with no header row of ours is told every column it may have, in one sentence', () => {
    expect(() => importStoryCsv('Headline,Year\nSomething,2020\n', { name: 'notes.csv' })).toThrow(
      new ImportError(
        `notes.csv has no header row naming the columns: its first row should name them, at least Title and Start, from ${STORY_COLUMNS.join(', ')}, Source 1, Quote 1, Source 2, Quote 2 and so on.`,
      ),
    );
  });

  test.each([
    ['prose', 'Notes from the call\nThe mayor said no\n'],
    ['one word a line', 'Title\nStart\n'],
  ])('a file that is no spreadsheet at all (%s) is told so in few words', (_what, text) => {
    expect(() => importStoryCsv(text, { name: 'notes.txt' })).toThrow(
      new ImportError(
        'notes.txt is neither a TimelineJS3 timeline nor a spreadsheet with a header row: a spreadsheet’s first row names its columns, such as Title and Start, or TimelineJS3’s Headline and Year.',
      ),
    );
  });

  test.each<[string, string, RegExp]>([
    [
      'no header row',
      'Headline,Year\nSomething,2020\n',
      /^notes\.csv has no header row naming the columns: .*at least Title and Start, from Id, Start, End, .*Source 1, Quote 1/,
    ],
    ['only some of the required columns', 'Title,Date\nSomething,2020\n', /has no header row naming the columns/],
    ['nothing in it', '\uFEFF\r\n', /^notes\.csv is empty\.$/],
    ['a header and nothing under it', 'Title,Start\r\n,\r\n', /^notes\.csv has a header row but no events under it\.$/],
  ])('a file with %s cannot be imported, and says why', (_note, text, message) => {
    expect(() => importStoryCsv(text, { name: 'notes.csv' })).toThrow(ImportError);
    expect(() => importStoryCsv(text, { name: 'notes.csv' })).toThrow(message);
  });
});

describe('the analyst’s spreadsheet fixture', () => {
  // Semicolons, a byte order mark and CRLF (as a spreadsheet program saves it); its own column
  // order and spelling; a summary over two lines; row 4's start is written in words.
  const text = readFileSync('src/interchange/fixtures/story-spreadsheet.csv', 'utf8');
  const into = makeCuratedFiles('disputed');
  const { files, problems } = importStoryCsv(text, { name: 'story-spreadsheet.csv', into });

  test('reads every good row, into the events the story has and after them', () => {
    expect(files.story.events.map((e) => e.id)).toEqual([
      ...into.story.events.map((e) => e.id),
      'prosecutors-call-the-emails-malicious',
      'china-denies',
    ]);
    expect(files.story.events.find((e) => e.id === 'campaign-begins')).toEqual(into.story.events.find((e) => e.id === 'campaign-begins'));
    expect(files.story.events.at(-2)).toEqual({
      id: 'prosecutors-call-the-emails-malicious',
      title: 'Prosecutors call the emails malicious',
      summary: 'Prosecutors called the emails malicious.\nThe report gives no day.',
      start: '2024-03',
      qualifier: 'about',
      dateBasis: 'Not given in the imported file.',
      lane: 'us',
      kinds: ['charges', 'statement'],
      assertion: 'act',
      by: ['prosecutors'],
      notes: 'Ask the desk for a day; the wire may have one.',
      citations: [{ source: 'brief', quote: 'Prosecutors called the emails “malicious”.' }],
    });
    expect(files.story.events.at(-1)).toMatchObject({ id: 'china-denies', lane: 'china', citations: [], unsourced: true });
  });

  test('lists what it added, left out and skipped, by spreadsheet row', () => {
    expect(problems).toEqual([
      { where: 'row 3', reason: 'Kinds: “Statement” is new to the story: added as the kind “Statement”' },
      {
        where: 'row 4',
        reason: 'Start “March 2024” is not a date: write a year, a month or a day as 2014, 2014-03 or 2014-03-25; the row is skipped',
      },
      { where: 'row 5', reason: 'Lane: “China” is new to the story: added as the lane “China”' },
      { where: 'row 5', reason: 'Source 1 names “AFP”, an article the story does not have: the citation is left out' },
    ]);
  });

  test('the story it makes compiles', () => {
    expect(compileTimeline(files).ok).toBe(true);
  });
});
