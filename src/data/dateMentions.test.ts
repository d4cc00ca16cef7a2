import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findDateMentions, mentionsCitedBy, type DateAnchor, type DateMention, type DateQualifier } from './dateMentions';

/** A mention as the tables below write it: words, then date, end and qualifier where there are any. */
type Row = [words: string, date?: string, endDate?: string, qualifier?: DateQualifier];

function asRow(mention: DateMention): Row {
  const row: (string | undefined)[] = [mention.words, mention.date, mention.endDate, mention.qualifier];
  while (row.length > 1 && row.at(-1) === undefined) row.pop();
  return row as Row;
}

function rows(text: string, anchor?: DateAnchor): Row[] {
  return findDateMentions(text, anchor).map(asRow);
}

const PUBLISHED = { published: '2024-03-26' }; // a Tuesday

// ---------------------------------------------------------------- the five articles

interface ManifestEntry {
  id: string;
  file: string;
  dateline?: string;
}

const manifest = JSON.parse(readFileSync('data/sources.json', 'utf8')) as ManifestEntry[];
const articleText = (id: string) => readFileSync(`data/sources/${manifest.find((entry) => entry.id === id)?.file ?? ''}`, 'utf8');
const articleAnchor = (id: string): DateAnchor => ({ dateline: manifest.find((entry) => entry.id === id)?.dateline });

// Read by hand from each article. Durations with nothing to count from ("more than a
// decade", "14-year", "decade-long", "for years", "in recent years", "Hours later") and
// counts ("10,000", "40 million", "seven") are not mentions. Only AFP has a dated
// dateline, "LONDON (March 26)", with no year: its 'on Monday' and 'on Tuesday' put
// 26 March on a Tuesday, and its latest date (2022) makes that 2024.
const ARTICLES: [id: string, expected: Row[]][] = [
  // Dateline "LONDON" gives no date: the Monday of the charges cannot be known from this article alone.
  ['london-brief', [['on Monday']]],
  [
    'repost',
    [
      ['on Monday'],
      ['today'],
      ['in October 2022', '2022-10'],
      ['more than a year by that point', '2021-10', '2022-10', 'by'],
      ['between 2014 and 2022', '2014', '2022'],
      ['in May'],
      ['later this year'],
      ['On Tuesday'],
      ['in 2021', '2021'],
      ['in 2021', '2021'],
    ],
  ],
  [
    'afp',
    [
      ['March 26', '2024-03-26'],
      ['on Monday', '2024-03-25'],
      ['in 2021 and 2022', '2021', '2022'],
      ['in 2021', '2021'],
      ['from 2010 to 2016', '2010', '2016'],
      ['on Tuesday', '2024-03-26'],
      ['this year', '2024'],
      // Duncan Smith's "Today's announcement": his day, which the words only bound.
      ['Today', '2024-03-26', undefined, 'by'],
      ['in 2021', '2021'],
      ['on Monday', '2024-03-25'],
      ['Last year', '2023'],
      ['In 2022', '2022'],
      ['In July', '2023-07'],
    ],
  ],
  ['bgnes', [['over the past decade or more'], ['in 2021-2022', '2021', '2022'], ['in a few months'], ['today'], ['in 2021', '2021']]],
  // Only durations ("decade-long", "decade-spanning") and counts: no date at all.
  ['summary', []],
];

