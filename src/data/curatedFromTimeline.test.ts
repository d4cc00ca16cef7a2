import { expect, test } from 'vitest';
import { compileStoryDir } from '../../data/readStory';
import { compileTimeline } from '../../data/compile';
import { publishedJson } from './publishedJson';
import { curatedFromTimeline } from './curatedFromTimeline';

test('the built-in story opened as a draft compiles to the same published bytes', () => {
  const built = compileStoryDir('data');
  if (!built.ok) throw new Error(built.problems.join('\n'));
  const draft = curatedFromTimeline(built.timeline);
  const again = compileTimeline(draft);
  if (!again.ok) throw new Error(again.problems.join('\n'));
  expect(publishedJson(again.timeline)).toBe(publishedJson(built.timeline));
  expect(draft.manifest.map((entry) => entry.file).sort()).toEqual(Object.keys(draft.texts).sort());
});
