/**
 * What `npm run data` does, as functions of their arguments that report through `log`, so
 * each is tested on a folder of its own: compile a story folder, import a file into one,
 * export one in another tool's format.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { publishedJson } from '../src/data/publishedJson.ts';
import type { CuratedFiles, Timeline } from '../src/data/schema.ts';
import { unsourcedCount } from '../src/data/selectors.ts';
import { toId } from '../src/data/idPattern.ts';
import { createHtmlToText } from '../src/interchange/htmlText.ts';
import { EXPORT_FORMATS, isExportFormat } from '../src/interchange/exportFormats.ts';
import { importBytes } from '../src/interchange/importFile.ts';
import { ImportError } from '../src/interchange/imported.ts';
import { formatCoverage } from './coverageReport.ts';
import { compileStoryDir, EVENTS_FILE, readStoryFiles } from './readStory.ts';
import { saveDraftToDir } from './studioSave.ts';

export interface Log {
  info: (line: string) => void;
  error: (line: string) => void;
}

const shown = (path: string) => relative(process.cwd(), path) || '.';

function reportProblems(log: Log, problems: string[], what: string): void {
  log.error(`\n${what} has ${problems.length} problem(s):\n`);
  for (const problem of problems) log.error(`  ✗ ${problem}`);
}

/** The one line that says what a compiled story holds, unsourced events counted apart. */
export function storyLine(timeline: Timeline): string {
  const { events, sources } = timeline;
  const citations = events.reduce((n, event) => n + event.citations.length, 0);
  const unsourced = unsourcedCount(events);
  const backing =
    unsourced === 0 ? 'every event sourced' : `${unsourced} unsourced (no article behind ${unsourced === 1 ? 'it' : 'them'} yet)`;
  return `✓ ${events.length} events, ${backing}; ${citations} citations from ${sources.length} sources: every quote found verbatim.`;
}

/**
 * Compiles a story folder and reports. The site's own story (`builtIn`) must have every event
 * sourced; any other folder may hold imported, unsourced events, and gets its timeline.json
 * written beside its files so the reader (`?data=`) or the studio can open it.
 */
export function compileCommand(dir: string, options: { builtIn: boolean; check: boolean }, log: Log): number {
  const result = compileStoryDir(dir, { requireSources: options.builtIn });
  if (!result.ok) {
    reportProblems(log, result.problems, `The story in ${shown(dir)}`);
    log.error('\nNo timeline was published. Fix the data above and run again.\n');
    return 1;
  }
  log.info(storyLine(result.timeline));
  if (!options.builtIn && !options.check) {
    const out = join(dir, 'timeline.json');
    writeFileSync(out, publishedJson(result.timeline));
    log.info(`Wrote ${shown(out)}: open it in the studio, or in the reader with ?data= and its address.`);
  }
  // Information only: whatever it finds, or if it fails, the exit code stays the compile's.
  try {
    log.info(`\n${formatCoverage(result.timeline).join('\n')}`);
  } catch (error) {
    log.info(`\n(The date-mention report could not be made: ${error instanceof Error ? error.message : String(error)})`);
  }
  return 0;
}

/** The folder an import goes to by default: beside `data/`, named after the file. */
export function defaultImportDir(dataDir: string, file: string): string {
  return join(dirname(dataDir), `imported-${toId(basename(file, extname(file)), 'story')}`);
}

/** Brings FILE into the story folder `out`: a new story there, or the one there updated. */
export function importCommand(file: string, out: string, log: Log): number {
  if (!existsSync(file)) {
    log.error(`No file ${shown(file)}.`);
    return 1;
  }
  let into: CuratedFiles | undefined;
  if (existsSync(join(out, EVENTS_FILE))) {
    const read = readStoryFiles(out);
    if (!read.ok) {
      reportProblems(log, read.problems, `The story already in ${shown(out)}`);
      return 1;
    }
    into = read.files as CuratedFiles;
  }
  const htmlToText = createHtmlToText(new JSDOM('').window);
  let imported;
  try {
    // Bytes, not UTF-8 text: a CSV Excel saved on Windows is Windows-1252, and a picture no text at all.
    imported = importBytes(basename(file), readFileSync(file), { htmlToText, into });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    log.error(error.message);
    return 1;
  }
  for (const problem of imported.problems) log.error(`  ✗ ${problem.where}: ${problem.reason}`);
  mkdirSync(out, { recursive: true });
  const saved = saveDraftToDir(out, imported.files);
  if (!saved.ok) {
    reportProblems(log, saved.problems, `Saving into ${shown(out)}`);
    return 1;
  }
  log.info(
    `✓ ${imported.added.length} events added, ${imported.updated.length} updated${imported.removed.length > 0 ? `, ${imported.removed.length} taken out` : ''}${imported.problems.length > 0 ? `, ${imported.problems.length} part(s) of the file could not be read (above)` : ''}.`,
  );
  log.info(
    `Wrote ${saved.written.length > 0 ? saved.written.join(', ') : 'nothing new'}. Compile it with: npm run data -- --dir ${shown(out)}`,
  );
  return 0;
}

/** Writes the story in `dir` in another format, to `out` or a file named for the format. */
export function exportCommand(format: string | undefined, dir: string, out: string | undefined, log: Log): number {
  if (!isExportFormat(format)) {
    log.error(`Export as what? One of: ${Object.keys(EXPORT_FORMATS).join(', ')}.`);
    return 1;
  }
  const result = compileStoryDir(dir);
  if (!result.ok) {
    reportProblems(log, result.problems, `The story in ${shown(dir)}`);
    log.error('\nNothing was exported. Fix the data above and run again.\n');
    return 1;
  }
  const target = out ?? EXPORT_FORMATS[format].file;
  writeFileSync(target, EXPORT_FORMATS[format].write(result.timeline));
  log.info(`✓ Wrote ${shown(target)} (${format}): ${result.timeline.events.length} events.`);
  return 0;
}
