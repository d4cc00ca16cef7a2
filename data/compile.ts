/**
 * Compiles curated story data (events + source manifest + article texts) into
 * the timeline document the app fetches. Pure: no file system, so it is tested
 * with in-memory fixtures. Every problem is collected and reported at once.
 */
import { dateSortKey } from '../src/data/dates';
import { findReferenceProblems } from '../src/data/integrity';
import { parseTimeline, TimelineDataError } from '../src/data/parseTimeline';
import { formatProblem, problemsFromZod, type Problem } from '../src/data/problems';
import {
  curatedEventSchema,
  curatedStorySchema,
  SCHEMA_VERSION,
  sourceManifestSchema,
  type Citation,
  type CuratedCitation,
  type CuratedEvent,
  type Source,
  type Timeline,
} from '../src/data/schema';
import { locateQuote } from './locateQuote';

export interface StoryFiles {
  /** The parsed curated events file. */
  story: unknown;
  /** The parsed source manifest. */
  manifest: unknown;
  /** Article texts by file name; a missing file is absent. */
  texts: Record<string, string>;
}

export type CompileResult = { ok: true; timeline: Timeline } | { ok: false; problems: string[] };

function compileCitations(
  citations: CuratedCitation[],
  texts: Map<string, string>,
  path: PropertyKey[],
  problems: Problem[],
): Citation[] {
  const compiled: Citation[] = [];
  citations.forEach((citation, i) => {
    const text = texts.get(citation.source);
    if (text === undefined) return; // unknown source: reported by findReferenceProblems
    const location = locateQuote(text, citation.quote);
    if (location.found) {
      compiled.push({ ...citation, offset: location.offset, paragraph: location.paragraph });
    } else {
      problems.push({ path: [...path, i, 'quote'], message: `${location.reason} in source ${JSON.stringify(citation.source)}` });
    }
  });
  return compiled;
}

/** Document order, so a long report reads top to bottom like the file it describes. */
function sortByPath(problems: Problem[]): Problem[] {
  const compare = (a: PropertyKey[], b: PropertyKey[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const x = a[i];
      const y = b[i];
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x).localeCompare(String(y));
    }
    return a.length - b.length;
  };
  return [...problems].sort((p, q) => compare(p.path, q.path));
}

export function compileTimeline(files: StoryFiles): CompileResult {
  const problems: Problem[] = [];
  const rawEvents = (files.story as { events?: unknown } | null)?.events;

  const story = curatedStorySchema.safeParse(files.story);
  if (!story.success) problems.push(...problemsFromZod(story.error));

  const manifest = sourceManifestSchema.safeParse(files.manifest);
  if (!manifest.success) problems.push(...problemsFromZod(manifest.error, ['sources']));

  const sources: Source[] = [];
  (manifest.success ? manifest.data : []).forEach((entry, i) => {
    const text = files.texts[entry.file];
    if (text === undefined) {
      problems.push({ path: ['sources', i, 'file'], message: `no article file ${JSON.stringify(entry.file)} in data/sources/` });
    } else {
      sources.push({ ...entry, text });
    }
  });

  const events: { index: number; event: CuratedEvent }[] = [];
  (Array.isArray(rawEvents) ? rawEvents : []).forEach((raw, index) => {
    const parsed = curatedEventSchema.safeParse(raw);
    if (parsed.success) events.push({ index, event: parsed.data });
    else problems.push(...problemsFromZod(parsed.error, ['events', index]));
  });

  if (story.success && manifest.success) {
    problems.push(...findReferenceProblems({ lanes: story.data.lanes, kinds: story.data.kinds, sources: manifest.data, events }));
  }

  const texts = new Map(sources.map((source) => [source.id, source.text]));
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
    return { ok: false, problems: sortByPath(problems).map((problem) => formatProblem(problem, rawEvents)) };
  }

  const document = {
    schemaVersion: SCHEMA_VERSION,
    title: story.data.title,
    description: story.data.description,
    lanes: story.data.lanes,
    kinds: story.data.kinds,
    sources,
    // Chronological, so tools that read the file in order read the story in order.
    events: [...compiledEvents].sort((a, b) => dateSortKey(a.start) - dateSortKey(b.start)),
  };
  // The app will run exactly this check on what it fetches; run it here so a
  // document the app would reject can never be published.
  try {
    return { ok: true, timeline: parseTimeline(document) };
  } catch (error) {
    if (error instanceof TimelineDataError) return { ok: false, problems: error.problems };
    throw error;
  }
}
