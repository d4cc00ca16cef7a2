/**
 * Compiles curated story data (events + source manifest + article texts) into
 * the timeline document the app fetches. Pure: no file system, so it is tested
 * with in-memory fixtures. Every problem is collected and reported at once.
 */
import { dateSortKey } from '../src/data/dates.ts';
import { findReferenceProblems, type Checked } from '../src/data/integrity.ts';
import { parseTimeline, TimelineDataError } from '../src/data/parseTimeline.ts';
import { formatProblem, inSource, problemsFromZod, sortByPlace, type Problem } from '../src/data/problems.ts';
import type { z } from 'zod/mini';
import {
  curatedEventSchema,
  curatedStorySchema,
  SCHEMA_VERSION,
  sourceManifestEntrySchema,
  type Citation,
  type CuratedCitation,
  type Source,
  type Timeline,
} from '../src/data/schema.ts';
import { copyDeskProblems } from './copyDesk.ts';
import { locateQuote } from './locateQuote.ts';

export interface StoryFiles {
  /** The parsed curated events file. */
  story: unknown;
  /** The parsed source manifest. */
  manifest: unknown;
  /** Article texts by file name; a missing file is absent. */
  texts: Record<string, string>;
}

export interface CompileOptions {
  /**
   * Refuse events marked `unsourced`: for the site's built-in story, which publishes only what
   * articles back. Imported stories and studio drafts may hold unsourced events, shown as such.
   */
  requireSources?: boolean;
}

export type CompileResult = { ok: true; timeline: Timeline } | { ok: false; problems: string[] };

/** A problem as a line to read and, where known, its path into the files (`["events", 3, "title"]`), for an editor to go to. */
export interface PlacedProblem {
  line: string;
  path: PropertyKey[];
  /** What is wrong, without the place: "must not be empty". */
  message: string;
}

export type PlacedCompileResult = { ok: true; timeline: Timeline } | { ok: false; problems: PlacedProblem[] };

function compileCitations(citations: CuratedCitation[], texts: Map<string, string>, path: PropertyKey[], problems: Problem[]): Citation[] {
  const compiled: Citation[] = [];
  citations.forEach((citation, i) => {
    const text = texts.get(citation.source);
    if (text === undefined) return; // unknown source: reported by findReferenceProblems
    const location = locateQuote(text, citation.quote);
    if (location.found) {
      compiled.push({ ...citation, offset: location.offset, paragraph: location.paragraph });
    } else {
      problems.push({ path: [...path, i, 'quote'], message: inSource(location.reason, citation.source) });
    }
  });
  return compiled;
}

/** Parses each entry of a list on its own, so one bad entry does not hide the rest. */
function parseEach<T>(
  raw: unknown,
  parse: (entry: unknown) => { success: true; data: T } | { success: false; error: z.core.$ZodError },
  path: PropertyKey[],
  problems: Problem[],
): { index: number; value: T }[] {
  if (!Array.isArray(raw)) {
    problems.push({ path, message: 'must be a list' });
    return [];
  }
  const parsed: { index: number; value: T }[] = [];
  raw.forEach((entry, index) => {
    const result = parse(entry);
    if (result.success) parsed.push({ index, value: result.data });
    else problems.push(...problemsFromZod(result.error, [...path, index]));
  });
  return parsed;
}

/** Ids as written, each in its entry's place (undefined where there is none), even in entries that failed validation. */
function writtenIds(entries: unknown[]): Checked<{ id: string }> {
  return entries.map((entry) =>
    typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'string' ? { id: entry.id } : undefined,
  );
}

export function compileTimeline(files: StoryFiles, options: CompileOptions = {}): CompileResult {
  const result = compileWithPlaces(files, options);
  return result.ok ? result : { ok: false, problems: result.problems.map((problem) => problem.line) };
}

