/** The real curated story in this folder: it must compile, and every quote must be where it says. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Timeline } from '../src/data/schema';
import { JSON_SCHEMA_FILE, timelineJsonSchema } from './jsonSchema';
import { compileStoryDir } from './readStory';

const dataDir = fileURLToPath(new URL('.', import.meta.url));
const result = compileStoryDir(dataDir);

function story(): Timeline {
  if (!result.ok) throw new Error(`the story does not compile (run \`npm run data\`):\n${result.problems.join('\n')}`);
  return result.timeline;
}

describe('the curated story in data/', () => {
  test('compiles with no problems', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  test('has unique event ids', () => {
    const ids = story().events.map((event) => event.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  test('gives every event at least one citation', () => {
    const uncited = story()
      .events.filter((event) => event.citations.length === 0)
      .map((event) => event.id);
    expect(uncited).toEqual([]);
  });

  test('has every quote, discrepancies included, verbatim at its offset and inside its paragraph', () => {
    const timeline = story();
    const texts = new Map(timeline.sources.map((source) => [source.id, source.text]));
    const misplaced: string[] = [];
    let checked = 0;
    for (const event of timeline.events) {
      const citations = [...event.citations, ...(event.discrepancies ?? []).flatMap((d) => d.citations)];
      for (const { source, quote, offset, paragraph } of citations) {
        checked++;
        const text = texts.get(source);
        const inParagraph = paragraph.offset <= offset && offset + quote.length <= paragraph.offset + paragraph.text.length;
        if (text?.slice(offset, offset + quote.length) !== quote || !inParagraph) {
          misplaced.push(`${event.id}: ${source}@${offset}: ${quote}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(timeline.events.length);
  });

  test('cites every source in sources.json at least once', () => {
    const manifest = JSON.parse(readFileSync(join(dataDir, 'sources.json'), 'utf8')) as { id: string }[];
    const cited = new Set(story().events.flatMap((event) => event.citations.map((citation) => citation.source)));
    const uncited = manifest.map((entry) => entry.id).filter((id) => !cited.has(id));
    expect(manifest.length).toBeGreaterThan(0);
    expect(uncited).toEqual([]);
  });

  test('never pads a year to 1 January', () => {
    // "2021" means some time in 2021; "2021-01-01" would claim a day the articles do not give.
    const padded = story()
      .events.filter((event) => event.start.endsWith('-01-01') || event.end?.endsWith('-01-01'))
      .map((event) => `${event.id}: ${event.start}${event.end ? ` – ${event.end}` : ''}`);
    expect(padded).toEqual([]);
  });

  test('is published in date order', () => {
    const starts = story().events.map((event) => event.start);
    const keys = starts.map((start) => start.padEnd(10, '-00'));
    expect(keys).toEqual([...keys].sort());
  });
});

test(`the committed data/${JSON_SCHEMA_FILE} matches the schema (run \`npm run data\` to refresh it)`, () => {
  const committed = readFileSync(join(dataDir, JSON_SCHEMA_FILE), 'utf8');
  expect(committed, `data/${JSON_SCHEMA_FILE} is stale: run \`npm run data\` and commit the result`).toBe(timelineJsonSchema());
});