describe('the five articles', () => {
  test.each(ARTICLES)('%s: every date mention, resolved', (id, expected) => {
    expect(rows(articleText(id), articleAnchor(id))).toEqual(expected);
  });

  test.each(manifest.map((entry) => entry.id))('%s: offsets point at the words, in order, without overlap', (id) => {
    const text = articleText(id);
    const mentions = findDateMentions(text, articleAnchor(id));
    for (const [i, mention] of mentions.entries()) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.words);
      expect(mention.start).toBeGreaterThanOrEqual(mentions[i - 1]?.end ?? 0);
    }
  });

  test('AFP: the dateline year is inferred from the weekdays and the latest date, and the basis says how', () => {
    const mentions = findDateMentions(articleText('afp'), articleAnchor('afp'));
    const monday = mentions.find((mention) => mention.words === 'on Monday');
    expect(monday?.relative).toBe(true);
    expect(monday?.basis).toBe(
      "dateline 'March 26' and 'on Monday' give Monday 25 March 2024; no year in the dateline 'March 26': reading 'on Monday' and " +
        "'on Tuesday' as the dateline's day or the day before, and the article's latest date, 'in 2021 and 2022', as past, " +
        'the first year that fits is 2024, when 26 March was a Tuesday',
    );
    const dateline = mentions[0];
    expect(dateline?.inDateline).toBe(true);
    expect(dateline?.basis).toMatch(/^the dateline 'March 26' dates the report: 26 March 2024; no year in the dateline/);
    expect(mentions.find((mention) => mention.words === 'In July')?.basis).toMatch(
      /^dateline 'March 26' and 'In July' give July 2023, the last July before the report; /,
    );
  });

  test('the repost: "more than a year by that point" counts back from the October 2022 before it', () => {
    const mention = findDateMentions(articleText('repost')).find((m) => m.words === 'more than a year by that point');
    expect(mention).toMatchObject({
      relative: true,
      basis: "'in October 2022' and 'more than a year by that point' count back to October 2021 or earlier",
    });
  });

  test('explicit dates are not relative; unresolved ones say why', () => {
    const mentions = findDateMentions(articleText('repost'));
    expect(mentions.find((m) => m.words === 'between 2014 and 2022')).toMatchObject({ relative: false, basis: "'between 2014 and 2022'" });
    expect(mentions.find((m) => m.words === 'in May')).toEqual({
      start: expect.any(Number) as number,
      end: expect.any(Number) as number,
      words: 'in May',
      relative: true,
      basis: "'in May' is read from the report's date, but the article has no dateline or publication date",
    });
    expect(findDateMentions(articleText('london-brief'), articleAnchor('london-brief'))[0]?.basis).toBe(
      "'on Monday' is read from the report's date, but the dateline 'LONDON' gives no date",
    );
  });
});

// ---------------------------------------------------------------- against the curator

interface CuratedEvent {
  id: string;
  start: string;
  end?: string;
  qualifier?: DateQualifier;
  citations: { source: string; quote: string }[];
}

const curatedEvents = (parseYaml(readFileSync('data/events.yaml', 'utf8')) as { events: CuratedEvent[] }).events;

/**
 * The undated articles read from 26 March 2024, the day the curator derives from AFP's
 * dateline ("No article prints the year of the March announcements"): each mention in an
 * event's quote then dates the event as the curator's dateBasis does.
 */
const CURATED: [eventId: string, source: string, words: string, anchor: DateAnchor][] = [
  ['uk-attribution', 'afp', 'on Monday', {}],
  ['china-foreign-ministry-denial', 'afp', 'on Monday', {}],
  ['nz-attribution', 'afp', 'on Tuesday', {}],
  ['parliamentary-researcher-arrest', 'afp', 'Last year', {}],
  ['isc-china-report', 'afp', 'In July', {}],
  ['cameron-premiership', 'afp', 'from 2010 to 2016', {}],
  ['china-sanctions-uk-mps', 'afp', 'in 2021', {}],
  ['china-sanctions-uk-mps', 'bgnes', 'in 2021', {}],
  ['parliament-email-campaign', 'bgnes', 'in 2021-2022', {}],
  ['electoral-commission-detected', 'repost', 'in October 2022', {}],
  ['electoral-commission-access', 'repost', 'more than a year by that point', {}],
  ['voter-register-window', 'repost', 'between 2014 and 2022', {}],
  ['nz-parliament-breach', 'repost', 'in 2021', {}],
  ['us-charges', 'london-brief', 'on Monday', PUBLISHED],
  ['us-charges', 'repost', 'on Monday', PUBLISHED],
  ['nz-attribution', 'repost', 'On Tuesday', PUBLISHED],
  ['uk-local-elections', 'repost', 'in May', PUBLISHED],
  ['uk-general-election', 'repost', 'later this year', PUBLISHED],
];

