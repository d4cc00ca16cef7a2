/**
 * An import brought into a story that already exists: events whose id the story has are
 * updated where they stand, new ones are added after, and nothing is doubled. So a timeline
 * exported, edited elsewhere and imported again updates the story rather than copying it.
 * An event the file says is gone (our own export, its slide deleted since) is taken out.
 */
import type { CuratedFiles } from '../data/schema';

export interface Merged {
  files: CuratedFiles;
  /** Ids of the events the story did not have. */
  added: string[];
  /** Ids of the events it had that the import changes. */
  updated: string[];
  /** Ids of the events it had that the import takes out. */
  removed: string[];
}

/** Whether two events say the same: the same fields with the same values, in any key order. */
const sameEvent = (a: unknown, b: unknown) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sorted)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, field]) => field !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([key, field]) => [key, sorted(field)]),
        )
      : value;

/** The entries of `ours`, then those of `theirs` whose key `ours` lacks. */
function unionBy<T>(ours: readonly T[] | undefined, theirs: readonly T[] | undefined, key: (entry: T) => string): T[] | undefined {
  if (!ours && !theirs) return undefined;
  const kept = new Set((ours ?? []).map(key));
  return [...(ours ?? []), ...(theirs ?? []).filter((entry) => !kept.has(key(entry)))];
}

/** The story without the events `ids`, and without the links and story-order steps that named them. */
export function withoutEvents(story: CuratedFiles['story'], ids: ReadonlySet<string>): CuratedFiles['story'] {
  if (ids.size === 0) return story;
  const events = story.events
    .filter((event) => !ids.has(event.id))
    .map(({ relations, ...event }) => {
      const kept = relations?.filter((relation) => !ids.has(relation.event));
      return kept && kept.length > 0 ? { ...event, relations: kept } : event;
    });
  const narratives = story.narratives
    ?.map((narrative) => ({ ...narrative, steps: narrative.steps.filter((step) => !ids.has(step.event)) }))
    .filter((narrative) => narrative.steps.length > 0);
  const { narratives: _narratives, ...rest } = story;
  return { ...rest, ...(narratives && narratives.length > 0 && { narratives }), events };
}

export function mergeStory(into: CuratedFiles, imported: CuratedFiles, removed: readonly string[] = []): Merged {
  const incoming = new Map(imported.story.events.map((event) => [event.id, event]));
  const updated: string[] = [];
  const events = into.story.events.map((event) => {
    const replacement = incoming.get(event.id);
    if (!replacement) return event;
    incoming.delete(event.id);
    if (sameEvent(event, replacement)) return event;
    updated.push(event.id);
    return replacement;
  });
  const added = [...incoming.keys()];
  // A story with no events yet has only the lane and kind it started with: those the import does not use go.
  const used = (list: 'lanes' | 'kinds') =>
    into.story.events.length > 0
      ? into.story[list]
      : into.story[list].filter((entry) =>
          [...incoming.values()].some((event) => (list === 'lanes' ? event.lane === entry.id : event.kinds.includes(entry.id))),
        );
  const story = {
    ...into.story,
    // A story still without a headline takes the import's.
    title: into.story.title.trim() === '' ? imported.story.title : into.story.title,
    description: into.story.description.trim() === '' ? imported.story.description : into.story.description,
    actors: unionBy(into.story.actors, imported.story.actors, (actor) => actor.id) ?? [],
    lanes: unionBy(used('lanes'), imported.story.lanes, (lane) => lane.id) ?? [],
    kinds: unionBy(used('kinds'), imported.story.kinds, (kind) => kind.id) ?? [],
    events: [...events, ...incoming.values()],
  };
  const landmarks = unionBy(into.story.landmarks, imported.story.landmarks, (landmark) => `${landmark.label}\u0000${landmark.start}`);
  const narratives = unionBy(into.story.narratives, imported.story.narratives, (narrative) => narrative.id);
  const manifest = unionBy(into.manifest, imported.manifest, (entry) => entry.id) ?? [];
  // An article the story has keeps its own text; only new ones bring theirs.
  const texts = { ...into.texts };
  for (const entry of manifest)
    if (texts[entry.file] === undefined && imported.texts[entry.file] !== undefined) texts[entry.file] = imported.texts[entry.file]!;
  const gone = removed.filter((id) => into.story.events.some((event) => event.id === id));
  const merged = withoutEvents({ ...story, ...(landmarks && { landmarks }), ...(narratives && { narratives }) }, new Set(gone));
  return { files: { story: merged, manifest, texts }, added, updated: updated.filter((id) => !gone.includes(id)), removed: gone };
}
