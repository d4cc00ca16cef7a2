// @vitest-environment jsdom
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { makeDisputedTimeline } from '../data/fixtures';
import type { CuratedEvent, Timeline } from '../data/schema';
import { createHtmlToText } from './htmlText';
import { ImportError } from './imported';
import { toTimelineJS } from './timelineJsExport';
import { importTimelineJSCsv, TEMPLATE_COLUMNS, toTimelineJSCsv, type ExtraCells, type ExtraColumns } from './timelineJsCsv';
import { compiled, eventsById, fixture, unsourced } from './testing';

const htmlToText = createHtmlToText(window);
const options = { name: 'harbour-bridge.csv', htmlToText };
const NOT_KEPT = '(not kept: our dates go no finer than the day)';
const OUT_OF_RANGE =
  'Year is -200: our dates hold the years 0 to 9999, so dates before the common era and on TimelineJS3’s cosmological scale cannot come in';

describe('importTimelineJSCsv: a sheet saved by a spreadsheet program (byte-order mark, semicolons, CRLF, columns shuffled)', () => {
  const text = fixture('timelinejs-spreadsheet.csv');
  const imported = importTimelineJSCsv(text, options);
  const events = eventsById(imported.files.story.events);

  test('is the file the fixture says it is', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')[0]).toContain(';');
  });

  test('is a story that compiles, titled from its title row, with its groups as lanes', () => {
    const { events: _events, ...story } = imported.files.story;
    expect(imported.format).toBe('timelinejs-csv');
    expect(story).toEqual({
      title: 'Harbour Bridge timeline',
      description: 'From the first cracks to the reopening.',
      actors: [],
      lanes: [
        { id: 'engineering', label: 'Engineering' },
        { id: 'council', label: 'Council' },
        { id: 'other', label: 'Other' },
        { id: 'eras', label: 'Eras' },
      ],
      kinds: [{ id: 'event', label: 'Event' }],
      landmarks: [{ label: 'Closed to traffic', start: '2021-06-14', end: '2023' }],
    });
    expect(compiled(imported.files).events).toHaveLength(8);
  });

  test.each<[string, CuratedEvent]>([
    [
      'row 3: an era, whatever the case of its Type',
      {
        id: 'closed-to-traffic',
        title: 'Closed to traffic',
        summary: 'No cars for two years.',
        start: '2021-06-14',
        end: '2023',
        dateBasis: 'Imported from a TimelineJS3 spreadsheet: year 2021, month 6, day 14; ends year 2023.',
        lane: 'eras',
        ...unsourced,
        backdrop: true,
      },
    ],
    [
      'row 4: a year',
      {
        id: 'inspectors-note-cracks',
        title: 'Inspectors note cracks',
        summary: 'Hairline cracks in the north span.',
        start: '2019',
        dateBasis: 'Imported from a TimelineJS3 spreadsheet: year 2019.',
        lane: 'engineering',
        ...unsourced,
      },
    ],
    [
      'row 6: a month by name, a display date, text over two lines of one cell',
      {
        id: 'council-orders-a-review',
        title: 'Council orders a review',
        summary: 'The council voted 7–2.\n\nThe mayor said: "We act now."',
        start: '2020-03',
        dateBasis: 'Imported from a TimelineJS3 spreadsheet: year 2020, month 3; shown there as “Spring 2020”.',
        lane: 'council',
        ...unsourced,
      },
    ],
    [
      'row 7: times, an end month by name, every media column, a script in the text',
      {
        id: 'bridge-closed-to-traffic',
        title: 'Bridge closed to traffic',
        summary: 'Police closed the bridge. Read the order (https://example.org/closure-order).',
        start: '2021-06-14',
        end: '2021-06-18',
        dateBasis: `Imported from a TimelineJS3 spreadsheet: year 2021, month 6, day 14, time 09:30 ${NOT_KEPT}; ends year 2021, month 6, day 18, time 17:00 ${NOT_KEPT}.`,
        lane: 'council',
        ...unsourced,
        origin: { link: 'https://example.org/images/closed.jpg', credit: 'Photo: City Archive', caption: 'Barriers at the north end' },
      },
    ],
    [
      'row 11: an end before its start, left out',
      {
        id: 'repairs-begin',
        title: 'Repairs begin',
        summary: 'Repairs begin',
        start: '2022-09',
        dateBasis:
          'Imported from a TimelineJS3 spreadsheet: year 2022, month 9; ends year 2022, month 2, before its start, so the end was left out.',
        lane: 'engineering',
        ...unsourced,
      },
    ],
    [
      'row 12: a time that is not one, left out',
      {
        id: 'night-works',
        title: 'Night works',
        summary: 'Night works',
        start: '2022-10-03',
        dateBasis: 'Imported from a TimelineJS3 spreadsheet: year 2022, month 10, day 3.',
        lane: 'engineering',
        ...unsourced,
      },
    ],
    [
      'row 14: a year with spaces and a thousands comma, an unknown Type',
      {
        id: 'reopened-to-buses',
        title: 'Reopened to buses',
        summary: 'Reopened to buses',
        start: '2023',
        dateBasis: 'Imported from a TimelineJS3 spreadsheet: year 2023.',
        lane: 'other',
        ...unsourced,
      },
    ],
    [
      'row 15: a second title row, read as an event',
      {
        id: 'a-second-title',
        title: 'A second title',
        summary: 'A second title',
        start: '2024',
        dateBasis: 'Imported from a TimelineJS3 spreadsheet: year 2024.',
        lane: 'other',
        ...unsourced,
      },
    ],
  ])('%s', (_row, event) => {
    expect(events.get(event.id)).toEqual(event);
  });

  test('lists every row it could not read, and what it left out, by the row a spreadsheet shows', () => {
    expect(imported.problems).toEqual([
      { where: 'row 1', reason: 'column “Notes” is not one of TimelineJS3’s, so it was left out' },
      { where: 'row 9', reason: 'Year is not a whole number: “c. 1990”; the row was left out' },
      { where: 'row 10', reason: 'Month is 13, not a month (1 to 12); the row was left out' },
      { where: 'row 11', reason: 'End Year (February 2022) is before the start (September 2022); the end was left out' },
      { where: 'row 12', reason: 'Time “noon” is not a time we can read, so it was left out' },
      { where: 'row 13', reason: 'has no Headline or Text; the row was left out' },
      { where: 'row 14', reason: 'Type “slide” is neither title nor era, so the row was read as an event' },
      { where: 'row 15', reason: 'is a second title row, so it was read as an event' },
      { where: 'row 16', reason: `${OUT_OF_RANGE}; the row was left out` },
    ]);
  });
});

