/** Reads the curated story from a data folder: events.yaml, sources.json and sources/*.txt. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { compileTimeline, type CompileResult } from './compile.ts';

export const EVENTS_FILE = 'events.yaml';
export const MANIFEST_FILE = 'sources.json';
export const SOURCES_DIR = 'sources';

function readParsed(path: string, parse: (text: string) => unknown): { value?: unknown; problem?: string } {
  const shown = relative(process.cwd(), path);
  if (!existsSync(path)) return { problem: `${shown}: file not found` };
  try {
    return { value: parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { problem: `${shown}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The files a compile depends on, for watchers. */
export function storyFilePaths(dir: string): string[] {
  const sourcesDir = join(dir, SOURCES_DIR);
  const texts = existsSync(sourcesDir) ? readdirSync(sourcesDir).map((name) => join(sourcesDir, name)) : [];
  return [join(dir, EVENTS_FILE), join(dir, MANIFEST_FILE), ...texts];
}

export function compileStoryDir(dir: string): CompileResult {
  const story = readParsed(join(dir, EVENTS_FILE), (text) => parseYaml(text));
  const manifest = readParsed(join(dir, MANIFEST_FILE), (text) => JSON.parse(text));
  const unreadable = [story.problem, manifest.problem].filter((p): p is string => p !== undefined);
  if (unreadable.length > 0) return { ok: false, problems: unreadable };

  const sourcesDir = join(dir, SOURCES_DIR);
  const texts: Record<string, string> = {};
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir)) texts[name] = readFileSync(join(sourcesDir, name), 'utf8');
  }
  return compileTimeline({ story: story.value, manifest: manifest.value, texts });
}
