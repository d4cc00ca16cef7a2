import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { makeDisputedTimeline, makeTimeline } from '../src/data/fixtures.ts';
import type { Citation, Timeline } from '../src/data/schema.ts';
import { COVERAGE_HEADING, EVERY_MENTION_CITED, formatCoverage, uncitedMentions } from './coverageReport.ts';
import { compileStoryDir } from './readStory.ts';

/** A citation of `quote` in `text`, placed as the compiler places it. */
function citation(source: string, text: string, quote: string): Citation {
  const offset = text.indexOf(quote);
  return { source, quote, offset, paragraph: { offset: 0, text } };
}

/** The fixture's "wire" article (dated 'WASHINGTON (March 25)') with only `citations` pointing into it. */
function wireCitedBy(quotes: string[], where: 'citations' | 'discrepancies' = 'citations'): Timeline {
  const timeline = makeTimeline();
  const wire = timeline.sources.find((source) => source.id === 'wire');
  const text = wire?.text ?? '';
  const cited = quotes.map((quote) => citation('wire', text, quote));
  const [first, ...rest] = timeline.events;
  if (!first) throw new Error('the fixture has events');
  const event =
    where === 'citations'
      ? { ...first, citations: cited, discrepancies: [] }
      : { ...first, citations: [], discrepancies: [{ topic: 'Dates', note: 'Both.', citations: cited }] };
  return { ...timeline, sources: wire ? [wire] : [], events: [event, ...rest.map((e) => ({ ...e, citations: [], discrepancies: [] }))] };
}

const uncitedWords = (timeline: Timeline) => uncitedMentions(timeline).map(({ source, mention }) => [source, mention.words]);

describe('uncitedMentions', () => {
  test.each<[string, Timeline, string[][]]>([
    ['the fixture story cites every mention (its dateline date is not one to cite)', makeTimeline(), []],
    ['the disputed variant too', makeDisputedTimeline(), []],
    [
      'a source nothing cites: every mention but the dateline',
      wireCitedBy([]),
      [
        ['wire', 'on Monday'],
        ['wire', 'in 2021'],
        ['wire', 'before October 2022'],
        ['wire', '2023'],
      ],
    ],
    [
      'a quote must hold the mention whole',
      wireCitedBy(['Prosecutors on Monday charged', 'targeting lawmakers in 20', 'began before October 2022 and lasted into 2023']),
      [['wire', 'in 2021']],
    ],
    [
      "a discrepancy's citations count",
      wireCitedBy(['Prosecutors on Monday charged', 'lawmakers in 2021', 'before October 2022 and lasted into 2023'], 'discrepancies'),
      [],
    ],
  ])('%s', (_name, timeline, expected) => {
    expect(uncitedWords(timeline)).toEqual(expected);
  });

  test('the real story: only BGNES’s undated "over the past decade or more" is cited by no event', () => {
    const result = compileStoryDir(dirname(fileURLToPath(import.meta.url)));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(uncitedWords(result.timeline)).toEqual([['bgnes', 'over the past decade or more']]);
    expect(formatCoverage(result.timeline)).toEqual([
      COVERAGE_HEADING,
      "  i bgnes: 'over the past decade or more' (paragraph 2) is cited by no event",
    ]);
  });
});

describe('formatCoverage', () => {
  test('one line when every mention is cited', () => {
    expect(formatCoverage(makeTimeline())).toEqual([EVERY_MENTION_CITED]);
  });

  test('a heading, then one line per source in manifest order, with paragraph numbers', () => {
    const timeline = wireCitedBy(['Prosecutors on Monday charged', 'before October 2022 and lasted into 2023']);
    const brief = makeTimeline().sources.find((source) => source.id === 'brief');
    const withBrief = { ...timeline, sources: [...timeline.sources, ...(brief ? [brief] : [])] };
    expect(formatCoverage(withBrief)).toEqual([
      COVERAGE_HEADING,
      "  i wire: 'in 2021' (paragraph 2) is cited by no event",
      // Paragraph 2 of the brief: the blank line between its paragraphs is not counted.
      "  i brief: 'on 25 March 2024' (paragraph 2) is cited by no event",
    ]);
  });

  test('several mentions of one source share its line', () => {
    expect(formatCoverage(wireCitedBy([]))).toEqual([
      COVERAGE_HEADING,
      "  i wire: 'on Monday' (paragraph 1), 'in 2021' (paragraph 2), 'before October 2022' (paragraph 3), '2023' (paragraph 3) are cited by no event",
    ]);
  });
});
