/**
 * Checks the schema cannot express: ids that must be unique, references that must
 * resolve, ranges that must run forwards, quotes that must sit where they say.
 * Shared by the compiler (on curated data) and the app (on a fetched document).
 */
import { isOrderedRange } from './dates.ts';
import type { Problem } from './problems.ts';
import type { CuratedCitation, CuratedEvent, Lane, Kind, Landmark, Narrative, Timeline } from './schema.ts';

/** An event as both shapes have it: a compiled document may leave out `assertion`. */
type CheckedEvent = Omit<CuratedEvent, 'assertion'> & Partial<Pick<CuratedEvent, 'assertion'>>;

interface StoryReferences {
  /** Undefined when the lanes themselves failed validation: lane references are then not checked. */
  lanes: Lane[] | undefined;
  /** Undefined when the kinds themselves failed validation: kind references are then not checked. */
  kinds: Kind[] | undefined;
  /** Undefined when there is no usable source list: citation sources are then not checked. */
  sources: { id: string }[] | undefined;
  events: { index: number; event: CheckedEvent }[];
  /** The story's actors; absent means none, so any actor an event names is unknown. */
  actors?: { id: string }[] | undefined;
  /** Event ids as written, invalid entries included, so a link to one is not also "unknown event". */
  writtenEventIds?: string[] | undefined;
  /** Landmarks, whose periods must run forwards like events'. */
  landmarks?: Landmark[];
  /** Narratives, whose steps must name events that exist. */
  narratives?: Narrative[];
}

function duplicateProblems(ids: string[], path: (index: number) => PropertyKey[], what: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) problems.push({ path: path(index), message: `duplicate ${what} id ${JSON.stringify(id)}` });
    seen.add(id);
  });
  return problems;
}

function citationSourceProblems(
  citations: CuratedCitation[],
  sourceIds: Set<string>,
  path: PropertyKey[],
): Problem[] {
  return citations.flatMap((citation, i) =>
    sourceIds.has(citation.source)
      ? []
      : [{ path: [...path, i, 'source'], message: `unknown source ${JSON.stringify(citation.source)}` }],
  );
}

/** Unique ids, known lanes, kinds and sources, and ranges that end after they start. */
export function findReferenceProblems(story: StoryReferences): Problem[] {
  const laneIds = story.lanes && new Set(story.lanes.map((lane) => lane.id));
  const kindIds = story.kinds && new Set(story.kinds.map((kind) => kind.id));
  const sourceIds = story.sources && new Set(story.sources.map((source) => source.id));

  const problems: Problem[] = [
    ...duplicateProblems((story.lanes ?? []).map((l) => l.id), (i) => ['lanes', i, 'id'], 'lane'),
    ...duplicateProblems((story.kinds ?? []).map((k) => k.id), (i) => ['kinds', i, 'id'], 'kind'),
    ...duplicateProblems((story.sources ?? []).map((s) => s.id), (i) => ['sources', i, 'id'], 'source'),
  ];

  (story.landmarks ?? []).forEach((landmark, l) => {
    if (landmark.end !== undefined && !isOrderedRange(landmark.start, landmark.end)) {
      problems.push({ path: ['landmarks', l, 'end'], message: `ends (${landmark.end}) before it starts (${landmark.start})` });
    }
  });

  const eventIds = new Set<string>();
  for (const { index, event } of story.events) {
    const at = (...rest: PropertyKey[]): PropertyKey[] => ['events', index, ...rest];
    if (eventIds.has(event.id)) problems.push({ path: at('id'), message: `duplicate event id ${JSON.stringify(event.id)}` });
    eventIds.add(event.id);
    if (laneIds && !laneIds.has(event.lane)) problems.push({ path: at('lane'), message: `unknown lane ${JSON.stringify(event.lane)}` });
    event.kinds.forEach((kind, k) => {
      if (kindIds && !kindIds.has(kind)) problems.push({ path: at('kinds', k), message: `unknown kind ${JSON.stringify(kind)}` });
    });
    if (event.end !== undefined && !isOrderedRange(event.start, event.end)) {
      problems.push({ path: at('end'), message: `ends (${event.end}) before it starts (${event.start})` });
    }
    if (sourceIds) {
      problems.push(...citationSourceProblems(event.citations, sourceIds, at('citations')));
      event.discrepancies?.forEach((discrepancy, d) => {
        problems.push(...citationSourceProblems(discrepancy.citations, sourceIds, at('discrepancies', d, 'citations')));
      });
    }
  }
  problems.push(...narrativeProblems(story.narratives ?? [], eventIds));
  problems.push(...claimProblems(story.actors ?? [], story.events, new Set(story.writtenEventIds)));
  return problems;
}

