/**
 * A compiled story back as the curated files it was compiled from (to open in the studio, or
 * to import), give or take what the compiler works out: quote offsets and paragraphs, the schema version.
 */
import type { Citation, CuratedCitation, CuratedEvent, CuratedFiles, Timeline, TimelineEvent } from './schema';

function curated({ source, quote }: Citation): CuratedCitation {
  return { source, quote };
}

/** One event as curated: its quotes without the places the compiler found for them. */
export function curatedEvent(event: TimelineEvent): CuratedEvent {
  return {
    ...event,
    citations: event.citations.map(curated),
    ...(event.discrepancies && {
      discrepancies: event.discrepancies.map((discrepancy) => ({ ...discrepancy, citations: discrepancy.citations.map(curated) })),
    }),
  };
}

export function curatedFromTimeline(timeline: Timeline): CuratedFiles {
  const { schemaVersion: _version, sources, events, ...story } = timeline;
  return {
    story: {
      ...story,
      actors: story.actors ?? [],
      events: events.map(curatedEvent),
    },
    manifest: sources.map(({ text: _text, ...entry }) => entry),
    texts: Object.fromEntries(sources.map((source) => [source.file, source.text])),
  };
}
