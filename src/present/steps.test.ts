import { describe, expect, test } from 'vitest';
import { makeTimeline } from '../data/fixtures';
import type { Citation, TimelineEvent } from '../data/schema';
import { actionForKey, clampStep, presentation, stepAfter, strongestQuote, type PresentAction } from './steps';

describe('presentation', () => {
  const timeline = makeTimeline();
  const [a, b, c] = [...timeline.events].sort((x, y) => x.start.localeCompare(y.start));

  test('chronological by default, with an overview at each end', () => {
    const { steps, narrative } = presentation(timeline, null);
    expect(narrative).toBeUndefined();
    expect(steps.map((s) => (s.kind === 'event' ? s.event.id : `overview:${s.position}`))).toEqual([
      'overview:start',
      ...[a, b, c].filter(Boolean).map((e) => e!.id),
      'overview:end',
    ]);
  });

  test('a narrative plays its own order, titles and notes, falling back to the event’s', () => {
    const story = makeTimeline({
      narratives: [
        { id: 'short', title: 'The short version', steps: [{ event: b!.id, title: 'Retitled', note: 'Say this' }, { event: a!.id }] },
      ],
    });
    const { steps, narrative } = presentation(story, 'short');
    expect(narrative?.title).toBe('The short version');
    expect(steps).toHaveLength(4);
    expect(steps[0]).toMatchObject({ kind: 'overview', title: 'The short version' });
    expect(steps[1]).toMatchObject({ kind: 'event', title: 'Retitled', note: 'Say this' });
    expect(steps[2]).toMatchObject({ kind: 'event', title: a!.title });
  });

  test('an unknown narrative falls back to chronology', () => {
    expect(presentation(timeline, 'no-such').steps).toHaveLength(timeline.events.length + 2);
  });
});

describe('stepping', () => {
  test.each<[PresentAction, number, number, number]>([
    ['next', 0, 5, 1],
    ['next', 4, 5, 4],
    ['previous', 3, 5, 2],
    ['previous', 0, 5, 0],
    ['first', 3, 5, 0],
    ['last', 1, 5, 4],
    ['blank', 2, 5, 2],
  ])('%s from %i of %i → %i', (action, from, count, expected) => {
    expect(stepAfter(action, from, count)).toBe(expected);
  });

  test.each<[number, number, number]>([
    [-3, 5, 0],
    [99, 5, 4],
    [2.7, 5, 2],
    [Number.NaN, 5, 0],
    [3, 0, 0],
  ])('clampStep(%d, %i) is %i', (step, count, expected) => {
    expect(clampStep(step, count)).toBe(expected);
  });
});

describe('keys', () => {
  test.each<[string, PresentAction | null]>([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['b', 'blank'],
    ['.', 'blank'],
    ['p', 'presenter'],
    ['x', null],
    ['Tab', null],
  ])('%j → %s', (key, action) => {
    expect(actionForKey(key)).toBe(action);
  });
});

describe('strongestQuote', () => {
  const citation = (quote: string): Citation => ({ source: 's', quote, offset: 0, paragraph: { offset: 0, text: quote } });
  const event = (quotes: string[]) => ({ citations: quotes.map(citation) }) as TimelineEvent;

  test('the fullest quote that still fits on a slide', () => {
    expect(strongestQuote(event(['short', 'a somewhat longer quote', 'x'.repeat(400)])).quote).toBe('a somewhat longer quote');
  });

  test('when every quote is long, the shortest', () => {
    expect(strongestQuote(event(['y'.repeat(500), 'z'.repeat(300)])).quote).toBe('z'.repeat(300));
  });
});
