import { expect, test } from 'vitest';
import { emptyDraft } from './draft';
import { addArticle } from './draftEdits';
import { makeTimeline } from '../data/fixtures';
import { draftFileText, readDraftFile } from './draftFile';
import { curatedFromTimeline } from '../data/curatedFromTimeline';

test('a downloaded draft opens as the same draft', () => {
  const draft = addArticle(emptyDraft(), { label: 'Wire report', text: 'LONDON: words.' });
  expect(readDraftFile(draftFileText(draft))).toEqual({ draft });
});

test.each([
  ['not JSON', '{', 'it is not JSON'],
  ['JSON of another kind', '{"events": []}', 'neither a studio draft'],
  ['a published story that is not valid', '{"schemaVersion": 1, "events": []}', 'This published story cannot be opened'],
  ['another version', '{"format": "timeline-studio-draft", "version": 99, "draft": {}}', 'another version of the studio (version 99)'],
  ['a damaged draft', '{"format": "timeline-studio-draft", "version": 1, "draft": {"story": {}}}', 'damaged'],
  [
    'texts that are not text',
    '{"format": "timeline-studio-draft", "version": 1, "draft": {"story": {"events": [], "lanes": [], "kinds": [], "actors": []}, "manifest": [], "texts": {"a.txt": 3}}}',
    'damaged',
  ],
])('%s is refused with a reason', (_, text, reason) => {
  const read = readDraftFile(text);
  expect('error' in read && read.error).toContain(reason);
});

test('a published timeline.json opens as the draft it was compiled from', () => {
  const read = readDraftFile(JSON.stringify(makeTimeline()));
  expect('draft' in read && read.draft).toEqual(curatedFromTimeline(makeTimeline()));
});
