/**
 * Checks the schema cannot express: ids that must be unique, references that must
 * resolve, ranges that must run forwards, quotes that must sit where they say.
 * Shared by the compiler (on curated data) and the app (on a fetched document).
 *
 * They run on whatever passed the schema, even in a document the schema rejected
 * elsewhere, so every problem is reported in one pass: a list entry that failed is
 * `undefined` in its place, an event field that failed is absent, and only the checks
 * that need it are skipped (the schema has reported it already).
 */
import { isOrderedRange } from './dates.ts';
import { inSource, QUOTE_NOT_FOUND, type Problem } from './problems.ts';
import type { Citation, CuratedCitation, Landmark, Narrative, Relation } from './schema.ts';

/** A list checked entry by entry: an entry that failed the schema is undefined, in its place. */
export type Checked<T> = readonly (T | undefined)[];

/** What can be cross-checked of one event: the fields that passed the schema. */
export interface EventFields {
  id?: string;
  lane?: string;
  kinds?: string[];
  start?: string;
  end?: string;
  citations?: Checked<CuratedCitation>;
  discrepancies?: Checked<{ citations?: Checked<CuratedCitation> }>;
  /** Marks an event no article backs yet. */
  unsourced?: boolean;
  /** 'act' or 'allegation'; a compiled document may leave it out. */
  assertion?: string;
  claimedBy?: string[];
  by?: string[];
  relations?: Checked<Relation>;
}

interface StoryReferences {
  /** Undefined when there is no usable lane list: lane references are then not checked. */
  lanes: Checked<{ id?: string }> | undefined;
  /** Undefined when there is no usable kind list: kind references are then not checked. */
  kinds: Checked<{ id?: string }> | undefined;
  /** Undefined when there is no usable source list: citation sources are then not checked. */
  sources: Checked<{ id?: string }> | undefined;
  /** Undefined when there is no usable event list: narrative steps are then not checked. */
  events: { index: number; event: EventFields }[] | undefined;
  /** Landmarks, whose periods must run forwards like events'. */
  landmarks?: Checked<Landmark>;
  /** Narratives, whose steps must name events that exist. */
  narratives?: Checked<Narrative>;
  /** The story's actors; absent means none, so any actor an event names is unknown. */
  actors?: Checked<{ id?: string }>;
  /** Event ids as written, invalid entries included, so a link to one is not also "unknown event". */
  writtenEventIds?: readonly (string | undefined)[];
}

const idsOf = (list: Checked<{ id?: string }>) => list.map((entry) => entry?.id);

function duplicateProblems(ids: readonly (string | undefined)[], path: (index: number) => PropertyKey[], what: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  ids.forEach((id, index) => {
    if (id === undefined) return;
    if (seen.has(id)) problems.push({ path: path(index), message: `duplicate ${what} id ${JSON.stringify(id)}` });
    seen.add(id);
  });
  return problems;
}

function citationSourceProblems(
  citations: Checked<CuratedCitation> | undefined,
  sourceIds: Set<string>,
  path: () => PropertyKey[],
  problems: Problem[],
): void {
  citations?.forEach((citation, i) => {
    if (citation && !sourceIds.has(citation.source)) {
      problems.push({ path: [...path(), i, 'source'], message: `unknown source ${JSON.stringify(citation.source)}` });
    }
  });
}

const knownIds = (list: Checked<{ id?: string }> | undefined) =>
  list && new Set(idsOf(list).filter((id): id is string => id !== undefined));

/** Unique ids, known lanes, kinds and sources, and ranges that end after they start. */
export function findReferenceProblems(story: StoryReferences): Problem[] {
  const problems: Problem[] = [
    ...duplicateProblems(idsOf(story.lanes ?? []), (i) => ['lanes', i, 'id'], 'lane'),
    ...duplicateProblems(idsOf(story.kinds ?? []), (i) => ['kinds', i, 'id'], 'kind'),
    ...duplicateProblems(idsOf(story.sources ?? []), (i) => ['sources', i, 'id'], 'source'),
  ];

  story.landmarks?.forEach((landmark, l) => {
    if (landmark?.end !== undefined && !isOrderedRange(landmark.start, landmark.end)) {
      problems.push({ path: ['landmarks', l, 'end'], message: `ends (${landmark.end}) before it starts (${landmark.start})` });
    }
  });

  const eventIds = new Set<string>();
  const lists = knownIdsOf(story);
  for (const { index, event } of story.events ?? []) {
    if (event.id !== undefined) {
      if (eventIds.has(event.id))
        problems.push({ path: ['events', index, 'id'], message: `duplicate event id ${JSON.stringify(event.id)}` });
      eventIds.add(event.id);
    }
    problems.push(...eventReferenceProblems(event, index, lists));
  }
  problems.push(...narrativeProblems(story.narratives ?? [], story.events && eventIds));
  const writtenIds = new Set(story.writtenEventIds);
  const isEvent = (id: string) => eventIds.has(id) || writtenIds.has(id);
  problems.push(...claimProblems(story.actors ?? [], story.events ?? [], isEvent));
  return problems;
}

