import { describe, expect, test } from 'vitest';
import { makeCuratedFiles, makeDisputedTimeline, makeTimeline, type CuratedFiles } from '../src/data/fixtures';
import { parseTimeline } from '../src/data/parseTimeline';
import type { Citation, Timeline } from '../src/data/schema';
import { compileTimeline, compileWithPlaces } from './compile';

// makeCuratedFiles() lists events newest first and sources as in its manifest:
//   events[0] "charges-filed" (2024-03-25, cites wire and brief, one discrepancy)
//   events[1] "intrusion" (before 2022-10 – 2023, cites wire)
//   events[2] "campaign-begins" (2021, cites wire)
//   sources[0] "wire" (wire.txt), sources[1] "brief" (brief.txt)

/** A fresh valid set of curated files changed by `mutate`. */
function broken(mutate: (files: CuratedFiles) => void): CuratedFiles {
  const files = makeCuratedFiles();
  mutate(files);
  return files;
}

function compiled(files: CuratedFiles): Timeline {
  const result = compileTimeline(files);
  if (!result.ok) throw new Error(`expected the story to compile:\n${result.problems.join('\n')}`);
  return result.timeline;
}

function allCitations(timeline: Timeline): Citation[] {
  return timeline.events.flatMap((event) => [
    ...event.citations,
    ...(event.discrepancies ?? []).flatMap((discrepancy) => discrepancy.citations),
  ]);
}

const LOOSE_MATCH = 'quote not found as written; it differs from the article only in quotation marks, dashes, letter case or spacing';

describe('compileTimeline on a valid story', () => {
  test('produces exactly the compiled fixture', () => {
    expect(compiled(makeCuratedFiles())).toEqual(makeTimeline());
  });

  test('carries the actors, the links, the corrections and the outside knowledge into the document', () => {
    expect(compiled(makeCuratedFiles('disputed'))).toEqual(makeDisputedTimeline());
  });

  test('sorts events chronologically', () => {
    expect(compiled(makeCuratedFiles()).events.map((event) => [event.id, event.start])).toEqual([
      ['campaign-begins', '2021'],
      ['intrusion', '2022-10'],
      ['charges-filed', '2024-03-25'],
    ]);
  });

  test('keeps the curated order of events that start at the same time', () => {
    const files = broken((f) => {
      f.story.events[0]!.start = '2021'; // charges-filed, listed before campaign-begins
    });
    expect(compiled(files).events.map((event) => event.id)).toEqual(['charges-filed', 'campaign-begins', 'intrusion']);
  });

  test('places every quote, discrepancies included, at its offset inside its paragraph', () => {
    const timeline = compiled(makeCuratedFiles());
    const texts = new Map(timeline.sources.map((source) => [source.id, source.text]));
    const citations = allCitations(timeline);
    expect(citations).toHaveLength(6);
    for (const { source, quote, offset, paragraph } of citations) {
      const text = texts.get(source) ?? '';
      expect(text.slice(offset, offset + quote.length)).toBe(quote);
      expect(text.slice(paragraph.offset, paragraph.offset + paragraph.text.length)).toBe(paragraph.text);
      expect(paragraph.text).toContain(quote);
      expect(paragraph.text).not.toContain('\n');
    }
  });

  test('computes the offsets a reader would count', () => {
    const [event] = compiled(makeCuratedFiles()).events;
    // "The group began…" is the second line of wire.txt; the first line is 90 characters long.
    expect(event?.citations[0]).toMatchObject({ offset: 91, paragraph: { offset: 91 } });
  });

  test('passes the same check the app runs on the fetched document', () => {
    const timeline = compiled(makeCuratedFiles());
    expect(parseTimeline(JSON.parse(JSON.stringify(timeline)))).toEqual(timeline);
  });

  test('keeps article text verbatim, so a leading blank line or an indented paragraph does not break offsets', () => {
    const wire = makeCuratedFiles().texts['wire.txt'] ?? '';
    const text = `\n${wire.replace('\nThe group', '\n  The group')}\n`;
    const timeline = compiled(broken((f) => void (f.texts['wire.txt'] = text)));
    expect(timeline.sources[0]?.text).toBe(text);
    expect(timeline.events[0]?.citations[0]?.paragraph).toEqual({
      offset: 92,
      text: '  The group began targeting lawmakers in 2021, officials said.',
    });
  });
});