describe("agrees with the curator's dates", () => {
  test.each(CURATED)('%s from %s: %s', (eventId, source, words, anchor) => {
    const event = curatedEvents.find((candidate) => candidate.id === eventId);
    const text = articleText(source);
    const quotes = (event?.citations ?? [])
      .filter((citation) => citation.source === source)
      .map((citation) => ({ offset: text.indexOf(citation.quote), quote: citation.quote }));
    const mentions = findDateMentions(text, { ...articleAnchor(source), ...anchor });
    const cited = mentionsCitedBy(mentions, quotes).filter((entry) => entry.mention.words === words && entry.citedBy.length > 0);
    expect(cited).toHaveLength(1);
    const mention = cited[0]?.mention;
    expect([mention?.date, mention?.endDate, mention?.qualifier]).toEqual([event?.start, event?.end, event?.qualifier]);
  });

  test("Duncan Smith's 'Today' is bounded by the dateline, where the curator puts it on the Monday before", () => {
    const today = findDateMentions(articleText('afp'), articleAnchor('afp')).find((mention) => mention.words === 'Today');
    const event = curatedEvents.find((candidate) => candidate.id === 'mps-response-not-enough');
    expect(today).toMatchObject({ date: '2024-03-26', qualifier: 'by' });
    expect(event?.start).toBe('2024-03-25');
  });
});

// ---------------------------------------------------------------- fixtures

describe('resolving against the report date', () => {
  test.each<[string, string, DateAnchor, Row[]]>([
    [
      'a weekday after the report goes back a week',
      'Talks ended on Friday, began on Wednesday and resumed on Tuesday.',
      PUBLISHED,
      [
        ['on Friday', '2024-03-22'],
        ['on Wednesday', '2024-03-20'],
        ['on Tuesday', '2024-03-26'],
      ],
    ],
    [
      '"last" is before the report day, "next" and a sentence that looks ahead after it',
      'They met last Tuesday. They meet again next Friday. Ministers will meet on Thursday.',
      PUBLISHED,
      [
        ['last Tuesday', '2024-03-19'],
        ['next Friday', '2024-03-29'],
        ['on Thursday', '2024-03-28'],
      ],
    ],
    [
      'a month after the report month goes back a year',
      'In July, the committee reported. In February, it met. In March, it voted.',
      PUBLISHED,
      [
        ['In July', '2023-07'],
        ['In February', '2024-02'],
        ['In March', '2024-03'],
      ],
    ],
    [
      'a month in a sentence that looks ahead is the next one',
      'The elections in May will be safe, and the count due in January will be public.',
      PUBLISHED,
      [
        ['in May', '2024-05'],
        ['in January', '2025-01'],
      ],
    ],
    [
      'a day and month without a year',
      'The breach began on 3 March and the report was due on 30 March last year.',
      PUBLISHED,
      [
        ['on 3 March', '2024-03-03'],
        ['on 30 March', '2023-03-30'],
        ['last year', '2023'],
      ],
    ],
    [
      'calendar words',
      'Yesterday the minister spoke; last month she wrote, last week she called, and next year she stands. Today she rests.',
      PUBLISHED,
      [
        ['Yesterday', '2024-03-25'],
        ['last month', '2024-02'],
        ['last week', '2024-03-18', '2024-03-24'],
        ['next year', '2025'],
        ['Today', '2024-03-26'],
      ],
    ],
    [
      'counted from the report, at the precision the count supports',
      'It began two years ago, three days ago it ended, and over the past decade it grew. More is expected in the coming weeks.',
      PUBLISHED,
      [
        ['two years ago', '2022-03', undefined, 'about'],
        ['three days ago', '2024-03-23'],
        ['over the past decade', '2014', '2024', 'about'],
        ['in the coming weeks', '2024-03-26', undefined, 'after'],
      ],
    ],
    [
      'counted from the mention before it in the paragraph',
      'The group formed in 2019. Two years later it struck.\nAlmost a year later, it struck again.',
      PUBLISHED,
      [['in 2019', '2019'], ['Two years later', '2021'], ['Almost a year later']],
    ],
    [
      'a day in a quotation is the speaker’s, on or before the report',
      '“Today we act, as we said on Monday,” she said on Monday.',
      PUBLISHED,
      [
        ['Today', '2024-03-26', undefined, 'by'],
        ['on Monday', '2024-03-25', undefined, 'by'],
        ['on Monday', '2024-03-25'],
      ],
    ],
    [
      'the publication date wins over a dateline',
      'PARIS (May 2): Ministers met on Monday.',
      { dateline: 'PARIS (May 2)', published: '2024-03-26' },
      [
        ['May 2', '2023-05-02'],
        ['on Monday', '2024-03-25'],
      ],
    ],
    [
      'a dateline without a day: what needs only the year is resolved',
      'LONDON, March 2024: Ministers met on Monday, as they did last year.',
      { dateline: 'LONDON, March 2024' },
      [['March 2024', '2024-03'], ['on Monday'], ['last year', '2023']],
    ],
    [
      'a dateline that prints its year',
      'WASHINGTON (March 26, 2024): The charges came on Monday.',
      { dateline: 'WASHINGTON (March 26, 2024)' },
      [
        ['March 26, 2024', '2024-03-26'],
        ['on Monday', '2024-03-25'],
      ],
    ],
  ])('%s', (_name, text, anchor, expected) => {
    expect(rows(text, anchor)).toEqual(expected);
  });
});