/** The ids of the story's lists an event names: undefined where a list is not usable, and references to it are then not checked. */
export interface KnownIds {
  lanes: Set<string> | undefined;
  kinds: Set<string> | undefined;
  sources: Set<string> | undefined;
}

/** The ids of a story's lanes, kinds and sources, as its events' references are checked against them. */
export function knownIdsOf(story: Pick<StoryReferences, 'lanes' | 'kinds' | 'sources'>): KnownIds {
  return { lanes: knownIds(story.lanes), kinds: knownIds(story.kinds), sources: knownIds(story.sources) };
}

/** One event's own references: a known lane, kinds and sources; a range that ends after it starts; sourced, or marked as not. */
export function eventReferenceProblems(event: EventFields, index: number, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const at = (...rest: PropertyKey[]): PropertyKey[] => ['events', index, ...rest];
  if (known.lanes && event.lane !== undefined && !known.lanes.has(event.lane)) {
    problems.push({ path: at('lane'), message: `unknown lane ${JSON.stringify(event.lane)}` });
  }
  event.kinds?.forEach((kind, k) => {
    if (known.kinds && !known.kinds.has(kind)) problems.push({ path: at('kinds', k), message: `unknown kind ${JSON.stringify(kind)}` });
  });
  if (event.start !== undefined && event.end !== undefined && !isOrderedRange(event.start, event.end)) {
    problems.push({ path: at('end'), message: `ends (${event.end}) before it starts (${event.start})` });
  }
  const sourcing = sourcingProblem(event, at);
  if (sourcing) problems.push(sourcing);
  const sourceIds = known.sources;
  if (sourceIds) {
    // Paths made only for a problem: 100,000 events have none to report.
    citationSourceProblems(event.citations, sourceIds, () => at('citations'), problems);
    event.discrepancies?.forEach((discrepancy, d) => {
      citationSourceProblems(discrepancy?.citations, sourceIds, () => at('discrepancies', d, 'citations'), problems);
    });
  }
  return problems;
}

/** An event cites at least one article, or is marked as citing none; never both. */
function sourcingProblem(event: EventFields, at: (...rest: PropertyKey[]) => PropertyKey[]): Problem | undefined {
  if (event.citations === undefined) return undefined;
  const cites = event.citations.length > 0 || (event.discrepancies ?? []).some((d) => (d?.citations?.length ?? 0) > 0);
  if (event.unsourced && cites) return { path: at('unsourced'), message: 'an event that cites an article is sourced: remove "unsourced"' };
  if (!event.unsourced && event.citations.length === 0) return { path: at('citations'), message: 'needs at least one citation' };
  return undefined;
}

/** Narratives' ids, unique; their steps, each naming an event that exists (in `eventIds`: unchecked where there is none). */
export function narrativeProblems(narratives: Checked<Narrative>, eventIds: Pick<ReadonlySet<string>, 'has'> | undefined): Problem[] {
  const problems = duplicateProblems(idsOf(narratives), (i) => ['narratives', i, 'id'], 'narrative');
  if (!eventIds) return problems;
  narratives.forEach((narrative, n) => {
    narrative?.steps.forEach((step, s) => {
      if (!eventIds.has(step.event)) {
        problems.push({ path: ['narratives', n, 'steps', s, 'event'], message: `unknown event ${JSON.stringify(step.event)}` });
      }
    });
  });
  return problems;
}

/** What the quote checks need: each source's text, and each event's compiled citations. */
interface StoryQuotes {
  /** Undefined when there is no usable source list: no quote can then be checked. */
  sources: Checked<{ id?: string; text?: string }> | undefined;
  events: { index: number; event: EventQuotes }[] | undefined;
}

/** An event's compiled citations, as far as they passed the schema. */
export interface EventQuotes {
  citations?: Checked<Citation>;
  discrepancies?: Checked<{ citations?: Checked<Citation> }>;
}

/** In a compiled document, each quote and paragraph must be found exactly where its offset says. */
export function findPlacementProblems(story: StoryQuotes): Problem[] {
  const texts = sourceTexts(story.sources);
  const problems: Problem[] = [];
  for (const { index, event } of story.events ?? []) problems.push(...eventPlacementProblems(event, index, texts));
  return problems;
}

/**
 * Each source's text by its id. The first source with an id wins, as in the compiler: a
 * duplicate id is reported by findReferenceProblems, and must not send the first source's
 * quotes to the wrong text.
 */
