import { expect, test } from 'vitest';
import { parseTimeline } from '../../src/data/parseTimeline';
import { syntheticTimeline } from './synthetic';

test('synthetic stories pass the app’s own validation, and are the same every time', () => {
  const story = syntheticTimeline(500);
  expect(() => parseTimeline(story)).not.toThrow();
  expect(story.events).toHaveLength(500);
  expect(JSON.stringify(syntheticTimeline(500))).toBe(JSON.stringify(story));
});
