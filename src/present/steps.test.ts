import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dateSpan, parsePartialDate } from '../data/dates';
import { makeTimeline } from '../data/fixtures';
import type { Citation, TimelineEvent } from '../data/schema';
import { actionForKey, clampStep, periodOf, presentation, stepAfter, strongestQuote, type PresentAction, type Period } from './steps';

describe('presentation', () => {
  const timeline = makeTimeline();
  const byId = (id: string) => timeline.events.find((event) => event.id === id)!;
  // The fixture's events in time order: 2021, before October 2022, 25 March 2024.
  const [a, b] = [byId('campaign-begins'), byId('intrusion')];

  test('chronological by default, with an overview at each end', () => {
    const { steps, narrative } = presentation({ ...timeline, events: [...timeline.events].reverse() }, null);
    expect(narrative).toBeUndefined();
    expect(steps.map((s) => (s.kind === 'event' ? s.event.id : `overview:${s.position}`))).toEqual([
      'overview:start',
      'campaign-begins',
      'intrusion',
      'charges-filed',
      'overview:end',
    ]);
  });

  test('a narrative plays its own order, titles and notes, falling back to the event’s', () => {
    const story = makeTimeline({
      narratives: [
        { id: 'short', title: 'The short version', steps: [{ event: b.id, title: 'Retitled', note: 'Say this' }, { event: a.id }] },
      ],
    });
    const { steps, narrative } = presentation(story, 'short');
    expect(narrative?.title).toBe('The short version');
    expect(steps).toHaveLength(4);
    expect(steps[0]).toMatchObject({ kind: 'overview', title: 'The short version' });
    expect(steps[1]).toMatchObject({ kind: 'event', title: 'Retitled', note: 'Say this' });
    expect(steps[2]).toMatchObject({ kind: 'event', title: a.title });
  });

  test('in time order, the overviews show the story: its title, its standfirst, all its dates', () => {
    const { steps } = presentation(timeline, null);
    const period = { start: '2021', end: '2024-03-25' };
    expect(steps[0]).toEqual({
      kind: 'overview',
      position: 'start',
      title: timeline.title,
      description: timeline.description,
      note: timeline.description,
      period,
    });
    expect(steps.at(-1)).toEqual({ kind: 'overview', position: 'end', title: timeline.title, period });
  });

  test('a narrative’s overviews show the narrative: its title, its description, its own events’ dates', () => {
    const story = makeTimeline({
      narratives: [
        {
          id: 'later',
          title: 'The later part',
          description: 'From the intrusion to the charges.',
          steps: [{ event: 'charges-filed' }, { event: 'intrusion' }],
        },
      ],
    });
    const { steps } = presentation(story, 'later');
    const period = { start: '2022-10', qualifier: 'before', end: '2024-03-25' };
    expect(steps[0]).toEqual({
      kind: 'overview',
      position: 'start',
      title: 'The later part',
      description: 'From the intrusion to the charges.',
      note: 'From the intrusion to the charges.',
      period,
    });
    expect(steps.at(-1)).toEqual({ kind: 'overview', position: 'end', title: 'The later part', period });
  });

  test('a narrative without a description does not borrow the story’s standfirst', () => {
    const story = makeTimeline({ narratives: [{ id: 'bare', title: 'Bare', steps: [{ event: 'campaign-begins' }] }] });
    const [overview] = presentation(story, 'bare').steps;
    expect(overview).toEqual({ kind: 'overview', position: 'start', title: 'Bare', period: { start: '2021', end: '2021' } });
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
    expect(strongestQuote(event(['short', 'a somewhat longer quote', 'x'.repeat(400)]))?.quote).toBe('a somewhat longer quote');
  });

  test('when every quote is long, the shortest', () => {
    expect(strongestQuote(event(['y'.repeat(500), 'z'.repeat(300)]))?.quote).toBe('z'.repeat(300));
  });

  test('an unsourced event has none', () => {
    expect(strongestQuote(event([]))).toBeUndefined();
  });
});

describe('periodOf', () => {
  type Dates = Pick<TimelineEvent, 'start' | 'end' | 'qualifier'>;
  const events = (dates: Dates[]) => dates.map((d, i) => ({ id: `e${i}`, ...d }) as TimelineEvent);

  test.each<[string, Dates[], Period | undefined]>([
    ['no events, no period', [], undefined],
    ['one day', [{ start: '2024-03-25' }], { start: '2024-03-25', end: '2024-03-25' }],
    [
      'from the earliest start to the latest end',
      [{ start: '2024-03-26' }, { start: '2014', end: '2022' }, { start: '2021' }],
      { start: '2014', end: '2024-03-26' },
    ],
    [
      'a year ends after a month in it: "2024" may mean December',
      [{ start: '2010' }, { start: '2024-05' }, { start: '2024' }],
      { start: '2010', end: '2024' },
    ],
    ['an end inside a later event’s span', [{ start: '2021', end: '2024-03' }, { start: '2023' }], { start: '2021', end: '2024-03' }],
    [
      'a bounded first start keeps its qualifier',
      [{ start: '2022-10', qualifier: 'before', end: '2023' }, { start: '2024' }],
      { start: '2022-10', qualifier: 'before', end: '2024' },
    ],
    [
      'on a tie, the start known without a qualifier wins',
      [
        { start: '2010', qualifier: 'about', end: '2024-03' },
        { start: '2010', end: '2016' },
      ],
      { start: '2010', end: '2024-03' },
    ],
  ])('%s', (_, dates, expected) => {
    expect(periodOf(events(dates))).toEqual(expected);
  });

  /** The instants a partial date can mean, [from, until), as dates.ts reads it. */
  const span = (date: string) => {
    const parsed = parsePartialDate(date);
    if (!parsed) throw new Error(`not a partial date: ${date}`);
    const { from, until } = dateSpan(parsed);
    return { from: from.getTime(), until: until.getTime() };
  };
  const partialDate = fc
    .tuple(fc.integer({ min: 2020, max: 2023 }), fc.option(fc.integer({ min: 1, max: 12 })), fc.option(fc.integer({ min: 1, max: 28 })))
    .map(([year, month, day]) =>
      [String(year), month === null ? [] : [String(month).padStart(2, '0'), ...(day === null ? [] : [String(day).padStart(2, '0')])]]
        .flat()
        .join('-'),
    );
  const dated = fc.tuple(partialDate, fc.option(partialDate)).map(([a, b]): Dates => {
    if (b === null) return { start: a };
    return span(a).from <= span(b).from ? { start: a, end: b } : { start: b, end: a };
  });

  test('a year, a month and a day in the same year: the period holds every event, by what the dates mean', () => {
    // As text "2022" sorts before "2022-10", but the year may mean December.
    expect(periodOf(events([{ start: '2021' }, { start: '2022-10' }, { start: '2022' }]))).toEqual({ start: '2021', end: '2022' });
    expect(periodOf(events([{ start: '2022-10-05' }, { start: '2022-10' }, { start: '2023-01', end: '2023' }]))).toEqual({
      start: '2022-10',
      end: '2023',
    });
  });

  test('no event starts before its period starts or ends after it ends', () => {
    fc.assert(
      fc.property(fc.array(dated, { minLength: 1, maxLength: 8 }), (dates) => {
        const period = periodOf(events(dates))!;
        for (const { start, end } of dates) {
          expect(span(start).from).toBeGreaterThanOrEqual(span(period.start).from);
          expect(span(end ?? start).until).toBeLessThanOrEqual(span(period.end).until);
        }
      }),
    );
  });
});