describe('importTimelineJSCsv: the older template (Start Date, End Date, Tag)', () => {
  const imported = importTimelineJSCsv(fixture('timelinejs-older-template.csv'), { name: 'older.csv', htmlToText });
  const events = imported.files.story.events;

  test('takes its title row', () => {
    expect([imported.files.story.title, imported.files.story.description]).toEqual([
      'Harbour Bridge (older sheet)',
      'Made with the older template.',
    ]);
  });

  test.each([
    ['row 3', 'Cracks noted', '2019', undefined, 'engineering', 'Start Date “2019” (year 2019)'],
    ['row 4', 'Council orders a review', '2020-03', undefined, 'council', 'Start Date “2020-03” (year 2020, month 3)'],
    [
      'row 5',
      'Bridge closed',
      '2021-06-14',
      '2021-06-18',
      'council',
      `Start Date “2021-06-14 09:30” (year 2021, month 6, day 14, time 09:30 ${NOT_KEPT}); ends End Date “2021-06-18” (year 2021, month 6, day 18)`,
    ],
    ['row 6', 'Repair contract signed', '2022-03-25', undefined, 'council', 'Start Date “3/25/2022” (year 2022, month 3, day 25)'],
    [
      'row 7',
      'Repairs under way',
      '2022-09-01',
      '2022-12',
      'engineering',
      'Start Date “2022,9,1” (year 2022, month 9, day 1); ends End Date “2022,12” (year 2022, month 12)',
    ],
    ['row 8', 'Inquiry opens', '2023-03', undefined, 'council', 'Start Date “March 2023” (year 2023, month 3)'],
    ['row 9', 'Tolls return', '2024-05-02', undefined, 'council', 'Start Date “May 2, 2024” (year 2024, month 5, day 2)'],
    ['row 15', 'An end that is not a date', '2022-04-01', undefined, 'engineering', 'Start Date “2022-04-01” (year 2022, month 4, day 1)'],
    ['row 16', 'A time past midnight', '2022-04-01', undefined, 'other', 'Start Date “4/1/2022 25:00” (year 2022, month 4, day 1)'],
  ])('%s, %j: %j to %j in %j', (_row, title, start, end, lane, basis) => {
    const event = events.find((candidate) => candidate.title === title);
    expect(event).toMatchObject({ start, lane, dateBasis: `Imported from a TimelineJS3 spreadsheet: ${basis}.`, unsourced: true });
    expect(event?.end).toBe(end);
  });

  test('row 14: an era row', () => {
    expect(events.find((event) => event.title === 'Before the closure')).toMatchObject({ start: '2019', end: '2021', backdrop: true });
    expect(imported.files.story.landmarks).toEqual([{ label: 'Before the closure', start: '2019', end: '2021' }]);
  });

  test('lists the dates it cannot read, saying what to write instead', () => {
    expect(imported.problems).toEqual([
      {
        where: 'row 10',
        reason:
          'Start Date “25/03/2023” is read month first, as TimelineJS3 reads it (“3/25/2014”), and 25 is not a month; the row was left out',
      },
      {
        where: 'row 11',
        reason: 'Start Date “3/25/23” has a two-digit year: write the year in full, as in “3/25/2014”; the row was left out',
      },
      {
        where: 'row 12',
        reason: 'Start Date “sometime in 2023” is not a date we can read: write it as 2014, 2014-03-25 or 3/25/2014; the row was left out',
      },
      { where: 'row 13', reason: 'Start Date’s month is 13, not a month (1 to 12); the row was left out' },
      { where: 'row 15', reason: 'End Date’s month is 31, not a month (1 to 12); the end was left out' },
      { where: 'row 16', reason: 'Start Date’s hour is 25, out of its range (0 to 23); the time was left out' },
    ]);
    expect(compiled(imported.files).events).toHaveLength(10);
  });
});

