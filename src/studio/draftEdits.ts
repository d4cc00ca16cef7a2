/**
 * Every change the studio makes to a draft, as a pure function from one draft to the next:
 * the undo history keeps each draft whole, and the tests need no browser.
 */
import type { CuratedCitation, CuratedEvent, SourceManifestEntry } from '../data/schema';
import { toId, uniqueId } from '../data/idPattern';
import type { Draft } from './draft';

export interface NewArticle {
  text: string;
  label: string;
  /** The name the text came in, if it came as a file: it names the article's own file. */
  fileName?: string;
}

/** Adds an article: its text under a file name of its own, and its manifest entry. */
export function addArticle(draft: Draft, article: NewArticle): Draft {
  const id = uniqueId(
    toId(article.label, 'article'),
    draft.manifest.map((entry) => entry.id),
  );
  // A text file keeps its own name where the manifest allows it; anything else is named for its label.
  const own = article.fileName && SAFE_TEXT_FILE.test(article.fileName) && !(article.fileName in draft.texts) ? article.fileName : null;
  const stem = toId(article.fileName?.replace(/\.[^.]+$/, '') ?? article.label, 'article');
  const number = String(draft.manifest.length).padStart(3, '0');
  const file = own ?? uniqueName(`${number}_${stem}`, Object.keys(draft.texts));
  const entry: SourceManifestEntry = { id, file, label: article.label };
  return { ...draft, manifest: [...draft.manifest, entry], texts: { ...draft.texts, [file]: article.text } };
}

/** The manifest's rule for an article's file name (sourceManifestEntrySchema). */
const SAFE_TEXT_FILE = /^[\w.-]+\.txt$/;

function uniqueName(stem: string, taken: string[]): string {
  const used = new Set(taken);
  let name = `${stem}.txt`;
  for (let n = 2; used.has(name); n += 1) name = `${stem}-${n}.txt`;
  return name;
}

/** Changes an article's manifest entry; an empty optional field is left out, as a curator would leave it out. */
export function updateArticle(draft: Draft, index: number, patch: Partial<Omit<SourceManifestEntry, 'file'>>): Draft {
  return { ...draft, manifest: draft.manifest.map((entry, i) => (i === index ? withoutEmpty({ ...entry, ...patch }) : entry)) };
}

/** The value without the optional fields the journalist cleared: absent, as a curator leaves them, rather than empty. */
function withoutEmpty<T extends object>(value: T): T {
  const cleared = (key: string, field: unknown) =>
    field === undefined ||
    (field === '' && OPTIONAL_TEXT.has(key)) ||
    (Array.isArray(field) && field.length === 0 && OPTIONAL_LISTS.has(key));
  return Object.fromEntries(Object.entries(value).filter(([key, field]) => !cleared(key, field))) as T;
}

const OPTIONAL_LISTS = new Set(['by', 'claimedBy', 'relations', 'discrepancies', 'corrections', 'aliases']);

/** Fields that are absent rather than empty when the journalist clears them. */
const OPTIONAL_TEXT = new Set(['credit', 'dateline', 'notes', 'url', 'published', 'shortTitle', 'end', 'qualifier', 'outsideKnowledge']);

/** The id a new event has until it has a title to be named by. */
const PLACEHOLDER_EVENT_ID = 'event';

/** Once an event has a title, an id that is still the placeholder is made from it: links to the event then read like it. */
export function nameEventByTitle(draft: Draft, index: number): Draft {
  const event = draft.story.events[index];
  if (!event || event.title.trim() === '' || !new RegExp(`^${PLACEHOLDER_EVENT_ID}(?:-\\d+)?$`).test(event.id)) return draft;
  const others = draft.story.events.filter((_, i) => i !== index).map((e) => e.id);
  return renameEvent(draft, index, uniqueId(toId(event.title, PLACEHOLDER_EVENT_ID), others));
}

/** A new event, ready to fill in; its date and basis can come from a date mention, its first citation from a selection. */
export function addEvent(draft: Draft, start: Partial<CuratedEvent> = {}): { draft: Draft; index: number } {
  const { story } = draft;
  const title = start.title ?? '';
  const event: CuratedEvent = {
    id: uniqueId(
      toId(title, PLACEHOLDER_EVENT_ID),
      story.events.map((e) => e.id),
    ),
    title,
    summary: '',
    start: '',
    dateBasis: '',
    lane: story.lanes[0]?.id ?? '',
    kinds: story.kinds[0] ? [story.kinds[0].id] : [],
    citations: [],
    assertion: 'act',
    ...start,
  };
  return { draft: { ...draft, story: { ...story, events: [...story.events, event] } }, index: story.events.length };
}

export function updateEvent(draft: Draft, index: number, patch: Partial<CuratedEvent>): Draft {
  const events = draft.story.events.map((event, i) => (i === index ? withoutEmpty({ ...event, ...patch }) : event));
  return { ...draft, story: { ...draft.story, events } };
}

