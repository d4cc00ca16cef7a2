import { describe, expect, test } from 'vitest';
import { makeCuratedFiles, type CuratedFiles, type FixtureVariant } from '../src/data/fixtures';
import { formatProblem } from '../src/data/problems';
import { capitalisedNames, copyDeskProblems, quotedPassages } from './copyDesk';

// makeCuratedFiles() lists events newest first:
//   events[0] "charges-filed" (act by the prosecutors; quotes: "Prosecutors on Monday charged seven people",
//             "Seven people were charged over a decade-long campaign on 25 March 2024.", and a discrepancy
//             quoting "a 14-year campaign" and "a decade-long campaign"; cites wire and brief)
//   events[1] "intrusion" (act; cites wire only)
//   events[2] "campaign-begins" (allegation claimed by the officials, "Officials", alias "Washington"; cites wire)
// The disputed variant puts "embassy-denial" (a denial by the embassy, of "campaign-begins") first, at events[0].
// wire.txt: "WASHINGTON (March 25): Prosecutors on Monday charged seven people over a 14-year campaign. /
//   The group began targeting lawmakers in 2021, officials said. / Its intrusion began before October 2022
//   and lasted into 2023, a spokesperson said."
// brief.txt: "Prosecutors called the emails “malicious”. / Seven people were charged over a decade-long campaign on 25 March 2024."

/** The copy desk's problem lines for the fixture story changed by `mutate`. */
function problemsAfter(mutate: (files: CuratedFiles) => void, variant: FixtureVariant = 'plain'): string[] {
  const files = makeCuratedFiles(variant);
  mutate(files);
  const texts = new Map(files.manifest.map((entry) => [entry.id, files.texts[entry.file]!]));
  const problems = copyDeskProblems({
    description: files.story.description,
    actors: files.story.actors,
    events: files.story.events.map((event, index) => ({ index, event })),
    narratives: files.story.narratives,
    texts,
    articlesComplete: true,
  });
  return problems.map((problem) => formatProblem(problem, files.story.events));
}

const AS_FACT = 'writes an allegation as fact: name who makes it (Officials), or attribute it ("says", "alleges", "according to")';
const notQuoted = (words: string) =>
  `“${words}” is in none of this event's quotes: quote the article's words exactly, or drop the quotation marks`;
const notInArticles = (words: string) =>
  `“${words}” is in none of the articles: quote the article's words exactly, or drop the quotation marks`;
const notNamed = (name: string) =>
  `“${name}” is in none of this event's articles: take it from the articles, or move it to outsideKnowledge`;

describe('the copy desk passes the fixture stories', () => {
  test.each<FixtureVariant>(['plain', 'disputed'])('%s', (variant) => {
    expect(problemsAfter(() => {}, variant)).toEqual([]);
  });
});

describe('an allegation says who makes it', () => {
  test.each<[string, string[], string]>([
    ['Officials say the group began targeting lawmakers.', [], 'names its claimant by label'],
    ['Washington thinks the group began targeting lawmakers.', [], "names its claimant by one of the actor's aliases"],
    ['The group began targeting lawmakers, according to the wire.', [], 'attributes it with a phrase'],
    ['The group is alleged to have begun targeting lawmakers.', [], '"alleged" attributes it'],
    ['The group, accused of targeting lawmakers, began in 2021.', [], '"accused" attributes it'],
    ['The group began targeting lawmakers.', [`events[2] "campaign-begins": summary: ${AS_FACT}`], 'written as fact'],
    [
      'The group began targeting lawmakers, prosecutors think.',
      [`events[2] "campaign-begins": summary: ${AS_FACT}`],
      'names an actor who is not a claimant',
    ],
    [
      'The group began targeting lawmakers in officialdom.',
      [`events[2] "campaign-begins": summary: ${AS_FACT}`],
      'a label inside another word does not count',
    ],
  ])('summary %j', (summary, expected) => {
    expect(problemsAfter((f) => void (f.story.events[2]!.summary = summary))).toEqual(expected);
  });

  test.each<[string, (files: CuratedFiles) => void, string[], FixtureVariant]>([
    [
      'an allegation with no claimants',
      (f) => void delete f.story.events[2]!.claimedBy,
      ['events[2] "campaign-begins": claimedBy: an allegation must say who makes it: name them in "claimedBy"'],
      'plain',
    ],
    [
      'an act with claimants',
      (f) => void (f.story.events[0]!.claimedBy = ['officials']),
      ['events[0] "charges-filed": claimedBy: only an allegation has claimants: for an act, name who did it in "by"'],
      'plain',
    ],
    [
      'an allegation with a "by"',
      (f) => void (f.story.events[2]!.by = ['prosecutors']),
      ['events[2] "campaign-begins": by: an allegation names who makes it in "claimedBy"; "by" is for acts'],
      'plain',
    ],
    [
      'a denial that does not say who denies',
      (f) => void delete f.story.events[0]!.by,
      ['events[0] "embassy-denial": by: an event that denies another must say who denies: name them in "by"'],
      'disputed',
    ],
    ['an act that only responds needs no "by"', (f) => void delete f.story.events[0]!.by, [], 'plain'],
  ])('%s', (_case, mutate, expected, variant) => {
    expect(problemsAfter(mutate, variant)).toEqual(expected);
  });
});