describe('the year of a dateline that gives none', () => {
  test.each<[string, string, string | undefined, RegExp]>([
    [
      'weekdays and the latest date fix it',
      'LONDON (March 26): Ministers met on Monday. The breach was found in October 2022.',
      '2024-03-25',
      /the article's latest date, 'in October 2022', as past, the first year that fits is 2024, when 26 March was a Tuesday$/,
    ],
    [
      'a printed weekday and date count as evidence',
      'LONDON (March 26): It was found on Monday 25 March, years after the attacks of 2021.',
      '2024-03-25',
      /reading 'on Monday 25 March' as printed, and the article's latest date, '2021', as past, the first year that fits is 2024/,
    ],
    [
      'without a dated mention nothing bounds it',
      'LONDON (March 26): Ministers met on Monday.',
      undefined,
      /^'on Monday' is read from the report's date, but no year in the dateline 'March 26', and no dated mention in the article bounds it$/,
    ],
    [
      'without a weekday nothing fixes it',
      'LONDON (March 26): The breach was found in October 2022. Ministers met last month.',
      undefined,
      /^'last month' is read from the report's date, but no year in the dateline 'March 26', and no weekday in the article fixes it$/,
    ],
    [
      'weekdays that no year fits',
      'LONDON (March 26): Ministers met on Monday and on Thursday, after the 2022 breach.',
      undefined,
      /but no year in the dateline 'March 26', and no year from 2022 fits 'on Monday' and 'on Thursday' as the dateline's day or the day before$/,
    ],
  ])('%s', (_name, text, expectedDate, basis) => {
    const mentions = findDateMentions(text, { dateline: text.slice(0, text.indexOf(':')) });
    const relative = mentions.filter((mention) => mention.relative && !mention.inDateline);
    expect(relative.at(0)?.date).toBe(expectedDate);
    expect(relative.at(0)?.basis).toMatch(basis);
  });
});