describe('compileTimeline on broken stories reports each problem on one readable line', () => {
  test.each<[string, (files: CuratedFiles) => void, string[]]>([
    [
      // The quote is not in the article at all.
      'quote not found',
      (f) => void (f.story.events[1]!.citations[0]!.quote = 'Its intrusion began in 2019'),
      ['events[1] "intrusion": citations[0].quote: quote not found in source "wire"'],
    ],
    [
      // The article prints “malicious” with typographic quotation marks; the quote uses straight ones.
      'quote differing only in quotation marks',
      (f) => void (f.story.events[0]!.citations[1]!.quote = 'Prosecutors called the emails "malicious".'),
      [`events[0] "charges-filed": citations[1].quote: ${LOOSE_MATCH} in source "brief"`],
    ],
    [
      // "said." ends two sentences of wire.txt, so the quote does not point to one place.
      'ambiguous quote',
      (f) => void (f.story.events[2]!.citations[0]!.quote = 'said.'),
      [
        'events[2] "campaign-begins": citations[0].quote: quote occurs 2 times; quote more of the sentence so it points to one place in source "wire"',
      ],
    ],
    [
      // No source "afp" in the manifest.
      'unknown source',
      (f) => void (f.story.events[2]!.citations[0]!.source = 'afp'),
      ['events[2] "campaign-begins": citations[0].source: unknown source "afp"'],
    ],
    [
      // Discrepancy citations are checked like event citations.
      'unknown source in a discrepancy',
      (f) => void (f.story.events[0]!.discrepancies![0]!.citations[1]!.source = 'afp'),
      ['events[0] "charges-filed": discrepancies[0].citations[1].source: unknown source "afp"'],
    ],
    [
      // Discrepancy quotes are located like event quotes.
      'discrepancy quote not found',
      (f) => void (f.story.events[0]!.discrepancies![0]!.citations[0]!.quote = 'a 15-year campaign'),
      ['events[0] "charges-filed": discrepancies[0].citations[0].quote: quote not found in source "wire"'],
    ],
    [
      // Lanes are "us" and "uk".
      'unknown lane',
      (f) => void (f.story.events[1]!.lane = 'mars'),
      ['events[1] "intrusion": lane: unknown lane "mars"'],
    ],
    [
      // Kinds are "breach" and "charges".
      'unknown kind',
      (f) => void (f.story.events[2]!.kinds = ['breach', 'gossip']),
      ['events[2] "campaign-begins": kinds[1]: unknown kind "gossip"'],
    ],
    [
      // Event ids must be unique; the second use is the one reported.
      'duplicate event id',
      (f) => void (f.story.events[2]!.id = 'intrusion'),
      [
        // "charges-filed" responds to the event that was "campaign-begins": the link now points nowhere.
        'events[0] "charges-filed": relations[0].event: unknown event "campaign-begins"',
        'events[2] "intrusion": id: duplicate event id "intrusion"',
      ],
    ],
    [
      // Source ids must be unique.
      'duplicate source id',
      (f) => void f.manifest.push({ ...f.manifest[0]! }),
      ['sources[2].id: duplicate source id "wire"'],
    ],
    [
      // Lane ids must be unique.
      'duplicate lane id',
      (f) => void f.story.lanes.push({ id: 'uk', label: 'Britain' }),
      ['lanes[2].id: duplicate lane id "uk"'],
    ],
    [
      // There is no 30 February.
      'impossible date',
      (f) => void (f.story.events[2]!.start = '2024-02-30'),
      ['events[2] "campaign-begins": start: is not a real calendar date'],
    ],
    [
      // There is no month 13.
      'month 13',
      (f) => void (f.story.events[1]!.start = '2022-13'),
      ['events[1] "intrusion": start: is not a real calendar date'],
    ],
    [
      // Dates are ISO 8601, not free text.
      'a date that is not ISO 8601',
      (f) => void (f.story.events[2]!.start = 'March 2021'),
      ['events[2] "campaign-begins": start: must be an ISO 8601 date: "2014", "2022-10" or "2024-03-25"'],
    ],
    [
      // September 2022 is before October 2022.
      'end before start',
      (f) => void (f.story.events[1]!.end = '2022-09'),
      ['events[1] "intrusion": end: ends (2022-09) before it starts (2022-10)'],
    ],
    [
      // Every event needs evidence.
      'empty citations',
      (f) => void (f.story.events[2]!.citations = []),
      ['events[2] "campaign-begins": citations: needs at least one citation'],
    ],
    [
      // A discrepancy is between at least two articles.
      'discrepancy with one side',
      (f) => void f.story.events[0]!.discrepancies![0]!.citations.pop(),
      ['events[0] "charges-filed": discrepancies[0].citations: a discrepancy needs at least two citations'],
    ],
    [
      // The manifest names brief.txt but there is no such file.
      'missing article file',
      (f) => void delete f.texts['brief.txt'],
      ['sources[1].file: no article file "brief.txt" in data/sources/'],
    ],
    [
      // Ids are lowercase words joined by hyphens.
      'bad event id format',
      (f) => void (f.story.events[0]!.id = 'Charges Filed'),
      ['events[0] "Charges Filed": id: must be lowercase letters and digits joined by single hyphens (and not "constructor")'],
    ],
    [
      // Source ids follow the same rule.
      'bad source id format',
      (f) => void (f.manifest[1]!.id = 'brief_report'),
      [
        'sources[1].id: must be lowercase letters and digits joined by single hyphens (and not "constructor")',
        // The citations still name the old id, which the manifest no longer has.
        'events[0] "charges-filed": citations[1].source: unknown source "brief"',
        'events[0] "charges-filed": discrepancies[0].citations[1].source: unknown source "brief"',
      ],
    ],
    [
      // Article files are .txt files.
      'article file that is not .txt',
      (f) => void (f.manifest[0]!.file = 'wire.html'),
      ['sources[0].file: must be a .txt file name in data/sources/'],
    ],
    [
      // Only four qualifiers exist.
      'unknown qualifier',
      (f) => void Object.assign(f.story.events[1]!, { qualifier: 'around' }),
      ['events[1] "intrusion": qualifier: Invalid option: expected one of "before"|"by"|"about"|"after"'],
    ],
    [
      // A blank title is no title.
      'blank event title',
      (f) => void (f.story.events[2]!.title = '   '),
      ['events[2] "campaign-begins": title: must not be empty'],
    ],
    [
      // Curators say of every event whether it is an act or an allegation; compiled documents may leave it out.
      'event without an assertion',
      (f) => void Reflect.deleteProperty(f.story.events[1]!, 'assertion'),
      ['events[1] "intrusion": assertion: must say whether the event is an act on the record or an allegation'],
    ],
    [
      // The copy desk: an allegation names who makes it.
      'allegation without claimants',
      (f) => void delete f.story.events[2]!.claimedBy,
      ['events[2] "campaign-begins": claimedBy: an allegation must say who makes it: name them in "claimedBy"'],
    ],
    [
      // The copy desk: a name the articles do not print belongs in outsideKnowledge.
      'a name from outside the articles',
      (f) => void (f.story.events[1]!.summary = 'The intrusion, which Lacson ran, lasted into 2023.'),
      [
        'events[1] "intrusion": summary: “Lacson” is in none of this event\'s articles: take it from the articles, or move it to outsideKnowledge',
      ],
    ],
    [
      // The cross-checks every document meets: a claimant must be an actor.
      'unknown actor',
      (f) => void (f.story.events[2]!.claimedBy = ['nobody']),
      ['events[2] "campaign-begins": claimedBy[0]: unknown actor "nobody"'],
    ],
    [
      // The story lists its actors, even when it has none.
      'missing actor list',
      (f) => void Reflect.deleteProperty(f.story, 'actors'),
      [
        'actors: Invalid input: expected array, received undefined',
        'events[0] "charges-filed": by[0]: unknown actor "prosecutors"',
        'events[2] "campaign-begins": claimedBy[0]: unknown actor "officials"',
      ],
    ],
    [
      // The story needs a title.
      'missing story title',
      (f) => void Reflect.deleteProperty(f.story, 'title'),
      ['title: Invalid input: expected string, received undefined'],
    ],
  ])('%s', (_violation, mutate, expected) => {
    expect(compileTimeline(broken(mutate))).toEqual({ ok: false, problems: expected });
  });

  test('reports every problem at once, sources before events, each in file order', () => {
    const files = broken((f) => {
      // Made in the reverse of the order they are reported.
      f.manifest.push({ id: 'extra', file: 'extra.txt', label: 'Extra' });
      f.story.events[2]!.lane = 'mars';
      f.story.events[1]!.start = '2022-13';
      f.story.events[0]!.citations[1]!.quote = 'Seven people were charged on 26 March 2024.';
      f.story.events[0]!.citations[0]!.source = 'afp';
    });
    expect(compileTimeline(files)).toEqual({
      ok: false,
      problems: [
        'sources[2].file: no article file "extra.txt" in data/sources/',
        'events[0] "charges-filed": citations[0].source: unknown source "afp"',
        'events[0] "charges-filed": citations[1].quote: quote not found in source "brief"',
        'events[1] "intrusion": start: is not a real calendar date',
        'events[2] "campaign-begins": lane: unknown lane "mars"',
      ],
    });
  });

  test('a narrative step must name an event that exists, and narrative ids are unique', () => {
    const files = broken((f) => {
      const story = f.story as unknown as { narratives: unknown[]; events: { id: string }[] };
      const event = story.events[0]!.id;
      story.narratives = [
        { id: 'tour', title: 'A tour', steps: [{ event }, { event: 'no-such-event' }] },
        { id: 'tour', title: 'Again', steps: [{ event }] },
      ];
    });
    expect(compileTimeline(files)).toEqual({
      ok: false,
      problems: ['narratives[0].steps[1].event: unknown event "no-such-event"', 'narratives[1].id: duplicate narrative id "tour"'],
    });
  });

  test('reports a story that is not an object', () => {
    expect(compileTimeline({ ...makeCuratedFiles(), story: null })).toEqual({
      ok: false,
      problems: ['Invalid input: expected object, received null'],
    });
  });

  test('reports an empty manifest', () => {
    expect(compileTimeline({ ...makeCuratedFiles(), manifest: [] })).toEqual({
      ok: false,
      problems: ['sources: the manifest lists no sources'],
    });
  });
});