describe('words in quotation marks are the words of one of the event’s quotes', () => {
  test.each<[string, string[], string]>([
    ['Seven charged over a “decade-long campaign”', [], 'typographic double marks'],
    ['Seven charged over a "decade-long campaign"', [], 'straight double marks'],
    ["Seven charged over a 'decade-long campaign'", [], 'straight single marks'],
    ['Seven charged over a ‘decade-long campaign’', [], 'typographic single marks'],
    ['Seven charged over a ‘decade-long   Campaign’', [], 'letter case and spacing are folded'],
    ['Seven charged over “a decade-long campaign … 25 March 2024”', [], 'an ellipsis leaves words out'],
    ['Seven charged, Prosecutors’ day “on Monday”', [], 'a quote of the other article the event cites'],
    ["Prosecutors' charges: seven people's day in court", [], 'apostrophes are not quotation marks'],
    ['Seven charged, it’s said, over ‘a 14-year campaign’', [], 'an apostrophe before a quotation'],
    [
      'Seven charged over “malicious” emails',
      ['events[0] "charges-filed": title: ' + notQuoted('malicious')],
      'in a cited article, but in none of its quotes',
    ],
    [
      'Seven charged over a “decade long campaign”',
      ['events[0] "charges-filed": title: ' + notQuoted('decade long campaign')],
      'a hyphen dropped',
    ],
    ['Seven charged over a ‘15-year campaign’', ['events[0] "charges-filed": title: ' + notQuoted('15-year campaign')], 'words changed'],
    [
      'Seven charged over a “decade-long campaign … 26 March”',
      ['events[0] "charges-filed": title: ' + notQuoted('decade-long campaign … 26 March')],
      'each part of an ellipsis must be there',
    ],
  ])('title %j', (title, expected) => {
    expect(problemsAfter((f) => void (f.story.events[0]!.title = title))).toEqual(expected);
  });

  test.each<[string, (files: CuratedFiles) => void, string[]]>([
    [
      'in a summary',
      (f) => void (f.story.events[1]!.summary = 'The intrusion, a “spokesperson” says, lasted into 2023.'),
      ['events[1] "intrusion": summary: ' + notQuoted('spokesperson')],
    ],
    [
      'in presenter notes',
      (f) => void (f.story.events[1]!.notes = "Stress that it 'began before October 2023'."),
      ['events[1] "intrusion": notes: ' + notQuoted('began before October 2023')],
    ],
    [
      'in a discrepancy note, checked against the discrepancy’s quotes too',
      (f) => void (f.story.events[0]!.discrepancies![0]!.note = "One says 'a 14-year campaign', the other '14 years'."),
      ['events[0] "charges-filed": discrepancies[0].note: ' + notQuoted('14 years')],
    ],
    [
      'in how the date was worked out, checked against every article',
      (f) => {
        f.story.events[2]!.dateBasis = "'on 25 March 2024' (brief) and 'in 2021' (wire).";
        f.story.events[1]!.dateBasis = "'on 26 March 2024' (brief).";
      },
      ['events[1] "intrusion": dateBasis: ' + notInArticles('on 26 March 2024')],
    ],
    [
      'in the story description',
      (f) => void (f.story.description = 'The wire calls it “a 15-year campaign”.'),
      ['description: ' + notInArticles('a 15-year campaign')],
    ],
    [
      'in a narrative step’s title and note, against its event',
      (f) =>
        void (f.story.narratives = [
          {
            id: 'tour',
            title: 'A tour',
            steps: [{ event: 'charges-filed', title: 'The “14-year campaign”', note: "Say 'hours later'." }],
          },
        ]),
      [
        `narratives[0].steps[0].note: “hours later” is in none of the quotes of this step's event: quote the article's words exactly, or drop the quotation marks`,
      ],
    ],
  ])('%s', (_case, mutate, expected) => {
    expect(problemsAfter(mutate)).toEqual(expected);
  });
});