export function compileWithPlaces(files: StoryFiles, options: CompileOptions = {}): PlacedCompileResult {
  const problems: Problem[] = [];
  const rawEvents = (files.story as { events?: unknown } | null)?.events;

  const story = curatedStorySchema.safeParse(files.story);
  if (!story.success) problems.push(...problemsFromZod(story.error));
  // Lanes and kinds on their own too: a bad title must not stop the lane checks.
  const rawStory = typeof files.story === 'object' && files.story !== null ? (files.story as Record<string, unknown>) : {};
  const lanes = curatedStorySchema.shape.lanes.safeParse(rawStory.lanes);
  const kinds = curatedStorySchema.shape.kinds.safeParse(rawStory.kinds);
  const actors = curatedStorySchema.shape.actors.safeParse(rawStory.actors);

  const manifest = parseEach(files.manifest, (entry) => sourceManifestEntrySchema.safeParse(entry), ['sources'], problems);

  const sources: Source[] = [];
  for (const { index, value: entry } of manifest) {
    const text = files.texts[entry.file];
    if (text === undefined) {
      problems.push({ path: ['sources', index, 'file'], message: `no article file ${JSON.stringify(entry.file)} in data/sources/` });
    } else {
      sources.push({ ...entry, text });
    }
  }

  // A story whose events are not a list is already reported by curatedStorySchema.
  const eventList = Array.isArray(rawEvents) ? rawEvents : [];
  const events = parseEach(eventList, (raw) => curatedEventSchema.safeParse(raw), ['events'], problems).map(({ index, value }) => ({
    index,
    event: value,
  }));
  // A story of imported events may have no articles yet; one that cites must list them.
  const everyEventUnsourced = eventList.length > 0 && eventList.every((raw) => (raw as { unsourced?: unknown } | null)?.unsourced === true);
  if (Array.isArray(files.manifest) && files.manifest.length === 0 && !everyEventUnsourced) {
    problems.push({ path: ['sources'], message: 'the manifest lists no sources' });
  }
  if (options.requireSources) {
    for (const { index, event } of events) {
      if (event.unsourced)
        problems.push({
          path: ['events', index, 'unsourced'],
          message: 'this story publishes only events its articles back: cite an article, or leave the event out',
        });
    }
  }

  problems.push(
    ...findReferenceProblems({
      lanes: lanes.success ? lanes.data : undefined,
      kinds: kinds.success ? kinds.data : undefined,
      // Ids as written, even in entries that failed validation (reported above):
      // their citations are not also "unknown source". With no list at all, not checked.
      sources: Array.isArray(files.manifest) && files.manifest.length > 0 ? writtenIds(files.manifest) : undefined,
      events,
      landmarks: story.success ? story.data.landmarks : undefined,
      narratives: story.success ? story.data.narratives : undefined,
      // Ids as written, like the sources', so one bad actor entry does not make every claim "unknown actor".
      actors: Array.isArray(rawStory.actors) ? writtenIds(rawStory.actors) : undefined,
      writtenEventIds: writtenIds(eventList).map((entry) => entry?.id),
    }),
  );

  // The first source with an id wins; a duplicate is reported above, and must not
  // send the first source's quotes to the wrong article.
  const texts = new Map<string, string>();
  for (const source of sources) if (!texts.has(source.id)) texts.set(source.id, source.text);

  problems.push(
    ...copyDeskProblems({
      description: typeof rawStory.description === 'string' ? rawStory.description : undefined,
      actors: actors.success ? actors.data : undefined,
      events,
      narratives: story.success ? story.data.narratives : undefined,
      texts,
      articlesComplete: Array.isArray(files.manifest) && files.manifest.length > 0 && sources.length === files.manifest.length,
    }),
  );
  const compiledEvents = events.map(({ index, event }) => ({
    ...event,
    citations: compileCitations(event.citations, texts, ['events', index, 'citations'], problems),
    ...(event.discrepancies && {
      discrepancies: event.discrepancies.map((discrepancy, d) => ({
        ...discrepancy,
        citations: compileCitations(discrepancy.citations, texts, ['events', index, 'discrepancies', d, 'citations'], problems),
      })),
    }),
  }));

  if (problems.length > 0 || !story.success) {
    return {
      ok: false,
      problems: sortByPlace(problems).map((problem) => ({
        line: formatProblem(problem, rawEvents),
        path: problem.path,
        message: problem.message,
      })),
    };
  }

  const document = {
    schemaVersion: SCHEMA_VERSION,
    title: story.data.title,
    description: story.data.description,
    actors: story.data.actors,
    ...(story.data.updated && { updated: story.data.updated }),
    ...(story.data.corrections && { corrections: story.data.corrections }),
    lanes: story.data.lanes,
    kinds: story.data.kinds,
    ...(story.data.landmarks && { landmarks: story.data.landmarks }),
    ...(story.data.narratives && { narratives: story.data.narratives }),
    sources,
    // Chronological, so tools that read the file in order read the story in order.
    events: [...compiledEvents].sort((a, b) => dateSortKey(a.start) - dateSortKey(b.start)),
  };
  // The app will run exactly this check on what it fetches; run it here so a
  // document the app would reject can never be published.
  try {
    return { ok: true, timeline: parseTimeline(document) };
  } catch (error) {
    if (error instanceof TimelineDataError)
      return { ok: false, problems: error.problems.map((line) => ({ line, path: [], message: line })) };
    throw error;
  }
}
