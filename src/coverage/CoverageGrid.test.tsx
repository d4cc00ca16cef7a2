// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { makeTimeline } from '../data/fixtures';
import type { Timeline, TimelineEvent } from '../data/schema';
import { CoverageGrid } from './CoverageGrid';

// makeTimeline(): events in date order
//   [0] "campaign-begins" 2021 (wire only)
//   [1] "intrusion" before Oct 2022 – 2023 (wire only)
//   [2] "charges-filed" 25 Mar 2024 (wire and brief)
// Sources in manifest order: wire, brief.

const WIRE = 'Wire report, WASHINGTON (March 25)';
const BRIEF = 'Brief report (no byline)';

afterEach(cleanup);

function renderGrid(
  options: {
    selectedId?: string | null;
    change?: (timeline: Timeline) => Timeline;
    pick?: (events: TimelineEvent[]) => TimelineEvent[];
  } = {},
) {
  const timeline = (options.change ?? ((t) => t))(makeTimeline());
  const events = (options.pick ?? ((e) => e))(timeline.events);
  const onOpenCitation = vi.fn<(eventId: string, sourceId: string) => void>();
  const view = render(
    <CoverageGrid timeline={timeline} events={events} selectedId={options.selectedId ?? null} onOpenCitation={onOpenCitation} />,
  );
  return { ...view, timeline, onOpenCitation };
}

/** The table's head, body and foot. */
const rowGroups = () => within(screen.getByRole('table')).getAllByRole('rowgroup');
const bodyRows = () => within(rowGroups()[1]!).getAllByRole('row');

describe('CoverageGrid', () => {
  test('is a table captioned with what it shows, inside a focusable, named scroll region', () => {
    renderGrid();
    const table = screen.getByRole('table', { name: /^Which article reports which event / });
    const region = screen.getByRole('region', { name: 'Coverage table (scrolls sideways)' });
    expect(region.contains(table)).toBe(true);
    expect(region.tabIndex).toBe(0);
  });

  test('has a column per source between Event, Date and Articles, named by the full source label', () => {
    renderGrid();
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual([
      'Event',
      'Date',
      'Wire reportWire report, WASHINGTON (March 25)',
      'Brief reportBrief report (no byline)',
      'Articles',
    ]);
    expect(screen.getByRole('columnheader', { name: WIRE })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: BRIEF })).toBeInTheDocument();
    // The short form is for the eye only, with the full label on hover.
    const short = within(screen.getByRole('columnheader', { name: WIRE })).getByText('Wire report');
    expect(short.getAttribute('aria-hidden')).toBe('true');
    expect(short.getAttribute('title')).toBe(WIRE);
  });

  test('has a row per event, headed by its title, with its short date as a <time>', () => {
    renderGrid();
    const rows = bodyRows();
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'The group starts targeting lawmakers',
      'The intrusion',
      'Seven people charged',
    ]);
    for (const row of rows) expect(within(row).getAllByRole('cell')).toHaveLength(4);
    const time = within(rows[1]!).getByText('before Oct 2022 – 2023');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2022-10');
  });

  test('shows only the events it is given', () => {
    renderGrid({ pick: (events) => events.slice(2) });
    expect(bodyRows()).toHaveLength(1);
    expect(screen.getByText('No event rests on a single article.')).toBeInTheDocument();
  });

  test('clicking a reporting cell opens that event in that article', async () => {
    const user = userEvent.setup();
    const { onOpenCitation } = renderGrid();
    await user.click(screen.getByRole('button', { name: `${BRIEF} reports “Seven people charged”: show quote` }));
    expect(onOpenCitation).toHaveBeenCalledTimes(1);
    expect(onOpenCitation).toHaveBeenCalledWith('charges-filed', 'brief');
    await user.click(screen.getByRole('button', { name: `${WIRE} reports “The intrusion”: show quote` }));
    expect(onOpenCitation).toHaveBeenLastCalledWith('intrusion', 'wire');
  });

  test('a reporting cell is a button titled with its first quote; a silent one is not a button', () => {
    renderGrid();
    const [first] = bodyRows();
    const [, wire, brief] = within(first!).getAllByRole('cell');
    const button = within(wire!).getByRole('button');
    expect(button.getAttribute('title')).toBe('“The group began targeting lawmakers in 2021, officials said.”');
    expect(button.textContent).toBe('●');
    expect(within(brief!).queryByRole('button')).toBeNull();
    expect(brief!.textContent).toBe('○not reported');
    expect(screen.getAllByRole('button')).toHaveLength(4);
  });

  test('flags single-source rows and counts the articles per row', () => {
    renderGrid();
    const counts = bodyRows().map((row) => within(row).getAllByRole('cell').at(-1)!.textContent);
    expect(counts).toEqual(['1 of 2 single source', '1 of 2 single source', '2 of 2']);
  });

  test('sums up how many events rest on a single article, and how many events each article reports', () => {
    renderGrid();
    expect(screen.getByText('2 of 3 events rest on a single article.')).toBeInTheDocument();
    const footer = within(rowGroups()[2]!).getByRole('row');
    expect(within(footer).getByRole('rowheader').textContent).toBe('Events each article reports');
    expect(
      within(footer)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['', '3', '1', '']);
  });

  test.each<[string | null, string[]]>([
    ['intrusion', ['The intrusion']],
    [null, []],
    ['no-such-event', []],
  ])('selected %j: marks %j as current', (selectedId, current) => {
    renderGrid({ selectedId });
    const marked = bodyRows().filter((row) => row.getAttribute('aria-current') === 'true');
    expect(marked.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(current);
  });

  test('long titles are shortened in the button name, but kept whole in the row header', () => {
    const long = 'Intelligence and Security Committee says China targets the UK prolifically';
    renderGrid({ change: (t) => ({ ...t, events: t.events.map((e) => (e.id === 'intrusion' ? { ...e, title: long } : e)) }) });
    expect(screen.getByRole('rowheader', { name: long })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: `${WIRE} reports “Intelligence and Security Committee says…”: show quote` }),
    ).toBeInTheDocument();
  });

  test('renders hostile text as text, never as HTML', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = renderGrid({
      change: (t) => ({
        ...t,
        sources: t.sources.map((s) => (s.id === 'brief' ? { ...s, label: `<b>${hostile}</b>` } : s)),
        events: t.events.map((e) => (e.id === 'charges-filed' ? { ...e, title: `<script>alert(1)</script>${hostile}` } : e)),
      }),
    });
    expect(screen.getByRole('rowheader', { name: `<script>alert(1)</script>${hostile}` })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: `<b>${hostile}</b>` })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});
