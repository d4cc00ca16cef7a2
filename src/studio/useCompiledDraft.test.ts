import { expect, test } from 'vitest';
import { emptyDraft, type Draft } from './draft';
import { checkDraft } from './useCompiledDraft';

test('a draft with a value the schema library throws on gets a problem, not an exception', () => {
  const crafted = JSON.parse('{"length": [[{"toString": 0}]]}') as unknown;
  const draft = { ...emptyDraft(), story: { ...emptyDraft().story, kinds: crafted } } as unknown as Draft;
  const result = checkDraft(draft);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.problems.map((problem) => problem.line)).toEqual([
    expect.stringMatching(/^the draft could not be checked: a value is not of the type its field needs/),
  ]);
});

test('an ordinary draft is checked by the compiler', () => {
  const result = checkDraft(emptyDraft());
  expect(!result.ok && result.problems.map((problem) => problem.path[0])).toContain('title');
});
