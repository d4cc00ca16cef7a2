import { describe, expect, test } from 'vitest';
import { makeTimeline } from './fixtures';
import { looksLikeTimelineJS3 } from './foreignFormats';

/** The shape of TimelineJS3's own example document, cut down. */
const timelineJS3 = {
  title: { text: { headline: 'A story', text: '<p>Its standfirst</p>' } },
  events: [
    { start_date: { year: '2024', month: '3', day: '25' }, text: { headline: 'Sanctions', text: '<p>…</p>' } },
    { start_date: { year: '2021' }, group: 'NZ' },
  ],
};

describe('looksLikeTimelineJS3', () => {
  test.each<[unknown, boolean, string]>([
    [timelineJS3, true, 'a TimelineJS3 document'],
    [{ events: [{ start_date: { year: '2024' } }] }, true, 'events with a start_date'],
    [{ events: [{ text: { headline: 'A headline' } }] }, true, 'events with a text.headline'],
    [{ title: { text: { headline: 'Only a title slide' } } }, true, 'a title slide alone'],
    [makeTimeline(), false, 'a document of ours'],
    [{ ...makeTimeline(), title: { text: 'x' } }, false, 'a broken document of ours: it has our schemaVersion'],
    [{ events: [{ start: '2024' }] }, false, 'events of ours without the rest'],
    [{ __proto__: { events: [{ start_date: {} }] } }, false, 'read through a prototype: no'],
    [[timelineJS3], false, 'an array'],
    [null, false, 'null'],
    ['{"events": []}', false, 'a string'],
  ])('%s → %s (%s)', (json, expected) => {
    expect(looksLikeTimelineJS3(json)).toBe(expected);
  });
});
