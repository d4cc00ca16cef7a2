import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EventsAsTheyArrive, findEventsInText } from './eventsInText';
import { makeTimeline } from './fixtures';

/** `text` cut at `cuts`, in pieces. */
function cutAt(text: string, cuts: number[]): string[] {
  const at = [0, ...[...cuts].sort((a, b) => a - b), text.length];
  return at.slice(1).map((end, i) => text.slice(at[i], end));
}

/** What JSON.parse makes of what EventsAsTheyArrive gives out, the text arriving in `pieces`: the story without its events, and the events. */
function readAhead(pieces: string[], perPart: number) {
  const parts: string[] = [];
  const scan = new EventsAsTheyArrive(perPart, (part) => parts.push(part));
  for (const piece of pieces) scan.add(piece);
  const ahead = scan.end();
  if (!ahead) return null;
  return {
    story: JSON.parse(ahead.story) as Record<string, unknown>,
    events: parts.flatMap((part) => JSON.parse(part) as unknown[]),
    count: ahead.events,
    parts: parts.map((part) => (JSON.parse(part) as unknown[]).length),
  };
}

const inOne = (text: string, perPart = 5) => readAhead([text], perPart);

describe('EventsAsTheyArrive', () => {
  test('a story’s events, in parts, are its events as JSON.parse reads them; the rest is the story without them', () => {
    const story = makeTimeline();
    for (const text of [JSON.stringify(story), JSON.stringify(story, null, 2), `\n ${JSON.stringify(story, null, '\t')} \r\n`]) {
      const read = inOne(text, 2)!;
      expect(read.events).toEqual(story.events);
      expect(read.story).toEqual({ ...story, events: [] });
      expect(read.count).toBe(story.events.length);
      expect(read.parts.every((size) => size > 0 && size <= 2)).toBe(true);
      expect(read.parts).toHaveLength(Math.ceil(story.events.length / 2));
    }
  });

  test('wherever the text is cut into pieces, it reads the same', () => {
    const story = makeTimeline();
    const text = JSON.stringify({ ...story, events: [...story.events, 12.5e-3, -7, true, null, 'x'] }, null, 1);
    const whole = inOne(text, 3);
    expect(whole).not.toBeNull();
    for (let cut = 0; cut <= text.length; cut++) expect(readAhead(cutAt(text, [cut]), 3)).toEqual(whole);
    expect(readAhead([...text], 3)).toEqual(whole);
  });

  test('gives out each part as soon as all of it has arrived, before the rest of the text', () => {
    const text = JSON.stringify({ title: 'x', events: [1, 2, 3, 4, 5], after: true });
    const parts: string[] = [];
    const scan = new EventsAsTheyArrive(2, (part) => parts.push(part));
    scan.add(text.slice(0, text.indexOf('3')));
    expect(parts).toEqual(['[1,2]']);
    // A number is not whole until what follows it has come: 4 might be 45.
    scan.add(text.slice(text.indexOf('3'), text.indexOf('4') + 1));
    expect(parts).toEqual(['[1,2]']);
    scan.add(text.slice(text.indexOf('4') + 1));
    expect(parts).toEqual(['[1,2]', '[3,4]']);
    expect(scan.end()).toEqual({ story: '{"title":"x","events":[],"after":true}', events: 5 });
    expect(parts).toEqual(['[1,2]', '[3,4]', '[5]']);
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
    expect(inOne(text, 2)?.events).toEqual(events);
  });

  test('a key written with escapes is the key it reads as; where the key is repeated it never gives the events JSON.parse drops', () => {
    expect(inOne('{"ev\\u0065nts": [1, 2]}')?.events).toEqual([1, 2]);
    expect(inOne('{"events": 5, "events": [1, 2]}')?.events).toEqual([1, 2]);
    // The first array was given out; JSON.parse keeps the last value: the end says those were not the events.
    expect(inOne('{"events": [1], "events": [2, 3]}')).toBeNull();
    expect(inOne('{"events": [1], "events": 5}')).toBeNull();
  });

  test('an empty events array has no parts', () => {
    expect(inOne('{"events": [], "title": "x"}')).toEqual({ story: { events: [], title: 'x' }, events: [], count: 0, parts: [] });
  });

  test.each([
    ['not an object', '[1, 2]'],
    ['no events', '{"title": "x"}'],
    ['events that are not an array', '{"events": {"0": 1}}'],
    ['an empty object', '{}'],
    ['cut off inside the events', '{"events": [{"a": 1}, {"b": '],
    ['cut off inside a string', '{"events": ["abc'],
    ['a comma too many', '{"events": [1, 2,]}'],
    ['a missing comma', '{"events": [1 2]}'],
    ['a missing colon', '{"events" [1]}'],
    ['a key that is not a string', '{events: [1]}'],
    ['something after the object', '{"events": [1]} x'],
    ['nothing at all', ''],
  ])('%s: no story, and the whole document’s parse says what is wrong', (_what, text) => {
    expect(findEventsInText(text)).toBeNull();
    expect(inOne(text)).toBeNull();
  });

  test('gives up, rather than scan it again and again, where the text before the events runs over 4 MB', () => {
    const text = JSON.stringify({ long: 'x'.repeat(5 * 1024 * 1024), events: [1] });
    const pieces = cutAt(
      text,
      Array.from({ length: Math.floor(text.length / 65536) }, (_, i) => (i + 1) * 65536),
    );
    expect(readAhead(pieces, 5) === null).toBe(true);
    expect(findEventsInText(text)?.elements).toHaveLength(1);
  });

  test('whatever the JSON and however it arrives, where it finds events they are the events JSON.parse finds, and it misses none of a real array', () => {
    const key = fc.constantFrom('events', 'title', 'ev\\u0065nts', 'e\\"vents', 'events\\\\', 'lanes');
    const document = fc.array(fc.tuple(key, fc.jsonValue({ maxDepth: 3 })), { maxLength: 5 });
    fc.assert(
      fc.property(
        document,
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (members, spaced, perPart, cuts) => {
          const gap = spaced ? ' \n\t' : '';
          const text = `{${gap}${members.map(([name, value]) => `"${name}"${gap}:${gap}${JSON.stringify(value, null, spaced ? 1 : undefined)}`).join(`,${gap}`)}${gap}}`;
          const parsed = JSON.parse(text) as Record<string, unknown>;
          const read = readAhead(
            cutAt(
              text,
              cuts.map((cut) => cut % (text.length + 1)),
            ),
            perPart,
          );
          const keys = members.filter(([name]) => JSON.parse(`"${name}"`) === 'events').length;
          if (read) {
            expect(read.events).toEqual(parsed.events);
            expect(read.story).toEqual({ ...parsed, events: [] });
          }
          if (Array.isArray(parsed.events)) {
            expect(findEventsInText(text)?.elements).toHaveLength(parsed.events.length);
            if (keys === 1) expect(read).not.toBeNull();
          } else {
            expect(findEventsInText(text)).toBeNull();
            expect(read).toBeNull();
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