describe('reading the words', () => {
  test.each<[string, string, Row[]]>([
    [
      'year ranges',
      'Registered between 2014 and 2022, in office from 2010 to 2016, attacks in 2021-2022 and 2019–20, and in 2021 and 2022.',
      [
        ['between 2014 and 2022', '2014', '2022'],
        ['from 2010 to 2016', '2010', '2016'],
        ['in 2021-2022', '2021', '2022'],
        ['2019–20', '2019', '2020'],
        ['in 2021 and 2022', '2021', '2022'],
      ],
    ],
    [
      'two years that are not consecutive are two mentions',
      'Elections were held in 2019 and 2022.',
      [
        ['in 2019', '2019'],
        ['2022', '2022'],
      ],
    ],
    [
      'month ranges take the year printed at the end',
      'It ran from May to July 2021, and between November and February 2023.',
      [
        ['from May to July 2021', '2021-05', '2021-07'],
        ['between November and February 2023', '2022-11', '2023-02'],
      ],
    ],
    [
      'qualifiers',
      'It began before October 2021, was fixed by 2022, started around 2010, grew since 2019 and changed after 2016.',
      [
        ['before October 2021', '2021-10', undefined, 'before'],
        ['by 2022', '2022', undefined, 'by'],
        ['around 2010', '2010', undefined, 'about'],
        ['since 2019', '2019', undefined, 'after'],
        ['after 2016', '2016', undefined, 'after'],
      ],
    ],
    [
      'days, months and decades at their own precision',
      'On 26 March 2024 it was announced; it was found in October 2022, in mid-2021, in the 1990s and on Monday 25 March 2024.',
      [
        ['On 26 March 2024', '2024-03-26'],
        ['in October 2022', '2022-10'],
        ['in mid-2021', '2021'],
        ['1990s', '1990', '1999'],
        ['on Monday 25 March 2024', '2024-03-25'],
      ],
    ],
    [
      '"May" the verb and the name are not the month',
      'Officials may act. May I add a word? Theresa May said the vote in May was close, and a march on Sunday followed.',
      [['in May'], ['on Sunday']],
    ],
    [
      'a weekday inside a name is not a date',
      'The Sunday Times reported it. Bloody Sunday was remembered. Officials said Monday it was over. Tuesday’s vote passed.',
      [['Monday'], ['Tuesday']],
    ],
    [
      'numbers that are not years',
      'More than 2,000 people and 2000 voters, more than 2000 hackers, 10,000 emails, a 14-year campaign, seven men aged 45, No. 2021, CVE-2021-44228, $2020, 2021% and 24/7 cover.',
      [],
    ],
    ['times of day', 'At 10:30 on Friday, and at 2030 GMT, and at 9am.', [['on Friday']]],
    [
      'a year with "around" is a year; with a counted noun it is a count',
      'Around 2010 the group formed; around 2000 hackers joined.',
      [['Around 2010', '2010', undefined, 'about']],
    ],
    [
      'durations with nothing to count from are not dates',
      'It spent more than a decade hacking, for several years, in recent years, for some time. Hours later it was over.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test('a date at the very start and at the very end of the text', () => {
    const text = '2021 was the year it began; it ended in October 2022';
    const mentions = findDateMentions(text);
    expect(mentions.map((m) => [m.start, m.end, m.date])).toEqual([
      [0, 4, '2021'],
      [text.length - 'in October 2022'.length, text.length, '2022-10'],
    ]);
  });

  test('curly quotes and characters outside ASCII around mentions keep offsets as string indices', () => {
    const text = '🚨 “In 2021 we were hacked,” said Zoë Müller — the breach ended in Oct. 2022…';
    const mentions = findDateMentions(text);
    expect(mentions.map(asRow)).toEqual([
      ['In 2021', '2021'],
      ['in Oct. 2022', '2022-10'],
    ]);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.words);
    expect(mentions[0]?.start).toBe(4);
  });

  test('an article with no dateline and no publication date keeps relative mentions, undated, and says why', () => {
    expect(findDateMentions('The US charged seven hackers on Monday, last year’s suspects.')).toEqual([
      {
        start: 29,
        end: 38,
        words: 'on Monday',
        relative: true,
        basis: "'on Monday' is read from the report's date, but the article has no dateline or publication date",
      },
      {
        start: 40,
        end: 49,
        words: 'last year',
        relative: true,
        basis: "'last year' is read from the report's date, but the article has no dateline or publication date",
      },
    ]);
  });

  test('an empty text has no mentions', () => {
    expect(findDateMentions('')).toEqual([]);
  });
});

describe('mentionsCitedBy', () => {
  const text = 'It was found in October 2022. It began in 2021.';
  const mentions = findDateMentions(text);
  test.each<[string, { offset: number; quote: string }[], boolean[]]>([
    ['no quotes', [], [false, false]],
    ['a quote holding the first mention whole', [{ offset: 0, quote: 'It was found in October 2022.' }], [true, false]],
    ['a quote cutting a mention short does not cite it', [{ offset: 0, quote: 'It was found in October' }], [false, false]],
    ['one quote holding both', [{ offset: 0, quote: text }], [true, true]],
  ])('%s', (_name, quotes, cited) => {
    expect(mentionsCitedBy(mentions, quotes).map((entry) => entry.citedBy.length > 0)).toEqual(cited);
  });

  test('returns the citing quotes themselves, with whatever they carry', () => {
    const quote = { offset: 30, quote: 'It began in 2021.', event: 'campaign' };
    expect(mentionsCitedBy(mentions, [quote])[1]?.citedBy).toEqual([quote]);
  });
});
