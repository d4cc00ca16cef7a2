import { expect, test } from 'vitest';
import { compileWithPlaces } from '../../data/compile';
import { emptyDraft } from './draft';
import { addArticle, addEvent } from './draftEdits';
import { describeProblem } from './describeProblem';

test('each problem names its event or article and the field as the studio labels them', () => {
  let draft = addArticle(emptyDraft(), { label: 'AFP wire', text: 'The UK said on Monday that hackers attacked.' });
  draft = addEvent(draft, {
    title: 'Hackers attack',
    start: 'March 2024',
    dateBasis: "'on Monday'",
    citations: [{ source: 'afp-wire', quote: 'words it never printed' }],
  }).draft;
  draft = { ...draft, story: { ...draft.story, title: 'A story' } };
  const result = compileWithPlaces(draft);
  if (result.ok) throw new Error('expected problems');
  const described = result.problems.map((problem) => describeProblem(problem, draft));
  expect(described).toEqual(
    expect.arrayContaining([
      'Standfirst: must not be empty',
      'Event “Hackers attack”, Summary: must not be empty',
      'Event “Hackers attack”, Starts: must be a year, a month or a day (2014, 2022-10 or 2024-03-25)',
    ]),
  );
  expect(described.join('\n')).not.toMatch(/events\[|sources\[/);
});

test('a quote not in its article names the article by its label', () => {
  let draft = addArticle(emptyDraft(), { label: 'AFP wire', text: 'The UK said on Monday that hackers attacked.' });
  draft = addEvent(draft, {
    title: 'Hackers attack',
    summary: 'The UK says hackers attacked.',
    start: '2024',
    dateBasis: "'on Monday'",
    citations: [{ source: 'afp-wire', quote: 'words it never printed' }],
  }).draft;
  const result = compileWithPlaces({ ...draft, story: { ...draft.story, title: 'A story', description: 'The UK says so.' } });
  if (result.ok) throw new Error('expected problems');
  expect(result.problems.map((problem) => describeProblem(problem, draft))).toContain(
    'Event “Hackers attack”, Citations 1: quote not found in “AFP wire”',
  );
});
