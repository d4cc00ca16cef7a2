// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { makeTimeline } from '../data/fixtures';
import type { Timeline, TimelineEvent } from '../data/schema';
import { byWholeText } from '../test/byWholeText';
import { PrintHandout } from './PrintHandout';

// makeTimeline(): events in date order
//   [0] "campaign-begins" 2021, lane us (wire only)
//   [1] "intrusion" before October 2022 – 2023, lane uk (wire only)
//   [2] "charges-filed" 25 March 2024, lane us (wire and brief, one discrepancy)
// Sources in manifest order: wire (credit and dateline), brief (neither).

const WIRE = 'Wire report, WASHINGTON (March 25)';
const BRIEF = 'Brief report (no byline)';

afterEach(cleanup);

function renderHandout(change: (timeline: Timeline) => Timeline = (t) => t, pick: (events: TimelineEvent[]) => TimelineEvent[] = (e) => e) {
  const timeline = change(makeTimeline());
  const view = render(<PrintHandout timeline={timeline} events={pick(timeline.events)} />);
  return { ...view, timeline };
}

const articleFor = (title: string) => screen.getByRole('heading', { level: 3, name: title }).closest('article')!;

describe('PrintHandout', () => {
  test('is headed "Chronology with sources" with a note on the quotes', () => {
    renderHandout();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Chronology with sources');
    expect(screen.getByRole('region', { name: 'Chronology with sources' })).toBeInTheDocument();
    expect(screen.getByText("Printed from the interactive timeline. Quotes are the articles' exact words.")).toBeInTheDocument();
  });

  test('has an article per event, in the given order, each headed by its title', () => {
    const { timeline } = renderHandout();
    const articles = screen.getAllByRole('article');
    expect(articles.map((article) => within(article).getByRole('heading', { level: 3 }).textContent)).toEqual(
      timeline.events.map((event) => event.title),
    );
  });

  test('prints only the events it is given, and says the chronology is filtered', () => {
    renderHandout(undefined, (events) => events.slice(1, 2));
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 3, name: 'The intrusion' })).toBeInTheDocument();
    expect(screen.getByText(/1 of 3 events, as filtered on screen\.$/)).toBeInTheDocument();
  });

  test.each<[string, string, string]>([
    ['The group starts targeting lawmakers', '2021', '2021 · United States · Reported by 1 of 2 articles (single source)'],
    [
      'The intrusion',
      'before October 2022 – 2023',
      'before October 2022 – 2023 · United Kingdom · Reported by 1 of 2 articles (single source)',
    ],
    ['Seven people charged', '25 March 2024', '25 March 2024 · United States · Reported by 2 of 2 articles'],
  ])('%s: long date, lane and coverage', (title, date, meta) => {
    renderHandout();
    const article = articleFor(title);
    expect(within(article).getByText(date).tagName).toBe('TIME');
    expect(within(article).getByText(byWholeText('p', meta))).toBeInTheDocument();
  });

  test('shows each summary and date basis', () => {
    const { timeline } = renderHandout();
    for (const event of timeline.events) {
      const article = articleFor(event.title);
      expect(within(article).getByText(event.summary)).toBeInTheDocument();
      expect(within(article).getByText(byWholeText('p', `Date basis: ${event.dateBasis}`))).toBeInTheDocument();
    }
  });

  test('quotes every citation verbatim, under its source label', () => {
    const { timeline } = renderHandout();
    for (const event of timeline.events) {
      const article = articleFor(event.title);
      const quotes = within(article)
        .getAllByRole('blockquote')
        .map((q) => q.textContent);
      expect(quotes).toEqual(event.citations.map((citation) => citation.quote));
    }
    const charges = articleFor('Seven people charged');
    expect(
      within(charges)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual([WIRE, BRIEF, '⚠ The articles disagree']);
  });

  test('shows where the articles disagree, as the panel does: each topic, each side quoted and attributed', () => {
    renderHandout();
    const notice = within(articleFor('Seven people charged')).getByRole('region', { name: 'The articles disagree' });
    expect(within(notice).getByRole('heading', { level: 5, name: 'Length of the campaign' })).toBeInTheDocument();
    expect(within(notice).getByText('One report says 14 years, the other a decade.')).toBeInTheDocument();
    const sides = within(notice).getAllByRole('listitem');
    expect(sides.map((side) => side.textContent)).toEqual([`“a 14-year campaign” — ${WIRE}`, `“a decade-long campaign” — ${BRIEF}`]);
    expect(within(articleFor('The intrusion')).queryByRole('region', { name: 'The articles disagree' })).toBeNull();
  });

  test('ends with every source: label, credit, dateline and notes, never its file name', () => {
    const { container } = renderHandout((t) => ({
      ...t,
      sources: t.sources.map((s) => (s.id === 'brief' ? { ...s, notes: 'Condensed.' } : s)),
    }));
    const list = screen.getByRole('region', { name: 'Sources' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual([WIRE, BRIEF]);
    expect(items.map((item) => item.textContent)).toEqual([
      `${WIRE}Credit: – Wire · Dateline: WASHINGTON (March 25)`,
      `${BRIEF}Condensed.`,
    ]);
    expect(container.textContent).not.toMatch(/\.txt|File:/);
  });

  test('renders hostile text as text, never as HTML', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = renderHandout((t) => ({
      ...t,
      sources: t.sources.map((s) => (s.id === 'brief' ? { ...s, label: `<b>${hostile}</b>`, notes: hostile } : s)),
      events: t.events.map((e) =>
        e.id === 'charges-filed' ? { ...e, title: `<script>alert(1)</script>${hostile}`, summary: hostile } : e,
      ),
    }));
    expect(screen.getByRole('heading', { level: 3, name: `<script>alert(1)</script>${hostile}` })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4, name: `<b>${hostile}</b>` })).toHaveLength(1);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});
