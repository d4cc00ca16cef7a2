import { describe, expect, test } from 'vitest';
import { makeCuratedFiles } from '../data/fixtures';
import type { CuratedFiles } from '../data/schema';
import { mergeStory } from './mergeStory';

// makeCuratedFiles('disputed') lists events newest first: embassy-denial, charges-filed, intrusion, campaign-begins.
const story = () => makeCuratedFiles('disputed');

/** An import holding one of the story's events, edited, and one new event in a new lane. */
function anImport(): CuratedFiles {
  const base = story();
  const charges = { ...base.story.events.find((event) => event.id === 'charges-filed')!, title: 'Seven people charged (edited elsewhere)' };
  const fresh = {
    id: 'new-slide',
    title: 'A new slide',
    summary: 'A new slide.',
    start: '2019',
    dateBasis: 'Year 2019 in the file.',
    lane: 'elsewhere',
    kinds: ['event'],
    citations: [],
    unsourced: true as const,
  };
  return {
    story: {
      title: 'The imported file',
      description: 'Imported from the file.',
      actors: [],
      lanes: [{ id: 'elsewhere', label: 'Elsewhere' }],
      kinds: [{ id: 'event', label: 'Event' }],
      landmarks: [{ label: 'An era', start: '2019', end: '2020' }],
      events: [charges, fresh],
    },
    manifest: [],
    texts: {},
  };
}

describe('mergeStory', () => {
  test('updates events by id where they stand and adds the new ones after, doubling nothing', () => {
    const { files, added, updated } = mergeStory(story(), anImport());
    expect(files.story.events.map((event) => event.id)).toEqual([
      'embassy-denial',
      'charges-filed',
      'intrusion',
      'campaign-begins',
      'new-slide',
    ]);
    expect(files.story.events[1]!.title).toBe('Seven people charged (edited elsewhere)');
    expect({ added, updated }).toEqual({ added: ['new-slide'], updated: ['charges-filed'] });
  });

  test('keeps the story’s own headline, articles and lanes, and adds what the import brings', () => {
    const { files } = mergeStory(story(), anImport());
    expect(files.story.title).toBe(story().story.title);
    expect(files.manifest).toEqual(story().manifest);
    expect(files.texts).toEqual(story().texts);
    expect(files.story.lanes.map((lane) => lane.id)).toEqual([...story().story.lanes.map((lane) => lane.id), 'elsewhere']);
    expect(files.story.kinds.map((kind) => kind.id)).toContain('event');
    expect(files.story.landmarks).toEqual([{ label: 'An era', start: '2019', end: '2020' }]);
  });

  test('importing the same file twice changes nothing the second time', () => {
    const once = mergeStory(story(), anImport()).files;
    const twice = mergeStory(once, anImport());
    expect(twice.files).toEqual(once);
    expect([twice.added, twice.updated]).toEqual([[], []]);
  });

  test('a story with no headline yet takes the import’s', () => {
    const empty = { ...story(), story: { ...story().story, title: '', description: ' ', events: [] } };
    const { files } = mergeStory(empty, anImport());
    expect([files.story.title, files.story.description]).toEqual(['The imported file', 'Imported from the file.']);
  });
});

test('a new story keeps none of the lane and kind it started with that the import does not use', () => {
  const fresh: CuratedFiles = {
    story: {
      title: '',
      description: '',
      actors: [],
      lanes: [{ id: 'main', label: 'Main' }],
      kinds: [{ id: 'event', label: 'Event' }],
      events: [],
    },
    manifest: [],
    texts: {},
  };
  const { files } = mergeStory(fresh, anImport());
  expect(files.story.lanes.map((lane) => lane.id)).toEqual(['elsewhere']);
  expect(files.story.kinds.map((kind) => kind.id)).toEqual(['event']);
});
