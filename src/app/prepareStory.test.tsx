// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { syntheticTimeline } from '../../e2e/bench/synthetic';
import { toEventRows } from '../timeline/eventRows';
import { scaleFor } from '../timeline/timeScale';
import { toTimelineItem, toTimelineItems } from '../timeline/toTimelineItems';
import { prepareLaterParts, prepareStory } from './prepareStory';
import { prepareAhead, PREPARE_FROM_EVENTS, readyForLaterParts, usePreparedStory } from './usePreparedStory';

// Counted, to see which preparing works out the list's rows.
vi.mock('../timeline/eventRows', async (importOriginal) => {
  const original = await importOriginal<typeof import('../timeline/eventRows')>();
  return { ...original, toEventRows: vi.fn(original.toEventRows) };
});

const small = syntheticTimeline(PREPARE_FROM_EVENTS - 1);
const large = syntheticTimeline(PREPARE_FROM_EVENTS * 2 + 1);

test('a small story is drawn at once', () => {
  const { result } = renderHook(() => usePreparedStory(small));
  expect(result.current).toBe(small);
});

test('a large story comes once its marks and axis are worked out, and they are then found, not worked out again', async () => {
  const { result } = renderHook(() => usePreparedStory(large));
  expect(result.current).toBeUndefined();
  await waitFor(() => expect(result.current).toBe(large), { timeout: 5000 });
  // Remembered: asking again gives back the same objects.
  const last = large.events.at(-1)!;
  const lane = large.lanes.findIndex((l) => l.id === last.lane);
  const made = toTimelineItems([last], large.lanes)[0];
  expect(made).toEqual(toTimelineItem(last, lane));
  expect(made).not.toBe(toTimelineItem(last, lane));
  expect(toTimelineItems(large.events, large.lanes).at(-1)).toBe(made);
  expect(scaleFor(large.events)).toBe(scaleFor(large.events));
});

test('preparing is done in parts, each in a task of its own, and stops when it is no longer wanted', async () => {
  const story = syntheticTimeline(PREPARE_FROM_EVENTS * 3);
  let asked = 0;
  const done = prepareStory(story, () => ++asked >= 2);
  // The first part ends by waiting for a task of its own: promises alone do not reach the next.
  for (let i = 0; i < 10; i++) await Promise.resolve();
  expect(asked).toBe(0);
  await done;
  // Three parts of marks would ask three times; told to stop at the second, it stops.
  expect(asked).toBe(2);
});

test('a story replaced while it is prepared is never shown', async () => {
  const other = syntheticTimeline(PREPARE_FROM_EVENTS * 2, 2);
  const shown: unknown[] = [];
  const { result, rerender } = renderHook(
    ({ timeline }) => {
      const prepared = usePreparedStory(timeline);
      shown.push(prepared);
      return prepared;
    },
    { initialProps: { timeline: large } },
  );
  rerender({ timeline: other });
  expect(result.current).toBeUndefined();
  await waitFor(() => expect(result.current).toBe(other), { timeout: 5000 });
  // Given time to come, the first never does.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(shown).not.toContain(large);
});

test('a large story read ahead of its checks is prepared meanwhile, and no further once it is no longer wanted', async () => {
  const askedOfSmall = vi.fn(() => true);
  const asked = vi.fn(() => true);
  prepareAhead(small, askedOfSmall);
  prepareAhead(syntheticTimeline(PREPARE_FROM_EVENTS * 2, 4), asked);
  // Each part of its marks, then each of the page's arrays in turn.
  await vi.waitFor(() => expect(asked.mock.calls.length).toBeGreaterThan(PREPARE_FROM_EVENTS / 5_000), { timeout: 5000 });
  // Small enough to be drawn at once, it is left alone.
  expect(askedOfSmall).not.toHaveBeenCalled();

  const story = syntheticTimeline(PREPARE_FROM_EVENTS * 3, 3);
  const unwanted = vi.fn(() => false);
  prepareAhead(story, unwanted);
  await vi.waitFor(() => expect(unwanted).toHaveBeenCalled(), { timeout: 5000 });
  await new Promise((resolve) => setTimeout(resolve, 200));
  // Asked once, after its first part, and told to stop.
  expect(unwanted).toHaveBeenCalledTimes(1);
  // Two large stories made and prepared: seconds on a busy machine.
}, 20_000);

test('a story whose events are being prepared already (read ahead of its checks) is not prepared again once checked', async () => {
  const ahead = syntheticTimeline(PREPARE_FROM_EVENTS * 2, 5);
  const askedAhead = vi.fn(() => false);
  const askedChecked = vi.fn(() => false);
  const first = prepareStory(ahead, askedAhead);
  // The checked story: the same events and lanes in a new object.
  const second = prepareStory({ ...ahead }, askedChecked);
  expect(second).toBe(first);
  await second;
  expect(askedAhead).toHaveBeenCalled();
  expect(askedChecked).not.toHaveBeenCalled();
  // Other lanes colour the marks anew: prepared again.
  const recoloured = vi.fn(() => true);
  await prepareStory({ ...ahead, lanes: [...ahead.lanes].reverse() }, recoloured);
  expect(recoloured).toHaveBeenCalled();
});

test('what only the parts drawn after the first screen need (the list’s rows, the index of links) is left out of its preparing, and prepared apart in tasks of its own', async () => {
  const story = syntheticTimeline(PREPARE_FROM_EVENTS * 2, 6);
  vi.mocked(toEventRows).mockClear();
  await prepareStory(story);
  expect(toEventRows).not.toHaveBeenCalled();

  let asked = 0;
  const later = prepareLaterParts(story, () => ++asked > 5);
  // Once per events array: the story once checked shares its events with the one read ahead.
  expect(prepareLaterParts({ ...story })).toBe(later);
  for (let i = 0; i < 10; i++) await Promise.resolve();
  expect(asked).toBe(0);
  await later;
  // Two steps, each in a task of its own.
  expect(asked).toBe(2);
  expect(toEventRows).toHaveBeenCalledTimes(1);
});

test('the parts drawn after the first screen wait for their preparing only in a large story', async () => {
  vi.mocked(toEventRows).mockClear();
  await readyForLaterParts(small, () => false);
  expect(toEventRows).not.toHaveBeenCalled();
  const story = syntheticTimeline(PREPARE_FROM_EVENTS * 2, 7);
  await readyForLaterParts(story, () => false);
  expect(toEventRows).toHaveBeenCalledTimes(1);
});
