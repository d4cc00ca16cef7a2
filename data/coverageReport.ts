/**
 * Date mentions in the articles that no citation covers, for `npm run data` to list after a
 * successful compile. Information, never a problem: a curator may decide a mention is not an
 * event (or is dated well enough by another article). The date printed in a dateline dates
 * the report itself, so it is never listed.
 */
import type { Citation, Timeline } from '../src/data/schema.ts';
import { paragraphs } from '../src/sources/segments.ts';
import { findDateMentions, mentionsCitedBy, type DateMention } from '../src/data/dateMentions.ts';

export const COVERAGE_HEADING =
  'Date mentions no event cites (information, not a problem: a curator may decide a mention is not an event):';
export const EVERY_MENTION_CITED = '✓ Every date mention in the articles is cited by an event.';

export interface UncitedMention {
  /** The source id. */
  source: string;
  mention: DateMention;
}

function allCitations(timeline: Timeline): Citation[] {
  return timeline.events.flatMap((event) => [
    ...event.citations,
    ...(event.discrepancies ?? []).flatMap((discrepancy) => discrepancy.citations),
  ]);
}

/** Every date mention, source by source in manifest order, that lies inside no citation's quote. */
export function uncitedMentions(timeline: Timeline): UncitedMention[] {
  const citations = allCitations(timeline);
  return timeline.sources.flatMap((source) => {
    const mentions = findDateMentions(source.text, { dateline: source.dateline, published: source.published });
    const quotes = citations.filter((citation) => citation.source === source.id);
    return mentionsCitedBy(mentions, quotes)
      .filter(({ mention, citedBy }) => citedBy.length === 0 && !mention.inDateline)
      .map(({ mention }) => ({ source: source.id, mention }));
  });
}

/** 1 for the first paragraph; blank lines do not count. */
function paragraphNumber(text: string, offset: number): number {
  return paragraphs(text).findLastIndex((paragraph) => paragraph.offset <= offset) + 1;
}

/**
 * The report as printed: the heading and one line per source, e.g.
 * `  i afp: 'in July' (paragraph 33) is cited by no event`, or one line when all are cited.
 */
export function formatCoverage(timeline: Timeline, uncited: readonly UncitedMention[] = uncitedMentions(timeline)): string[] {
  if (uncited.length === 0) return [EVERY_MENTION_CITED];
  const lines = [COVERAGE_HEADING];
  for (const source of timeline.sources) {
    const mentions = uncited.filter((entry) => entry.source === source.id).map((entry) => entry.mention);
    if (mentions.length === 0) continue;
    const listed = mentions.map((mention) => `'${mention.words}' (paragraph ${paragraphNumber(source.text, mention.start)})`).join(', ');
    lines.push(`  i ${source.id}: ${listed} ${mentions.length === 1 ? 'is' : 'are'} cited by no event`);
  }
  return lines;
}
