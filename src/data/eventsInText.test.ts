import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findEventsInText, partsOfText } from './eventsInText';
import { makeTimeline } from './fixtures';

/** What JSON.parse makes of the parts: the story without its events, and the events. */
function readParts(text: string, perPart: number) {
  const parts = partsOfText(text, perPart);
  if (!parts) return null;
  return {
    story: JSON.parse(parts.story) as Record<string, unknown>,
    events: parts.parts.flatMap((part) => JSON.parse(part) as unknown[]),
    count: parts.events,
    parts: parts.parts.length,
  };
}

describe('findEventsInText and partsOfText', () => {
  test('a story’s events, in parts, are its events as JSON.parse reads them; the rest is the story without them', () => {
    const story = makeTimeline();
    for (const text of [JSON.stringify(story), JSON.stringify(story, null, 2), `\n ${JSON.stringify(story, null, '\t')} \r\n`]) {
      const read = readParts(text, 2)!;
      expect(read.events).toEqual(story.events);
      expect(read.story).toEqual({ ...story, events: [] });
      expect(read.count).toBe(story.events.length);
      expect(read.parts).toBe(Math.ceil(story.events.length / 2));
    }
  });

  test('strings holding the characters that shape JSON, escaped quotes and backslashes do not mislead it', () => {
    const events = [
      { title: 'a "quoted" word, a ] and a }', note: '\\' },
      { title: '\\"', list: [[], {}, [{ a: '[' }]], n: -1.5e3, yes: true, no: false, none: null },
      'a string event',
      42,
      [],
    ];
    const text = JSON.stringify({ title: '"events": [1, 2]', events, after: { events: [9] } });
    expect(readParts(text, 2)?.events).toEqual(events);
  });

  test('a key written with escapes is the key it reads as, and the last of a repeated key is the one JSON.parse keeps', () => {
    expect(readParts('{"ev\\u0065nts": [1, 2]}', 5)?.events).toEqual([1, 2]);
    expect(readParts('{"events": [1], "events": [2, 3]}', 5)?.events).toEqual([2, 3]);
    expect(readParts('{"events": [2, 3], "events": [1]}', 5)?.story).toEqual({ events: [] });
    expect(findEventsInText('{"events": [1], "events": 5}')).toBeNull();
  });

  test('an empty events array has no parts', () => {
    expect(readParts('{"events": [], "title": "x"}', 5)).toEqual({ story: { events: [], title: 'x' }, events: [], count: 0, parts: 0 });
  });

  test.each([
    ['not an object', '[1, 2]'],
    ['no events', '{"title": "x"}'],
    ['events that are not an array', '{"events": {"0": 1}}'],
    ['an empty object', '{}'],
    ['cut off inside the events', '{"events": [{"a": 1}, {"b": '],
    ['cut off inside a string', '{"events": ["abc'],
    ['a missing comma', '{"events": [1 2]}'],
    ['a missing colon', '{"events" [1]}'],
    ['a key that is not a string', '{events: [1]}'],
    ['something after the object', '{"events": [1]} x'],
    ['nothing at all', ''],
  ])('%s: null, and the parser says what is wrong', (_what, text) => {
    expect(findEventsInText(text)).toBeNull();
  });

  test('whatever the JSON, where it finds events they are the events JSON.parse finds, and it misses none of a real array', () => {
    const key = fc.constantFrom('events', 'title', 'ev\\u0065nts', 'e\\"vents', 'events\\\\', 'lanes');
    const document = fc.array(fc.tuple(key, fc.jsonValue({ maxDepth: 3 })), { maxLength: 5 });
    fc.assert(
      fc.property(document, fc.boolean(), fc.integer({ min: 1, max: 4 }), (members, spaced, perPart) => {
        const gap = spaced ? ' \n\t' : '';
        const text = `{${gap}${members.map(([name, value]) => `"${name}"${gap}:${gap}${JSON.stringify(value, null, spaced ? 1 : undefined)}`).join(`,${gap}`)}${gap}}`;
        const parsed = JSON.parse(text) as Record<string, unknown>;
        const read = readParts(text, perPart);
        if (Array.isArray(parsed.events)) {
          expect(read?.events).toEqual(parsed.events);
          expect(read?.story).toEqual({ ...parsed, events: [] });
        } else expect(read).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});