/** Gives an event another id, and every link to it (other events' relations, story orders' steps) follows. */
export function renameEvent(draft: Draft, index: number, id: string): Draft {
  const old = draft.story.events[index]?.id;
  if (old === undefined || old === id) return draft;
  const events = draft.story.events.map((event, i) => {
    const renamed = i === index ? { ...event, id } : event;
    if (!renamed.relations?.some((relation) => relation.event === old)) return renamed;
    return { ...renamed, relations: renamed.relations.map((relation) => (relation.event === old ? { ...relation, event: id } : relation)) };
  });
  const narratives = draft.story.narratives?.map((narrative) => ({
    ...narrative,
    steps: narrative.steps.map((step) => (step.event === old ? { ...step, event: id } : step)),
  }));
  return { ...draft, story: { ...draft.story, events, ...(narratives && { narratives }) } };
}

/** Gives an article another id, and every citation of it follows. */
export function renameArticle(draft: Draft, index: number, id: string): Draft {
  const old = draft.manifest[index]?.id;
  if (old === undefined || old === id) return draft;
  const cite = (citation: CuratedCitation) => (citation.source === old ? { ...citation, source: id } : citation);
  const events = draft.story.events.map((event) => ({
    ...event,
    citations: event.citations.map(cite),
    ...(event.discrepancies && {
      discrepancies: event.discrepancies.map((discrepancy) => ({ ...discrepancy, citations: discrepancy.citations.map(cite) })),
    }),
  }));
  return {
    ...draft,
    manifest: draft.manifest.map((entry, i) => (i === index ? { ...entry, id } : entry)),
    story: { ...draft.story, events },
  };
}

/** Adds a citation to one of an event's disagreements, unless that side already quotes those very words. */
export function citeInDiscrepancy(draft: Draft, index: number, discrepancy: number, citation: CuratedCitation): Draft {
  const event = draft.story.events[index];
  const target = event?.discrepancies?.[discrepancy];
  if (!event || !target) return draft;
  if (target.citations.some((c) => c.source === citation.source && c.quote === citation.quote)) return draft;
  const discrepancies = event.discrepancies!.map((d, i) => (i === discrepancy ? { ...d, citations: [...d.citations, citation] } : d));
  return updateEvent(draft, index, { discrepancies, unsourced: undefined });
}

export function removeEvent(draft: Draft, index: number): Draft {
  return { ...draft, story: { ...draft.story, events: draft.story.events.filter((_, i) => i !== index) } };
}

/** Adds a citation to an event, unless the event already cites those very words. */
export function citeInEvent(draft: Draft, index: number, citation: CuratedCitation): Draft {
  const event = draft.story.events[index];
  if (!event) return draft;
  if (event.citations.some((c) => c.source === citation.source && c.quote === citation.quote)) return draft;
  // An imported event cited from an article is a sourced event from now on.
  return updateEvent(draft, index, { citations: [...event.citations, citation], unsourced: undefined });
}

export function removeCitation(draft: Draft, eventIndex: number, citationIndex: number): Draft {
  const event = draft.story.events[eventIndex];
  if (!event) return draft;
  return updateEvent(draft, eventIndex, { citations: event.citations.filter((_, i) => i !== citationIndex) });
}

type Named = 'lanes' | 'kinds' | 'actors';

/** Adds a lane, kind or actor by its label; returns the draft and the new id. */
export function addNamed(draft: Draft, list: Named, label: string): { draft: Draft; id: string } {
  const entries = draft.story[list];
  const id = uniqueId(
    toId(label, list === 'actors' ? 'actor' : list.slice(0, -1)),
    entries.map((entry) => entry.id),
  );
  return { draft: { ...draft, story: { ...draft.story, [list]: [...entries, { id, label }] } }, id };
}

/** Renames a lane, kind or actor: its label only, so every event that names it by id still does. */
export function renameNamed(draft: Draft, list: Named, id: string, label: string): Draft {
  const entries = draft.story[list].map((entry) => (entry.id === id ? { ...entry, label } : entry));
  return { ...draft, story: { ...draft.story, [list]: entries } };
}

/** Gives a lane, kind or actor another id, and every event that names it follows. */
export function renameNamedId(draft: Draft, list: Named, id: string, next: string): Draft {
  if (id === next) return draft;
  const swap = (ids: string[] | undefined) => ids?.map((each) => (each === id ? next : each));
  const events = draft.story.events.map((event) => {
    if (list === 'lanes') return event.lane === id ? { ...event, lane: next } : event;
    if (list === 'kinds') return { ...event, kinds: swap(event.kinds)! };
    return {
      ...event,
      ...(event.by && { by: swap(event.by) }),
      ...(event.claimedBy && { claimedBy: swap(event.claimedBy) }),
    };
  });
  const entries = draft.story[list].map((entry) => (entry.id === id ? { ...entry, id: next } : entry));
  return { ...draft, story: { ...draft.story, [list]: entries, events } };
}