describe('capitalised names in a title or summary come from the articles the event cites', () => {
  test.each<[string, string[], string]>([
    ['The intrusion, as Lacson tells it', ['events[1] "intrusion": title: ' + notNamed('Lacson')], 'a name in no article'],
    ['The intrusion of the Decade', ['events[1] "intrusion": title: ' + notNamed('Decade')], 'in an article the event does not cite'],
    ['The intrusion, says the Spokesperson', [], 'letter case is folded'],
    ["The intrusion into Washington's network", [], 'a possessive is the name'],
    ['The intrusion before October', [], 'in the cited article'],
    ['Lacson: the intrusion', [], 'the first word of a sentence is not checked (nor the first after a colon)'],
    ['An intrusion. Lacson says so', [], 'nor the first word of a later sentence'],
  ])('title %j', (title, expected) => {
    expect(problemsAfter((f) => void (f.story.events[1]!.title = title))).toEqual(expected);
  });

  test('a short title (the chart label) is held to the same rules as the title', () => {
    const mutate = (f: CuratedFiles) => void (f.story.events[0]!.shortTitle = 'Seven, Lacson says, in ‘15-year campaign’');
    expect(problemsAfter(mutate)).toEqual([
      'events[0] "charges-filed": shortTitle: ' + notQuoted('15-year campaign'),
      'events[0] "charges-filed": shortTitle: ' + notNamed('Lacson'),
    ]);
  });

  test('a short title longer than the chart can draw whole is reported', () => {
    const long = 'Seven people charged over a decade-long campaign';
    expect(problemsAfter((f) => void (f.story.events[0]!.shortTitle = long))).toEqual([
      `events[0] "charges-filed": shortTitle: is ${long.length} characters: a label on the chart takes at most 42`,
    ]);
  });

  test('outside knowledge is where a name from elsewhere goes: it is not checked', () => {
    expect(problemsAfter((f) => void (f.story.events[1]!.outsideKnowledge = 'Lacson, the wire does not say, led the response.'))).toEqual(
      [],
    );
  });

  test('a narrative step title is checked against its event’s articles', () => {
    const mutate = (f: CuratedFiles) =>
      void (f.story.narratives = [{ id: 'tour', title: 'A tour', steps: [{ event: 'intrusion', title: 'The intrusion, by Lacson' }] }]);
    expect(problemsAfter(mutate)).toEqual(['narratives[0].steps[0].title: ' + notNamed('Lacson')]);
  });

  test('an event that cites an article the manifest lacks is not checked (that is reported as an unknown source)', () => {
    const mutate = (f: CuratedFiles) => {
      f.story.events[1]!.citations[0]!.source = 'afp';
      f.story.events[1]!.title = 'The intrusion, as Lacson tells it';
    };
    expect(problemsAfter(mutate)).toEqual([]);
  });
});

describe('reading copy', () => {
  test.each<[string, string[], string]>([
    ['“double” and "straight"', ['double', 'straight'], 'double marks of both kinds'],
    ["‘single’ and 'straight'", ['single', 'straight'], 'single marks of both kinds'],
    ["Britain’s and AFP's", [], 'apostrophes inside words'],
    ["the MPs' 'accounts'", ['accounts'], 'an apostrophe after a plural'],
    ["'the UK's claim' stands", ["the UK's claim"], 'an apostrophe inside a single-quoted passage'],
    ['a "Chinese state-linked entity" may have "compromised"', ['Chinese state-linked entity', 'compromised'], 'two passages'],
  ])('quotedPassages(%j)', (text, expected) => {
    expect(quotedPassages(text)).toEqual(expected);
  });

  test.each<[string, string[], string]>([
    ['The UK and New Zealand', ['UK', 'New', 'Zealand'], 'not the first word'],
    ["Dowden said China's embassy", ['China'], 'possessive stripped'],
    ['He said. Then Wellington spoke', ['Wellington'], 'a new sentence starts after a full stop'],
    ['Sunak: China poses a threat', [], 'a colon starts afresh'],
    ['the Beijing-linked hackers and APT31', ['Beijing', 'APT31'], 'hyphenated words, and names with digits'],
  ])('capitalisedNames(%j)', (text, expected) => {
    expect(capitalisedNames(text)).toEqual(expected);
  });
});