export function sourceTexts(sources: StoryQuotes['sources']): Map<string, string | undefined> {
  const texts = new Map<string, string | undefined>();
  for (const source of sources ?? []) if (source?.id !== undefined && !texts.has(source.id)) texts.set(source.id, source.text);
  return texts;
}

/** One event's quotes and paragraphs, each where its offset says in its source's text (`texts`, as sourceTexts gives them). */
export function eventPlacementProblems(event: EventQuotes, index: number, texts: Map<string, string | undefined>): Problem[] {
  const problems: Problem[] = [];
  // The path made only for a problem: 100,000 events have none to report.
  const check = (citations: Checked<Citation> | undefined, path: () => PropertyKey[]) => {
    citations?.forEach((citation, c) => {
      if (!citation) return;
      const text = texts.get(citation.source);
      if (text === undefined) return; // an unknown source, or a text that failed the schema: reported already
      const { quote, offset, paragraph } = citation;
      if (text.slice(offset, offset + quote.length) !== quote) {
        problems.push(
          text.includes(quote)
            ? {
                path: [...path(), c, 'offset'],
                message: `quote is not at offset ${offset} of source ${JSON.stringify(citation.source)}`,
              }
            : { path: [...path(), c, 'quote'], message: inSource(QUOTE_NOT_FOUND, citation.source) },
        );
      } else if (
        text.slice(paragraph.offset, paragraph.offset + paragraph.text.length) !== paragraph.text ||
        paragraph.offset > offset ||
        paragraph.offset + paragraph.text.length < offset + quote.length
      ) {
        problems.push({ path: [...path(), c, 'paragraph'], message: inSource('paragraph does not hold the quote', citation.source) });
      }
    });
  };
  check(event.citations, () => ['events', index, 'citations']);
  event.discrepancies?.forEach((d, i) => check(d?.citations, () => ['events', index, 'discrepancies', i, 'citations']));
  return problems;
}

/**
 * Who claims and who acts must be known actors, and links must point at events that
 * exist: a `denies` link from a denial to an allegation. Only what is present is checked,
 * so documents without these fields still load.
 */
const ACTOR_FIELDS = ['claimedBy', 'by'] as const;

function claimProblems(
  actors: Checked<{ id?: string }>,
  events: { index: number; event: EventFields }[],
  isEvent: (id: string) => boolean,
): Problem[] {
  const problems = duplicateProblems(idsOf(actors), (i) => ['actors', i, 'id'], 'actor');
  const actorIds = new Set(idsOf(actors));
  // Each event by its id (the first, where one is repeated), made only where an event has links.
  let byId: Map<string, EventFields> | undefined;
  const eventWithId = (id: string) => {
    if (!byId) {
      byId = new Map();
      for (const { event } of events) if (event.id !== undefined && !byId.has(event.id)) byId.set(event.id, event);
    }
    return byId.get(id);
  };
  for (const { index, event } of events) {
    problems.push(...eventActorProblems(event, index, actorIds));
    problems.push(...relationProblems(event, index, eventWithId, isEvent));
  }
  return problems;
}

/** One event's actors, who claim and who act: each a known one (`actorIds`). */
export function eventActorProblems(event: EventFields, index: number, actorIds: ReadonlySet<string | undefined>): Problem[] {
  const problems: Problem[] = [];
  for (const field of ACTOR_FIELDS) {
    event[field]?.forEach((actor, a) => {
      if (!actorIds.has(actor)) problems.push({ path: ['events', index, field, a], message: `unknown actor ${JSON.stringify(actor)}` });
    });
  }
  return problems;
}

/** One event's links: each to another event, one that exists (`eventWithId`, or at least written: `isEvent`); a denial's, to an allegation. */
export function relationProblems(
  event: EventFields,
  index: number,
  eventWithId: (id: string) => Pick<EventFields, 'assertion'> | undefined,
  isEvent: (id: string) => boolean,
): Problem[] {
  const problems: Problem[] = [];
  event.relations?.forEach((relation, r) => {
    if (!relation) return;
    const at = ['events', index, 'relations', r];
    const target = eventWithId(relation.event);
    if (relation.event === event.id) problems.push({ path: [...at, 'event'], message: 'an event cannot relate to itself' });
    else if (!target) {
      if (!isEvent(relation.event)) problems.push({ path: [...at, 'event'], message: `unknown event ${JSON.stringify(relation.event)}` });
    } else if (relation.type === 'denies' && event.kinds && !event.kinds.includes('denial')) {
      problems.push({ path: [...at, 'type'], message: 'only an event of kind "denial" can deny another' });
    } else if (relation.type === 'denies' && target.assertion !== 'allegation') {
      problems.push({ path: [...at, 'event'], message: `denies ${JSON.stringify(relation.event)}, which is not an allegation` });
    }
  });
  return problems;
}
