import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseTimeline } from '../src/data/parseTimeline';
import { compileCommand, defaultImportDir, exportCommand, importCommand, type Log } from './storyCommands';

const FIXTURES = join(import.meta.dirname, '../src/interchange/fixtures');
const folders: string[] = [];

function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'story-'));
  folders.push(made);
  return made;
}

afterEach(() => {
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

function recording(): Log & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (line) => lines.push(line), error: (line) => lines.push(line) };
}

describe('npm run data -- import', () => {
  test('writes a story folder that compiles, its events unsourced, and says what it could not read', () => {
    const out = join(folder(), 'bridge');
    const log = recording();
    expect(importCommand(join(FIXTURES, 'timelinejs-harbour-bridge.json'), out, log)).toBe(0);
    expect(log.lines).toContain('  ✗ events[5]: start_date.month is 13, not a month (1 to 12); the slide was left out');
    expect(log.lines.some((line) => /^✓ 9 events added, 0 updated, \d+ part\(s\) of the file could not be read/.test(line))).toBe(true);

    const compiled = recording();
    expect(compileCommand(out, { builtIn: false, check: false }, compiled)).toBe(0);
    expect(compiled.lines[0]).toBe(
      '✓ 9 events, 9 unsourced (no article behind them yet); 0 citations from 0 sources: every quote found verbatim.',
    );
    const timeline = parseTimeline(JSON.parse(readFileSync(join(out, 'timeline.json'), 'utf8')));
    expect(timeline.events.every((event) => event.unsourced)).toBe(true);
  });

  test('into a folder that holds a story, updates it rather than copying its events', () => {
    const out = join(folder(), 'bridge');
    importCommand(join(FIXTURES, 'timelinejs-harbour-bridge.json'), out, recording());
    const before = readFileSync(join(out, 'events.yaml'), 'utf8');
    const again = recording();
    expect(importCommand(join(FIXTURES, 'timelinejs-harbour-bridge.json'), out, again)).toBe(0);
    expect(again.lines).toContain('✓ 0 events added, 0 updated, 9 part(s) of the file could not be read (above).');
    expect(readFileSync(join(out, 'events.yaml'), 'utf8')).toBe(before);
  });

  test('a file it cannot read at all is one clear line, and nothing is written', () => {
    const dir = folder();
    const file = join(dir, 'notes.json');
    writeFileSync(file, '{"a": 1}');
    const log = recording();
    expect(importCommand(file, join(dir, 'out'), log)).toBe(1);
    expect(log.lines[0]).toMatch(/^notes\.json is JSON, but neither a TimelineJS3 timeline/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('reads a CSV Excel saved on Windows (Windows-1252) with its accents, and says it guessed the encoding', () => {
    const dir = folder();
    const file = join(dir, 'cafes.csv');
    // "Café opens" with é as Windows-1252 writes it (0xE9), which is not UTF-8.
    writeFileSync(file, Buffer.concat([Buffer.from('Title,Start\nCaf'), Buffer.from([0xe9]), Buffer.from(' opens,2024\n')]));
    const log = recording();
    expect(importCommand(file, join(dir, 'out'), log)).toBe(0);
    expect(log.lines).toContain(
      '  ✗ file: read as Windows-1252 (Western European), not UTF-8: check accented letters, or save the file as UTF-8',
    );
    expect(readFileSync(join(dir, 'out', 'events.yaml'), 'utf8')).toContain('Café opens');
  });

  test('a file that is not text is one clear line, and nothing is written', () => {
    const dir = folder();
    const file = join(dir, 'timeline.xlsx');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    const log = recording();
    expect(importCommand(file, join(dir, 'out'), log)).toBe(1);
    expect(log.lines).toEqual([
      'timeline.xlsx is not a text file: export the sheet as CSV (comma-separated values), or the timeline as JSON.',
    ]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('goes, by default, into a new folder beside data/ named after the file', () => {
    expect(defaultImportDir(join('newsroom', 'data'), 'Harbour Bridge.csv')).toBe(join('newsroom', 'imported-harbour-bridge'));
  });
});

describe('npm run data -- --dir and the built-in story', () => {
  test('the site’s own story refuses an unsourced event', () => {
    const copy = folder();
    cpSync(join(import.meta.dirname), copy, { recursive: true, filter: (path) => !path.endsWith('.ts') });
    const events = readFileSync(join(copy, 'events.yaml'), 'utf8').replace(
      /\nevents:\n/,
      "\nevents:\n  - { id: imported, title: An import, summary: An import., start: '2019', dateBasis: Year 2019., lane: uk, kinds: [attribution], citations: [], unsourced: true }\n",
    );
    writeFileSync(join(copy, 'events.yaml'), events);
    const log = recording();
    expect(compileCommand(copy, { builtIn: true, check: true }, log)).toBe(1);
    expect(log.lines.join('\n')).toContain(
      'events[0] "imported": unsourced: this story publishes only events its articles back: cite an article, or leave the event out',
    );
    expect(compileCommand(copy, { builtIn: false, check: true }, recording())).toBe(0);
  });
});

describe('npm run data -- export', () => {
  test.each(['timelinejs', 'timelinejs-csv', 'csv', 'jsonld'])('%s writes the story to the file given', (format) => {
    const out = join(folder(), `story.${format}`);
    const log = recording();
    expect(exportCommand(format, import.meta.dirname, out, log)).toBe(0);
    expect(log.lines[0]).toMatch(new RegExp(`^✓ Wrote .*story\\.${format} \\(${format}\\): \\d+ events\\.$`));
    expect(readFileSync(out, 'utf8').length).toBeGreaterThan(1000);
  });

  test('an unknown format names the ones there are', () => {
    const log = recording();
    expect(exportCommand('pdf', import.meta.dirname, undefined, log)).toBe(1);
    expect(log.lines).toEqual(['Export as what? One of: timelinejs, timelinejs-csv, csv, jsonld.']);
  });
});
