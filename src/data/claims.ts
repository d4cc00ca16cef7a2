/**
 * Who claims what, for the reader: an event's claimants or actors, the events that
 * deny it or answer it, and those it denies or answers. Plain functions over the
 * document, shared by the panel, the list, the handout and the presentation, so
 * every view says the same.
 */
import type { Actor, Timeline, TimelineEvent } from './schema';

export interface Claims {
  /** 'allegation': one party says it happened; 'act': done or said on the record; undefined: the document does not say. */
  assertion: TimelineEvent['assertion'];
  /** Who alleges it (an allegation). */
  claimedBy: Actor[];
  /** Who did or said it (an act). */
  by: Actor[];
  /** Events that deny this one, each with who denies. */
  deniedBy: { event: TimelineEvent; actors: Actor[] }[];
  /** Events this one denies. */
  denies: TimelineEvent[];
  /** Events this one answers, and events that answer it. */
  respondsTo: TimelineEvent[];
  responses: TimelineEvent[];
}

interface Index {
  actors: Map<string, Actor>;
  events: Map<string, TimelineEvent>;
  /** Links into each event: who points at it, and how. */
  incoming: Map<string, { type: 'denies' | 'responds-to'; from: TimelineEvent }[]>;
}

// Built once per document's events (and actors): the panel asks for every event it shows. Keyed
// by the events array, which a story read ahead of its checks shares with the checked one.
const indexes = new WeakMap<Timeline['events'], { actors: Timeline['actors']; index: Index }>();

/** Indexes a story's links and actors ahead of the first event shown (a large story's preparing). */
export function prepareClaims(timeline: Timeline): void {
  indexOf(timeline);
}

function indexOf(timeline: Timeline): Index {
  const known = indexes.get(timeline.events);
  let index = known && known.actors === timeline.actors ? known.index : undefined;
  if (!index) {
    const incoming: Index['incoming'] = new Map();
    for (const event of timeline.events) {
      for (const relation of event.relations ?? []) {
        const links = incoming.get(relation.event) ?? [];
        links.push({ type: relation.type, from: event });
        incoming.set(relation.event, links);
      }
    }
    index = {
      actors: new Map((timeline.actors ?? []).map((actor) => [actor.id, actor])),
      events: new Map(timeline.events.map((event) => [event.id, event])),
      incoming,
    };
    indexes.set(timeline.events, { actors: timeline.actors, index });
  }
  return index;
}

export function claimsOf(timeline: Timeline, event: TimelineEvent): Claims {
  const { actors, events, incoming } = indexOf(timeline);
  const named = (ids: string[] | undefined) => (ids ?? []).flatMap((id) => actors.get(id) ?? []);
  const linked = (type: 'denies' | 'responds-to') =>
    (event.relations ?? []).filter((relation) => relation.type === type).flatMap((relation) => events.get(relation.event) ?? []);
  const into = (type: 'denies' | 'responds-to') =>
    (incoming.get(event.id) ?? []).filter((link) => link.type === type).map((link) => link.from);
  return {
    assertion: event.assertion,
    claimedBy: named(event.claimedBy),
    by: named(event.by),
    deniedBy: into('denies').map((denial) => ({ event: denial, actors: named(denial.by) })),
    denies: linked('denies'),
    respondsTo: linked('responds-to'),
    responses: into('responds-to'),
  };
}

/** "A", "A and B", "A, B and C". */
export function namesList(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const labels = (actors: Actor[]) => actors.map((actor) => actor.label);

/** Everyone who denies the event, once each, in the order their denials come. */
export function deniers(claims: Claims): string[] {
  return [...new Set(claims.deniedBy.flatMap(({ actors }) => labels(actors)))];
}

/**
 * The attribution in one line of plain text, or '' when there is none to give:
 * "Alleged by UK government and US Justice Department · Denied by China's foreign ministry".
 */
export function attributionLine(claims: Claims): string {
  const parts: string[] = [];
  if (claims.assertion === 'allegation')
    parts.push(claims.claimedBy.length > 0 ? `Alleged by ${namesList(labels(claims.claimedBy))}` : 'Alleged');
  const denying = deniers(claims);
  if (claims.deniedBy.length > 0) parts.push(denying.length > 0 ? `Denied by ${namesList(denying)}` : 'Denied');
  if (claims.denies.length > 0 && claims.by.length > 0) parts.push(`Denial by ${namesList(labels(claims.by))}`);
  return parts.join(' · ');
}
