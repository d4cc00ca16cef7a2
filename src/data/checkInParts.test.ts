import { describe, expect, test } from 'vitest';
import { checksInParts } from './checkInParts';
import { passesInParts } from './checkInParts.testing';
import { makeDisputedTimeline, makeTimeline } from './fixtures';
import { parseTimeline } from './parseTimeline';
import type { Timeline } from './schema';

const text = (document: unknown) => JSON.stringify(document);

/** `document` with `changes` to its story, its events still last. */
function withStory({ events, ...story }: Timeline, changes: Partial<Timeline>): Timeline {
  return { ...story, ...changes, events };
}

/** The disputed fixture with its events in another order: the denial first, the allegation it denies in a later part. */
function denialFirst(): Timeline {
  const document = makeDisputedTimeline();
  return { ...document, events: [...document.events].reverse() };
}

describe('checks in parts', () => {
  test('pass a valid document, in any pieces and parts, as parseTimeline takes it as it is', () => {
    for (const document of [makeTimeline(), makeDisputedTimeline(), denialFirst()]) {
      const json = JSON.parse(text(document)) as unknown;
      expect(parseTimeline(json)).toBe(json);
      for (const perPart of [1, 2, 100])
        for (const piece of [1, 7, 1_000_000]) expect(passesInParts(text(document), { perPart, piece })).toBe(true);
    }
  });

  test('check what names another event once all events are in: a link or a narrative step to an event in a later part', () => {
    const document = denialFirst();
    const step = { event: document.events.at(-1)!.id };
    expect(passesInParts(text(withStory(document, { narratives: [{ id: 'n', title: 'N', steps: [step] }] })), { perPart: 1 })).toBe(true);
    expect(
      passesInParts(text(withStory(document, { narratives: [{ id: 'n', title: 'N', steps: [{ event: 'nowhere' }] }] })), { perPart: 1 }),
    ).toBe(false);
    const [denial, ...rest] = document.events;
    const unlinked = { ...denial!, relations: [{ type: 'denies' as const, event: 'nowhere' }] };
    expect(passesInParts(text({ ...document, events: [unlinked, ...rest] }), { perPart: 1 })).toBe(false);
  });

  test('give no verdict on a duplicate id in another part, or a problem in the last event', () => {
    const document = makeTimeline();
    const [first, ...rest] = document.events;
    expect(passesInParts(text({ ...document, events: [first, ...rest, { ...rest[0]!, id: first!.id }] }), { perPart: 1 })).toBe(false);
    const last = document.events.at(-1)!;
    expect(passesInParts(text({ ...document, events: [...document.events.slice(0, -1), { ...last, lane: 'nowhere' }] }))).toBe(false);
    expect(passesInParts(text({ ...document, events: [...document.events.slice(0, -1), { ...last, end: '1900' }] }))).toBe(false);
    const quoted = { ...last, citations: [{ ...last.citations[0]!, offset: last.citations[0]!.offset + 1 }] };
    expect(passesInParts(text({ ...document, events: [...document.events.slice(0, -1), quoted] }))).toBe(false);
  });

  test('give no verdict where the story is not in the schema’s own form, or goes on after its events', () => {
    const document = makeTimeline();
    expect(passesInParts(text({ ...document, title: ` ${document.title}` }))).toBe(false);
    expect(passesInParts(text({ ...document, lanes: [...document.lanes, document.lanes[0]] }))).toBe(false);
    expect(passesInParts(text({ ...document, events: [{ ...document.events[0], extra: 1 }, ...document.events.slice(1)] }))).toBe(false);
    const { events, ...story } = document;
    // Valid for parseTimeline, but the story before the events is not all of it: only the whole document's checks can say.
    expect(parseTimeline(JSON.parse(text({ events, ...story })))).toBeTruthy();
    expect(passesInParts(text({ events, ...story }))).toBe(false);
    // A key repeated after the events is the one JSON.parse keeps.
    const emptied = `${text(document).slice(0, -1)},"lanes":[]}`;
    expect(() => parseTimeline(JSON.parse(emptied))).toThrow();
    expect(passesInParts(emptied)).toBe(false);
    expect(passesInParts(text({ ...document, events: [] }))).toBe(false);
  });

  test('are not made for a story before its events that is not JSON, or not a story', () => {
    expect(checksInParts('{"schemaVersion": 1, "title": ')).toBeNull();
    expect(checksInParts('{"events":')).toBeNull();
    const { events: _events, ...story } = makeTimeline();
    const before = `${text(story).slice(0, -1)},"events":`;
    expect(checksInParts(before)).not.toBeNull();
  });

  test('give no verdict where fewer events were given than the story has', () => {
    const document = makeTimeline();
    const { events, ...story } = document;
    const before = `${text(story).slice(0, -1)},"events":`;
    const checks = checksInParts(before)!;
    expect(checks.part(events.slice(0, -1))).toBe(true);
    expect(checks.end({ story: `${before}[]}`, events: events.length })).toBe(false);
    expect(checks.end({ story: `${before}[]}`, events: events.length - 1 })).toBe(true);
  });
});