describe('importTimelineJSCsv: reading the file', () => {
  const sheet = (delimiter: string, newline = '\n') =>
    [
      ['Year', 'Month', 'Headline', 'Text', 'Group'],
      ['2014', '3', 'First', '<p>One, two; three</p>', 'Courts'],
      ['2015', '', 'Second', '', 'Courts'],
    ]
      .map((row) => row.map((cell) => (cell.includes(delimiter) ? `"${cell}"` : cell)).join(delimiter))
      .join(newline);

  test.each([
    [',', '\n'],
    [';', '\r\n'],
    [',', '\r\n'],
    ['\t', '\r\n'],
  ])('reads %j as a delimiter, with %j line ends', (delimiter, newline) => {
    const imported = importTimelineJSCsv(sheet(delimiter, newline), options);
    expect(imported.problems).toEqual([]);
    expect(imported.files.story.events.map(({ title, summary, start, lane }) => ({ title, summary, start, lane }))).toEqual([
      { title: 'First', summary: 'One, two; three', start: '2014-03', lane: 'courts' },
      { title: 'Second', summary: 'Second', start: '2015', lane: 'courts' },
    ]);
  });

  test('reads the template saved as tab-separated values, as it reads it saved with semicolons', () => {
    const csv = fixture('timelinejs-spreadsheet.csv');
    const tsv = Papa.unparse(Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';' }).data, {
      delimiter: '\t',
      newline: '\r\n',
    });
    expect(tsv.split('\r\n')[0]).toContain('\tyear\t');
    expect(importTimelineJSCsv(tsv, options)).toEqual(importTimelineJSCsv(csv, options));
  });

  test('finds columns by name in any case and spacing', () => {
    const imported = importTimelineJSCsv('HEAD LINE,year, end  year ,display date\nA trial,2014,2016,Three years\n', options);
    expect(imported.problems).toEqual([]);
    expect(imported.files.story.events[0]).toMatchObject({ title: 'A trial', start: '2014', end: '2016' });
  });

  test.each([
    ['', 'none'],
    ['\uFEFF\n\n', 'none'],
    ['Name,Date,Notes\nA,2014,x\n', '“Name”, “Date”, “Notes”'],
    ['Headline,Text\nA,B\n', '“Headline”, “Text”'],
  ])('refuses %j, naming the columns it wants', (text, found) => {
    expect(() => importTimelineJSCsv(text, options)).toThrow(
      new ImportError(
        `This is not a TimelineJS3 spreadsheet: its first row should name the template’s columns (${TEMPLATE_COLUMNS.join(', ')}), or the older template’s Start Date and End Date, and it names ${found}.`,
      ),
    );
  });

  test('skips blank rows without a word, however they are written, counting them as rows', () => {
    const imported = importTimelineJSCsv('\n,,\nYear,Headline\n\n , \n2014\n', options);
    expect(imported.problems).toEqual([{ where: 'row 6', reason: 'has no Headline or Text; the row was left out' }]);
  });

  test('reports a column twice, and reads the first', () => {
    const imported = importTimelineJSCsv('Year,Headline,headline\n2014,First,Second\n', options);
    expect(imported.files.story.events[0]?.title).toBe('First');
    expect(imported.problems).toEqual([{ where: 'row 1', reason: 'column “headline” appears twice: the first was read' }]);
  });

  test('reports a quoted cell that never closes', () => {
    const imported = importTimelineJSCsv('Year,Headline,Text\n2014,First,"Never closed\n2015,Second,Two\n', options);
    expect(imported.problems).toContainEqual({
      where: 'row 2',
      reason: 'a quoted cell is not closed, so the rest of the file was read into it',
    });
  });

  test('reports a quotation mark out of place once for its row, in plain words, however many the row has', () => {
    // Four misplaced marks in row 3, of which the reader complains four times.
    const imported = importTimelineJSCsv('Year,Headline,Text\n2014,First,One\n2015,"Second" x,"a"b"c"\n', options);
    expect(imported.problems).toEqual([
      {
        where: 'row 3',
        reason:
          'a quotation mark is out of place in this row: a cell that contains quotation marks must be wrapped in them, with each inner one doubled',
      },
    ]);
  });

  test('reports a time with no date', () => {
    expect(importTimelineJSCsv('Year,Time,Headline\n,10:00,Morning\n', options).problems).toEqual([
      { where: 'row 2', reason: 'Year is missing; the row was left out' },
    ]);
  });
});

