/**
 * A compiled story opened in the studio as a draft: the curated files it was compiled from,
 * give or take what the compiler works out (quote offsets and paragraphs, the schema version).
 */
import type { Citation, CuratedCitation, Timeline } from '../data/schema';
import type { Draft } from './draft';

function curated({ source, quote }: Citation): CuratedCitation {
  return { source, quote };
}

export function draftFromTimeline(timeline: Timeline): Draft {
  const { schemaVersion: _version, sources, events, ...story } = timeline;
  return {
    story: {
      ...story,
      actors: story.actors ?? [],
      events: events.map((event) => ({
        ...event,
        assertion: event.assertion ?? 'act',
        citations: event.citations.map(curated),
        ...(event.discrepancies && {
          discrepancies: event.discrepancies.map((discrepancy) => ({ ...discrepancy, citations: discrepancy.citations.map(curated) })),
        }),
      })),
    },
    manifest: sources.map(({ text: _text, ...entry }) => entry),
    texts: Object.fromEntries(sources.map((source) => [source.file, source.text])),
  };
}