function narrativeProblems(narratives: Narrative[], eventIds: Set<string>): Problem[] {
  const problems = duplicateProblems(narratives.map((n) => n.id), (i) => ['narratives', i, 'id'], 'narrative');
  narratives.forEach((narrative, n) => {
    narrative.steps.forEach((step, s) => {
      if (!eventIds.has(step.event)) {
        problems.push({ path: ['narratives', n, 'steps', s, 'event'], message: `unknown event ${JSON.stringify(step.event)}` });
      }
    });
  });
  return problems;
}

/** In a compiled document, each quote and paragraph must be found exactly where its offset says. */
export function findPlacementProblems(timeline: Timeline): Problem[] {
  // The first source with an id wins, as in the compiler: a duplicate id is reported
  // by findReferenceProblems, and must not send the first source's quotes to the wrong text.
  const texts = new Map<string, string>();
  for (const source of timeline.sources) if (!texts.has(source.id)) texts.set(source.id, source.text);
  const problems: Problem[] = [];
  timeline.events.forEach((event, index) => {
    const groups = [
      { path: ['events', index, 'citations'], citations: event.citations },
      ...(event.discrepancies ?? []).map((d, i) => ({
        path: ['events', index, 'discrepancies', i, 'citations'],
        citations: d.citations,
      })),
    ];
    for (const group of groups) {
      group.citations.forEach((citation, c) => {
        const text = texts.get(citation.source);
        if (text === undefined) return; // reported by findReferenceProblems
        const { quote, offset, paragraph } = citation;
        if (text.slice(offset, offset + quote.length) !== quote) {
          problems.push({ path: [...group.path, c, 'offset'], message: `quote is not at offset ${offset} of source ${JSON.stringify(citation.source)}` });
        } else if (
          text.slice(paragraph.offset, paragraph.offset + paragraph.text.length) !== paragraph.text ||
          paragraph.offset > offset ||
          paragraph.offset + paragraph.text.length < offset + quote.length
        ) {
          problems.push({ path: [...group.path, c, 'paragraph'], message: `paragraph does not hold the quote in source ${JSON.stringify(citation.source)}` });
        }
      });
    }
  });
  return problems;
}

/**
 * Who claims and who acts must be known actors, and links must point at events that
 * exist: a `denies` link from a denial to an allegation. Only what is present is checked,
 * so documents without these fields still load.
 */
function claimProblems(
  actors: { id: string }[],
  events: { index: number; event: CheckedEvent }[],
  writtenEventIds: Set<string>,
): Problem[] {
  const problems = duplicateProblems(actors.map((a) => a.id), (i) => ['actors', i, 'id'], 'actor');
  const actorIds = new Set(actors.map((actor) => actor.id));
  const byId = new Map<string, CheckedEvent>();
  for (const { event } of events) if (!byId.has(event.id)) byId.set(event.id, event);
  for (const { index, event } of events) {
    for (const field of ['claimedBy', 'by'] as const) {
      event[field]?.forEach((actor, a) => {
        if (!actorIds.has(actor)) problems.push({ path: ['events', index, field, a], message: `unknown actor ${JSON.stringify(actor)}` });
      });
    }
    event.relations?.forEach((relation, r) => {
      const at = ['events', index, 'relations', r];
      const target = byId.get(relation.event);
      if (!target) {
        if (!writtenEventIds.has(relation.event)) problems.push({ path: [...at, 'event'], message: `unknown event ${JSON.stringify(relation.event)}` });
      } else if (relation.event === event.id) problems.push({ path: [...at, 'event'], message: 'an event cannot relate to itself' });
      else if (relation.type === 'denies' && !event.kinds.includes('denial')) {
        problems.push({ path: [...at, 'type'], message: 'only an event of kind "denial" can deny another' });
      } else if (relation.type === 'denies' && target.assertion !== 'allegation') {
        problems.push({ path: [...at, 'event'], message: `denies ${JSON.stringify(relation.event)}, which is not an allegation` });
      }
    });
  }
  return problems;
}
