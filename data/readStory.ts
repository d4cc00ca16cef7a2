/** Reads the curated story from a data folder: events.yaml, sources.json and sources/*.txt. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { compileTimeline, type CompileOptions, type CompileResult, type StoryFiles } from './compile.ts';

export const EVENTS_FILE = 'events.yaml';
export const MANIFEST_FILE = 'sources.json';
export const SOURCES_DIR = 'sources';

function readParsed(
  path: string,
  parse: (text: string) => unknown,
  check: (value: unknown) => string | undefined = () => undefined,
): { value?: unknown; problem?: string } {
  const shown = relative(process.cwd(), path);
  if (!existsSync(path)) return { problem: `${shown}: file not found` };
  let value: unknown;
  try {
    value = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { problem: `${shown}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const problem = check(value);
  return problem === undefined ? { value } : { problem: `${shown}: ${problem}` };
}

/**
 * events.yaml must be a mapping. Anything else (an empty file, a list, a line of
 * text) is reported against the file here: the compiler could only say "expected
 * object" with no place to look.
 */
function storyShape(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return undefined;
  const found =
    value === null || value === undefined ? 'nothing (the file is empty)' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
  return `must hold the story's fields (title, description, lanes, kinds, events), but holds ${found}`;
}

/** The files a compile depends on, for watchers. */
export function storyFilePaths(dir: string): string[] {
  const sourcesDir = join(dir, SOURCES_DIR);
  const texts = existsSync(sourcesDir) ? readdirSync(sourcesDir).map((name) => join(sourcesDir, name)) : [];
  return [join(dir, EVENTS_FILE), join(dir, MANIFEST_FILE), ...texts];
}

/** The story's files as parsed, not yet checked; or why one cannot be read. */
export function readStoryFiles(dir: string): { ok: true; files: StoryFiles } | { ok: false; problems: string[] } {
  const story = readParsed(join(dir, EVENTS_FILE), (text) => parseYaml(text), storyShape);
  const manifest = readParsed(join(dir, MANIFEST_FILE), (text) => JSON.parse(text));
  const unreadable = [story.problem, manifest.problem].filter((p): p is string => p !== undefined);
  if (unreadable.length > 0) return { ok: false, problems: unreadable };

  const sourcesDir = join(dir, SOURCES_DIR);
  const texts: Record<string, string> = {};
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir)) texts[name] = readFileSync(join(sourcesDir, name), 'utf8');
  }
  return { ok: true, files: { story: story.value, manifest: manifest.value, texts } };
}

export function compileStoryDir(dir: string, options: CompileOptions = {}): CompileResult {
  const read = readStoryFiles(dir);
  return read.ok ? compileTimeline(read.files, options) : read;
}
