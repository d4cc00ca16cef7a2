import { expect, test } from 'vitest';
import { placeOf } from './problemPlace';

test.each([
  [['events', 3, 'title'], { event: 3, field: 'studio-event-title' }],
  [['events', 3, 'citations', 1, 'quote'], { event: 3, field: 'studio-citation-1' }],
  [['events', 0], { event: 0, field: 'studio-event-title' }],
  [['events', 2, 'discrepancies', 1, 'note'], { event: 2, field: 'studio-discrepancy-1-note' }],
  [['events', 2, 'discrepancies', 1, 'citations'], { event: 2, field: 'studio-discrepancy-1-topic' }],
  [['sources', 2, 'label'], { article: 2, field: 'studio-article-label' }],
  [['sources', 2, 'file'], { article: 2, field: 'studio-article-label' }],
  [['title'], { field: 'studio-story-title' }],
  [['lanes', 0, 'id'], null],
  [[], null],
  [['narratives', 0, 'steps'], null],
])('%j is edited at %j', (path, place) => {
  expect(placeOf(path)).toEqual(place);
});
