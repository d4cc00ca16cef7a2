import { describe, expect, test } from 'vitest';
import { eventsAtTap, TAP_REACH_PX } from './pile';
import type { TimelineItem } from './toTimelineItems';

const DAY = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function item(id: string, start: string, extra: Partial<TimelineItem> = {}): TimelineItem {
  return { id, group: 'uk', content: id, dateLabel: '', dateOnAxis: false, start: day(start), type: 'point', className: '', ...extra };
}

// One pixel is a day: the tap reaches TAP_REACH_PX days past a mark's edge, a dot is 4 days either side.
const scale = { lane: 'uk', msPerPx: DAY };

describe('eventsAtTap', () => {
  const items = [
    item('attribution', '2024-03-25'),
    item('sanctions', '2024-03-25'),
    item('embassy', '2024-03-26', { group: 'china' }),
    item('ministers', '2024-03-26'),
    item('far-later', '2024-05-01'),
    item('year', '2024-01-01', { type: 'range', end: day('2025-01-01') }),
    item('registers', '2014-01-01', { type: 'background', end: day('2024-12-31') }),
    item('cluster:uk:2024', '2024-03-01', { type: 'range', end: day('2024-04-01') }),
  ];

  test('every event mark of the lane drawn at the spot, in time order, without backdrops, summaries or other lanes', () => {
    expect(eventsAtTap({ ...scale, drawn: items, picked: 'sanctions', time: day('2024-03-25') })).toEqual([
      'year',
      'attribution',
      'sanctions',
      'ministers',
    ]);
  });

  test('a band under a dot is at the spot too; a dot alone there is the only choice', () => {
    expect(eventsAtTap({ ...scale, drawn: items, picked: 'far-later', lane: 'uk', time: day('2024-05-02') })).toEqual([
      'year',
      'far-later',
    ]);
    expect(eventsAtTap({ ...scale, drawn: [items[4]!], picked: 'far-later', time: day('2024-05-02') })).toEqual(['far-later']);
  });

  test('a tap reaches TAP_REACH_PX past a dot’s edge, and no further', () => {
    const dot = [item('dot', '2024-03-25'), item('other', '2024-03-25')];
    const edge = day('2024-03-25').getTime() + (4 + TAP_REACH_PX) * DAY;
    expect(eventsAtTap({ ...scale, drawn: dot, picked: 'dot', time: new Date(edge) })).toEqual(['dot', 'other']);
    expect(eventsAtTap({ ...scale, drawn: dot, picked: 'dot', time: new Date(edge + DAY) })).toEqual(['dot']);
  });

  test('the mark the timeline hit is always a choice, even when the tap was on its label beyond its mark', () => {
    expect(eventsAtTap({ ...scale, drawn: items, picked: 'attribution', time: day('2024-09-01') })).toEqual(['attribution']);
  });
});
