import { expect, test } from 'vitest';
import { emptyDraft } from './draft';
import { addArticle } from './draftEdits';
import { draftFileText, readDraftFile } from './draftFile';

test('a downloaded draft opens as the same draft', () => {
  const draft = addArticle(emptyDraft(), { label: 'Wire report', text: 'LONDON: words.' });
  expect(readDraftFile(draftFileText(draft))).toEqual({ draft });
});

test.each([
  ['not JSON', '{', 'not JSON'],
  ['JSON of another kind', '{"events": []}', 'not a studio draft'],
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
