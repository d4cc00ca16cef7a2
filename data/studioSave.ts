/**
 * "Save to project" on the dev server: the studio posts its draft and it is written into
 * the data folder, as `npm run data` reads it (see saveStory.ts for what is written).
 * Everything is checked before anything is written: a draft that would rewrite a saved
 * article, or a body that is not a draft, writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import type { SaveToProjectResult } from '../src/studio/saveToProject.ts';
import { EVENTS_FILE, MANIFEST_FILE, SOURCES_DIR } from './readStory.ts';
import { articleWrites, isArticleFileName, manifestJson, updateStoryYaml } from './saveStory.ts';
import type { DraftStory } from '../src/studio/draft.ts';
import type { SourceManifestEntry } from '../src/data/schema.ts';

/** A draft of every article of a large story is a few MB; anything past this is not a draft. */
export const MAX_DRAFT_BYTES = 20 * 1024 * 1024;

export type SaveOutcome = Extract<SaveToProjectResult, { ok: true }> | { ok: false; status: number; problems: string[] };

const refused = (status: number, ...problems: string[]): SaveOutcome => ({ ok: false, status, problems });

/** A path as the curator knows it, from the data folder's own name: data/sources/x.txt. */
const shownIn = (dir: string) => (path: string) => relative(dirname(dir), path).split(sep).join('/');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What is wrong with the body as a draft: its shape only, as the compiler checks the story itself. */
export function draftShapeProblems(draft: unknown): string[] {
  if (!isRecord(draft)) return ['The body must be a draft: an object with story, manifest and texts.'];
  const problems: string[] = [];
  if (!isRecord(draft.story)) problems.push('story must be an object (events.yaml as a value).');
  else if (!Array.isArray(draft.story.events)) problems.push('story.events must be a list.');
  if (!Array.isArray(draft.manifest) || !draft.manifest.every(isRecord)) {
    problems.push('manifest must be a list of objects (sources.json as a value).');
  }
  if (!isRecord(draft.texts)) {
    problems.push("texts must be an object of each article's text by its file name.");
  } else {
    for (const [name, text] of Object.entries(draft.texts)) {
      if (!isArticleFileName(name)) {
        problems.push(`texts: ${JSON.stringify(name)} is not an article file name (letters, digits, '_', '-' and '.', ending in .txt).`);
      } else if (typeof text !== 'string') {
        problems.push(`texts: ${name} must be the article's text.`);
      }
    }
  }
  return problems;
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** A temporary file beside the data files (not in sources/, where every file counts as an article). */
function temporaryPath(dir: string): string {
  return join(dir, `.studio-save-${randomUUID()}.tmp`);
}

/** Replaces `path` whole or not at all: written beside it, then renamed over it. */
function replaceFile(dir: string, path: string, text: string): void {
  const temporary = temporaryPath(dir);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

const errorCode = (error: unknown) => (error instanceof Error && 'code' in error ? error.code : undefined);

/**
 * Creates `path` whole or not at all, and never over a file: linking fails if one has
 * appeared since the check (an article is never rewritten once saved). Where the file
 * system has no links, the file is created in place, still never over another.
 */
function createFile(dir: string, path: string, text: string): void {
  const temporary = temporaryPath(dir);
  try {
    writeFileSync(temporary, text);
    linkSync(temporary, path);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw error;
    writeFileSync(path, text, { flag: 'wx' });
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Writes the draft into the data folder `dir`: events.yaml edited where the draft differs,
 * sources.json, and the articles not yet saved. Refuses (writing nothing) a body that is not
 * a draft, an events.yaml that does not parse (it may hold edits made by hand), and an article
 * saved before with other text.
 */
export function saveDraftToDir(dir: string, draft: unknown): SaveOutcome {
  const shown = shownIn(dir);
  const shapeProblems = draftShapeProblems(draft);
  if (shapeProblems.length > 0) return refused(400, ...shapeProblems);
  const { story, manifest, texts } = draft as { story: DraftStory; manifest: SourceManifestEntry[]; texts: Record<string, string> };

  const eventsPath = join(dir, EVENTS_FILE);
  const manifestPath = join(dir, MANIFEST_FILE);
  const sourcesDir = join(dir, SOURCES_DIR);
  const existingEvents = readIfExists(eventsPath);
  const parseError = existingEvents === undefined ? undefined : parseDocument(existingEvents).errors[0];
  if (parseError) {
    return refused(
      409,
      `${shown(eventsPath)} does not parse (${parseError.message.split('\n')[0]}); fix it, or move it away, before saving over it.`,
    );
  }
  const existingArticles: Record<string, string> = {};
  for (const name of Object.keys(texts)) {
    const text = readIfExists(join(sourcesDir, name));
    if (text !== undefined) existingArticles[name] = text;
  }
  const articles = articleWrites(existingArticles, texts);
  if (articles.conflicts.length > 0) {
    return refused(
      409,
      ...articles.conflicts.map(
        (name) => `${shown(join(sourcesDir, name))} already exists with different text; article files are never rewritten once saved`,
      ),
    );
  }

  // Every file's text is worked out before the first is written.
  const files: { path: string; before: string | undefined; after: string }[] = [
    { path: manifestPath, before: readIfExists(manifestPath), after: manifestJson(manifest) },
    { path: eventsPath, before: existingEvents, after: updateStoryYaml(existingEvents, story) },
  ];
  const written: string[] = [];
  const unchanged = Object.keys(texts)
    .filter((name) => !Object.hasOwn(articles.write, name))
    .map((name) => shown(join(sourcesDir, name)));
  try {
    // Articles first, then the manifest, then the events: each file written refers only to files already there.
    if (Object.keys(articles.write).length > 0) mkdirSync(sourcesDir, { recursive: true });
    for (const [name, text] of Object.entries(articles.write)) {
      createFile(dir, join(sourcesDir, name), text);
      written.push(shown(join(sourcesDir, name)));
    }
    for (const { path, before, after } of files) {
      if (before === after) {
        unchanged.push(shown(path));
      } else {
        replaceFile(dir, path, after);
        written.push(shown(path));
      }
    }
  } catch (error) {
    const problem = `Saving stopped: ${error instanceof Error ? error.message : String(error)}`;
    return refused(500, problem, ...(written.length > 0 ? [`Written before it stopped: ${written.join(', ')}`] : []));
  }
  return { ok: true, written, unchanged };
}

// ---------------------------------------------------------------- the endpoint

function respond(res: ServerResponse, status: number, body: SaveToProjectResult): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

const TOO_LARGE = Symbol('too large');

/** The body as text, or TOO_LARGE as soon as it passes `limit` bytes (the rest is not kept). */
function readBody(req: IncomingMessage, limit: number): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.off('end', onEnd);
      req.resume(); // drained, not kept, until the connection closes after the answer
      resolve(TOO_LARGE);
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

/**
 * Only the studio's own page may save: a request from another site is refused, and a JSON
 * body cannot be sent across sites without the browser asking first (which Vite answers no to).
 */
function crossSite(req: IncomingMessage): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

export interface StudioSaveOptions {
  /** The largest body taken, in bytes. */
  maxBytes?: number;
  /** Told what each save wrote. */
  log?: (message: string) => void;
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`);

async function handleSave(req: IncomingMessage, res: ServerResponse, dir: string, { maxBytes = MAX_DRAFT_BYTES, log }: StudioSaveOptions) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    respond(res, 405, { ok: false, problems: ['Save a draft with POST.'] });
    return;
  }
  if (crossSite(req)) {
    respond(res, 403, { ok: false, problems: ['Only the studio on this dev server can save to the project.'] });
    return;
  }
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    respond(res, 415, { ok: false, problems: ['Send the draft as JSON (Content-Type: application/json).'] });
    return;
  }
  const body = Number(req.headers['content-length'] ?? 0) > maxBytes ? TOO_LARGE : await readBody(req, maxBytes);
  if (body === TOO_LARGE) {
    res.setHeader('Connection', 'close'); // stops the rest of the upload
    respond(res, 413, { ok: false, problems: [`The draft is larger than ${sizeText(maxBytes)}; nothing was saved.`] });
    return;
  }
  let draft: unknown;
  try {
    draft = JSON.parse(body);
  } catch (error) {
    respond(res, 400, { ok: false, problems: [`The body is not JSON: ${error instanceof Error ? error.message : String(error)}`] });
    return;
  }
  const outcome = saveDraftToDir(dir, draft);
  if (!outcome.ok) {
    respond(res, outcome.status, { ok: false, problems: outcome.problems });
    return;
  }
  if (outcome.written.length > 0) log?.(`Saved from the studio: ${outcome.written.join(', ')}`);
  respond(res, 200, outcome);
}

/**
 * The endpoint for a data folder: `POST` a draft as JSON, answered in JSON with
 * `{ ok: true, written, unchanged }` or `{ ok: false, problems }` and a status to match.
 */
export function studioSaveHandler(dir: string, options: StudioSaveOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handleSave(req, res, dir, options).catch((error: unknown) => {
      respond(res, 500, { ok: false, problems: [`Saving failed: ${error instanceof Error ? error.message : String(error)}`] });
    });
  };
}
