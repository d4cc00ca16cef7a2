// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileTimeline } from '../../data/compile';
import { compileStoryDir } from '../../data/readStory';
import { curatedFromTimeline } from '../data/curatedFromTimeline';
import { makeCuratedFiles, makeDisputedTimeline } from '../data/fixtures';
import type { CuratedFiles, Timeline } from '../data/schema';
import { EXPORT_FORMATS, type ExportFormatName } from './exportFormats';
import { createHtmlToText } from './htmlText';
import { importFile } from './importFile';
import { ImportError } from './imported';

const htmlToText = createHtmlToText(window);
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

function compiled(files: CuratedFiles): Timeline {
  const result = compileTimeline(files);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.timeline;
}

/** The story with its articles and its headline, but no events: where an export is brought back. */
function withoutEvents(files: CuratedFiles): CuratedFiles {
  return { ...files, story: { ...files.story, events: [] } };
}

/** The built-in story's compiled timeline, as the build makes it. */
function builtInStory(): Timeline {
  const result = compileStoryDir('data', { requireSources: true });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.timeline;
}

const FORMATS: ExportFormatName[] = ['timelinejs', 'timelinejs-csv', 'csv'];

describe('importFile tells the format from the contents', () => {
  test.each<[string, string, string]>([
    ['TimelineJS3 JSON', 'timelinejs-harbour-bridge.json', 'timelinejs'],
    ['the TimelineJS3 spreadsheet', 'timelinejs-spreadsheet.csv', 'timelinejs-csv'],
    ['the older TimelineJS3 spreadsheet', 'timelinejs-older-template.csv', 'timelinejs-csv'],
    ['a spreadsheet of our fields', 'story-spreadsheet.csv', 'csv'],
  ])('%s', (_what, name, format) => {
    const imported = importFile(name, fixture(name), { htmlToText });
    expect(imported.format).toBe(format);
    expect(imported.files.story.events.length).toBeGreaterThan(0);
  });

  test('our own published document', () => {
    const imported = importFile('timeline.json', JSON.stringify(makeDisputedTimeline()), { htmlToText });
    expect(imported.format).toBe('story');
    expect(compiled(imported.files)).toEqual(makeDisputedTimeline());
  });

  test.each<[string, string, RegExp]>([
    ['an empty file', '  ', /is empty/],
    ['JSON of no known shape', '{"a": 1}', /neither a TimelineJS3 timeline .* nor a published timeline/],
    ['broken JSON', '{"events": [', /not JSON|JSON/],
    ['a published timeline with problems', JSON.stringify({ ...makeDisputedTimeline(), events: [] }), /published timeline with problems/],
  ])('%s is refused with a sentence', (_what, text, message) => {
    expect(() => importFile('file.json', text, { htmlToText })).toThrow(ImportError);
    expect(() => importFile('file.json', text, { htmlToText })).toThrow(message);
  });
});

describe('round trips: what we export comes back as the same story', () => {
  test.each(FORMATS)('%s, brought into the story without its events', (format) => {
    const timeline = makeDisputedTimeline();
    const files = makeCuratedFiles('disputed');
    const exported = EXPORT_FORMATS[format].write(timeline);
    const back = importFile(EXPORT_FORMATS[format].file, exported, { htmlToText, into: withoutEvents(files) });
    expect(back.problems).toEqual([]);
    expect(compiled(back.files)).toEqual(timeline);
  });

  test.each(FORMATS)('%s, imported into the story itself, changes nothing: ids are stable', (format) => {
    const timeline = makeDisputedTimeline();
    const files = curatedFromTimeline(timeline);
    const back = importFile(EXPORT_FORMATS[format].file, EXPORT_FORMATS[format].write(timeline), { htmlToText, into: files });
    expect([back.added, back.updated]).toEqual([[], []]);
    expect(compiled(back.files)).toEqual(timeline);
  });

  test.each(FORMATS)('%s, the built-in story', (format) => {
    const timeline = builtInStory();
    const back = importFile(EXPORT_FORMATS[format].file, EXPORT_FORMATS[format].write(timeline), {
      htmlToText,
      into: withoutEvents(curatedFromTimeline(timeline)),
    });
    expect(back.problems).toEqual([]);
    expect(compiled(back.files)).toEqual(timeline);
  });

  test('TimelineJS3 JSON brings the whole story with it, articles and all, into an empty studio', () => {
    const timeline = makeDisputedTimeline();
    const back = importFile('story.json', EXPORT_FORMATS.timelinejs.write(timeline), { htmlToText });
    expect(compiled(back.files)).toEqual(timeline);
  });
});