describe('toTimelineJSCsv', () => {
  const timeline = makeDisputedTimeline();
  timeline.events[0] = { ...timeline.events[0]!, backdrop: true };
  const csv = toTimelineJSCsv(timeline);
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const document = toTimelineJS(timeline);

  test('writes the template’s columns in its order after a UTF-8 byte-order mark (for Excel on Windows), with CRLF line ends', () => {
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${TEMPLATE_COLUMNS.join(',')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('writes the title row, then eras, then slides, the text as the JSON export’s HTML', () => {
    expect(rows.map((row) => [row.Type, row.Headline])).toEqual([
      ['title', 'A small test story'],
      ['era', 'The group starts targeting lawmakers'],
      ['', 'The intrusion'],
      ['', 'Seven people charged'],
      ['', 'The embassy denies it'],
    ]);
    expect(rows[0]?.Text).toBe(document.title.text.text);
    expect(rows[1]).toMatchObject({ Year: '2021', Month: '', 'End Year': '2022', Type: 'era' });
    expect(rows[2]).toMatchObject({
      Year: '2022',
      Month: '10',
      Day: '',
      'End Year': '2023',
      'Display Date': 'before October 2022 – 2023',
      Group: 'United Kingdom',
      Text: document.events[0]?.text.text,
    });
    expect(rows[3]).toMatchObject({ Year: '2024', Month: '3', Day: '25', 'Display Date': '25 March 2024', Group: 'United States' });
  });

  test('writes an unsourced event’s media', () => {
    const withMedia = makeDisputedTimeline();
    withMedia.events[3] = {
      ...withMedia.events[3]!,
      citations: [],
      unsourced: true,
      origin: { link: 'https://example.org/photo.jpg', credit: 'Photo: Agency', caption: 'A caption' },
    };
    const last = Papa.parse<Record<string, string>>(toTimelineJSCsv(withMedia), { header: true, skipEmptyLines: true }).data.at(-1);
    expect(last).toMatchObject({ Media: 'https://example.org/photo.jpg', 'Media Credit': 'Photo: Agency', 'Media Caption': 'A caption' });
  });

  test('comes back as the same events, titles, dates and lanes; ids from the headlines, as the template has no column for them', () => {
    const original = makeDisputedTimeline();
    const imported = importTimelineJSCsv(toTimelineJSCsv(original), options);
    expect(imported.problems).toEqual([]);
    const back = compiled(imported.files);
    const lane = (story: Timeline, id: string) => story.lanes.find((candidate) => candidate.id === id)?.label;
    const summary = (story: Timeline) => story.events.map((event) => [event.title, event.start, event.end, lane(story, event.lane)]);
    expect(summary(back)).toEqual(summary(original));
    expect(back.events.map((event) => event.id)).toEqual([
      'the-group-starts-targeting-lawmakers',
      'the-intrusion',
      'seven-people-charged',
      'the-embassy-denies-it',
    ]);
    expect([back.title, back.description]).toEqual([
      original.title,
      'Four events from two short articles, one of them a denial.\n\nUpdated 28 March 2024.\n\nCorrection, 28 March 2024: An earlier version gave the wrong date for the denial.',
    ]);
  });

  test('an era row comes back as a backdrop, in the Eras lane, ending where TimelineJS3 draws it ending', () => {
    const backdrop = compiled(importTimelineJSCsv(csv, options).files).events.find((event) => event.backdrop);
    expect(backdrop).toMatchObject({ title: 'The group starts targeting lawmakers', start: '2021', end: '2022', lane: 'eras' });
  });

  test('writes what a spreadsheet would run as a formula as text, and reads it back as written', () => {
    const formulas = makeDisputedTimeline();
    formulas.events[1] = { ...formulas.events[1]!, title: '=HYPERLINK("https://attacker.example","Click")' };
    formulas.lanes[0]!.label = '+44 desk';
    const text = toTimelineJSCsv(formulas);
    expect(text).toContain(`"'=HYPERLINK(&quot;https://attacker.example&quot;,&quot;Click&quot;)"`);
    expect(text).toContain("'+44 desk");
    const back = importTimelineJSCsv(text, options).files.story;
    expect(back.events.find((event) => event.start === '2022-10')?.title).toBe('=HYPERLINK("https://attacker.example","Click")');
    expect(back.lanes.map((lane) => lane.label)).toContain('+44 desk');
  });
});

describe('extra columns: fields of our own after the template’s', () => {
  /** A stand-in for our fields' columns (storyExtraColumns): presenter notes, and the story's last update. */
  const notesColumns = (seen: ExtraCells[] = []): ExtraColumns => ({
    headersFor: () => ['Notes', 'Updated'],
    accepts: (header) => ({ notes: 'Notes', updated: 'Updated' })[header.trim().toLowerCase()],
    write: (timeline, event) => (event ? { Notes: event.notes ?? '' } : { Updated: timeline.updated ?? '' }),
    read: (files, rows) => {
      seen.push(...rows);
      const notes = new Map(rows.flatMap((row) => (row.event && row.cells.Notes ? [[row.event, row.cells.Notes] as const] : [])));
      const updated = rows.find((row) => row.event === undefined)?.cells.Updated;
      const events = files.story.events.map((event) => (notes.has(event.id) ? { ...event, notes: notes.get(event.id)! } : event));
      return { files: { ...files, story: { ...files.story, ...(updated && { updated }), events } }, problems: [] };
    },
  });

  test('are written after the template’s columns, and read back with the event each row became', () => {
    const timeline = makeDisputedTimeline();
    timeline.events[1] = { ...timeline.events[1]!, notes: 'Say the dates slowly.' };
    const csv = toTimelineJSCsv(timeline, { extraColumns: notesColumns() });
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${[...TEMPLATE_COLUMNS, 'Notes', 'Updated'].join(',')}`);
    const seen: ExtraCells[] = [];
    const imported = importTimelineJSCsv(csv.replace('Notes,Updated', ' notes ,UPDATED'), { ...options, extraColumns: notesColumns(seen) });
    expect(imported.problems).toEqual([]);
    expect(seen).toEqual([
      { where: 'row 2', cells: { Notes: '', Updated: '2024-03-28' } },
      { where: 'row 3', event: 'the-group-starts-targeting-lawmakers', cells: { Notes: '', Updated: '' } },
      { where: 'row 4', event: 'the-intrusion', cells: { Notes: 'Say the dates slowly.', Updated: '' } },
      { where: 'row 5', event: 'seven-people-charged', cells: { Notes: '', Updated: '' } },
      { where: 'row 6', event: 'the-embassy-denies-it', cells: { Notes: '', Updated: '' } },
    ]);
    expect(imported.files.story.updated).toBe('2024-03-28');
    expect(imported.files.story.events.find((event) => event.id === 'the-intrusion')?.notes).toBe('Say the dates slowly.');
  });

  test('are reported as unknown columns when no module reads them', () => {
    const csv = toTimelineJSCsv(makeDisputedTimeline(), { extraColumns: notesColumns() });
    expect(importTimelineJSCsv(csv, options).problems).toEqual([
      { where: 'row 1', reason: 'column “Notes” is not one of TimelineJS3’s, so it was left out' },
      { where: 'row 1', reason: 'column “Updated” is not one of TimelineJS3’s, so it was left out' },
    ]);
  });
});
