import { expect, test } from 'vitest';
import { emptyDraft, type Draft } from './draft';
import { HISTORY_LIMIT, MERGE_WITHIN_MS, record, redo, startHistory, undo } from './draftHistory';

const titled = (title: string): Draft => ({ ...emptyDraft(), story: { ...emptyDraft().story, title } });

test('undo and redo walk back and forth through the drafts', () => {
  let history = startHistory(titled(''));
  history = record(history, titled('A'));
  history = record(history, titled('AB'));
  expect(undo(history).present.story.title).toBe('A');
  expect(undo(undo(history)).present.story.title).toBe('');
  expect(redo(undo(undo(history))).present.story.title).toBe('A');
  expect(undo(startHistory(titled('x'))).present.story.title).toBe('x');
});

test('typing in one field is one step; another field, or a pause, starts a new one', () => {
  let history = startHistory(titled(''));
  history = record(history, titled('A'), 'title', 0);
  history = record(history, titled('AB'), 'title', 300);
  history = record(history, titled('ABC'), 'title', 600);
  expect(history.past).toHaveLength(1);
  history = record(history, titled('ABCD'), 'title', 600 + MERGE_WITHIN_MS);
  expect(history.past).toHaveLength(2);
  history = record(history, titled('ABCDE'), 'summary', 600 + MERGE_WITHIN_MS + 10);
  expect(history.past).toHaveLength(3);
  expect(undo(history).present.story.title).toBe('ABCD');
});

test('a new edit after undo drops what could have been redone', () => {
  let history = record(record(startHistory(titled('')), titled('A')), titled('B'));
  history = record(undo(history), titled('C'));
  expect(history.future).toEqual([]);
  expect(redo(history).present.story.title).toBe('C');
});

test('the history keeps the latest steps only', () => {
  let history = startHistory(titled('0'));
  for (let n = 1; n <= HISTORY_LIMIT + 5; n += 1) history = record(history, titled(String(n)));
  expect(history.past).toHaveLength(HISTORY_LIMIT);
  expect(history.past[0]!.story.title).toBe('5');
});