describe('unsourced events', () => {
  /** An event imported from another tool: no article behind it, and the words it came with. */
  const imported = {
    id: 'imported',
    title: 'A slide from another tool, with "words in quotation marks" and Names',
    summary: 'Text nobody has checked against an article.',
    start: '2019',
    dateBasis: 'Year 2019 in the imported file.',
    lane: 'us',
    kinds: ['breach'],
    citations: [],
    unsourced: true as const,
    origin: { link: 'https://example.org/photo', credit: 'Photo: Example' },
  };

  test('compile when marked, kept apart from the copy desk, and say so in the document', () => {
    const timeline = compiled(broken((f) => void f.story.events.push(imported)));
    expect(timeline.events.find((event) => event.id === 'imported')).toMatchObject({
      unsourced: true,
      citations: [],
      origin: imported.origin,
    });
  });

  test('a story of only unsourced events needs no articles', () => {
    const files = broken((f) => {
      f.story.events = [imported];
      f.manifest = [];
      f.texts = {};
    });
    expect(compiled(files).sources).toEqual([]);
  });

  test.each<[string, (files: CuratedFiles) => void, string[]]>([
    [
      'an event that cites nothing and is not marked',
      (f) => void f.story.events.push({ ...imported, title: 'A slide', unsourced: undefined, assertion: 'act' }),
      ['events[3] "imported": citations: needs at least one citation'],
    ],
    [
      'an event marked unsourced that cites an article',
      (f) => void (f.story.events[0]!.unsourced = true),
      ['events[0] "charges-filed": unsourced: an event that cites an article is sourced: remove "unsourced"'],
    ],
    [
      'a sourced event still needs an assertion; an unsourced one does not',
      (f) => {
        f.story.events.push(imported);
        Reflect.deleteProperty(f.story.events[2]!, 'assertion');
      },
      ['events[2] "campaign-begins": assertion: must say whether the event is an act on the record or an allegation'],
    ],
  ])('%s', (_case, mutate, expected) => {
    expect(compileTimeline(broken(mutate))).toEqual({ ok: false, problems: expected });
  });

  test('are refused where every event must be sourced (the built-in story)', () => {
    const files = broken((f) => void f.story.events.push(imported));
    expect(compileTimeline(files, { requireSources: true })).toEqual({
      ok: false,
      problems: [
        'events[3] "imported": unsourced: this story publishes only events its articles back: cite an article, or leave the event out',
      ],
    });
  });
});

describe('where each problem is', () => {
  test('each problem comes with its path into the files, for an editor to go to', () => {
    const files = broken((f) => {
      f.story.events[1]!.title = ' ';
      f.story.events[2]!.citations[0]!.quote = 'words the article never printed';
    });
    const result = compileWithPlaces(files);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((problem) => problem.path)).toEqual([
      ['events', 1, 'title'],
      ['events', 2, 'citations', 0, 'quote'],
    ]);
    expect(result.problems.map((problem) => problem.line)).toEqual((compileTimeline(files) as { problems: string[] }).problems);
  });
});
