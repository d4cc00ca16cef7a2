// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { makeDisputedTimeline, makeTimeline } from '../data/fixtures';
import type { Timeline, TimelineEvent } from '../data/schema';
import { byWholeText } from '../test/byWholeText';
import { SourcePanel } from './SourcePanel';

// makeTimeline(): events[0] "campaign-begins" (2021, wire only),
// events[2] "charges-filed" (25 March 2024, wire and brief, one discrepancy).
// Sources in manifest order: wire, brief.

const WIRE = 'Wire report, WASHINGTON (March 25)';
const BRIEF = 'Brief report (no byline)';

afterEach(cleanup);

function eventOf(timeline: Timeline, id: string): TimelineEvent {
  const event = timeline.events.find((e) => e.id === id);
  if (!event) throw new Error(`fixture has no event ${id}`);
  return event;
}

function renderPanel(id: string, change: (event: TimelineEvent) => TimelineEvent = (event) => event, timeline = makeTimeline()) {
  const event = change(eventOf(timeline, id));
  const onClose = vi.fn<() => void>();
  const onStep = vi.fn<(step: 1 | -1) => void>();
  const onShowEvent = vi.fn<(id: string) => void>();
  const view = render(
    <SourcePanel timeline={timeline} event={event} headingId="h" onClose={onClose} onStep={onStep} onShowEvent={onShowEvent} />,
  );
  return { ...view, event, onClose, onStep, onShowEvent };
}

describe('SourcePanel', () => {
  test('is a region named by its level-2 heading, which carries the given id', () => {
    renderPanel('charges-filed');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('Seven people charged');
    expect(heading.id).toBe('h');
    expect(screen.getByRole('region', { name: 'Seven people charged' })).toBeInTheDocument();
  });

  test('shows the date, summary and how the date was worked out', () => {
    renderPanel('intrusion');
    expect(screen.getByText('before October 2022 – 2023').tagName).toBe('TIME');
    expect(screen.getByText('The intrusion began before October 2022 and lasted into 2023.')).toBeInTheDocument();
    expect(screen.getByText("'before October 2022 and lasted into 2023' (wire).")).toBeInTheDocument();
  });

  test.each<[string, string]>([
    ['charges-filed', 'Reported by 2 of 2 articles'],
    ['campaign-begins', 'Reported by 1 of 2 articles (single source)'],
  ])('%s: the coverage line reads %j', (id, line) => {
    renderPanel(id);
    expect(screen.getByText(byWholeText('p', line))).toBeInTheDocument();
  });

  test.each<[string, string[]]>([
    ['charges-filed', [`From ${WIRE}`, `From ${BRIEF}`]],
    ['campaign-begins', [`From ${WIRE}`]],
  ])('%s: one article per reporting source, in manifest order', (id, names) => {
    renderPanel(id);
    const articles = screen.getAllByRole('article');
    expect(articles.map((article) => article.getAttribute('aria-label'))).toEqual(names);
    for (const name of names) expect(screen.getByRole('article', { name })).toBeInTheDocument();
  });

  test('marks each quote exactly, inside its own article’s paragraph', () => {
    const { container, event } = renderPanel('charges-filed');
    const quotes = event.citations.map((citation) => citation.quote);
    expect(quotes).toEqual([
      'Prosecutors on Monday charged seven people',
      'Seven people were charged over a decade-long campaign on 25 March 2024.',
    ]);
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(quotes);

    const wire = screen.getByRole('article', { name: `From ${WIRE}` });
    expect(within(wire).getByText(quotes[0]!, { selector: 'mark' })).toBeInTheDocument();
    // The rest of the paragraph is there, unmarked.
    expect(within(wire).getByText(' over a 14-year campaign.', { selector: 'span', normalizer: (s) => s })).toBeInTheDocument();
    expect(
      within(wire).getByText(
        byWholeText('blockquote', 'WASHINGTON (March 25): Prosecutors on Monday charged seven people over a 14-year campaign.'),
      ),
    ).toBeInTheDocument();

    const brief = screen.getByRole('article', { name: `From ${BRIEF}` });
    expect(within(brief).getByText(quotes[1]!, { selector: 'mark' })).toBeInTheDocument();
  });

  test('shows where the articles disagree, each side in its own words and attributed', () => {
    renderPanel('charges-filed');
    const notice = screen.getByRole('region', { name: 'The articles disagree' });
    expect(within(notice).getByRole('heading', { level: 4 }).textContent).toBe('Length of the campaign');
    expect(within(notice).getByText('One report says 14 years, the other a decade.')).toBeInTheDocument();
    const sides = within(notice).getAllByRole('listitem');
    expect(sides.map((side) => side.textContent)).toEqual([`“a 14-year campaign” — ${WIRE}`, `“a decade-long campaign” — ${BRIEF}`]);
  });

  test('a side that carries its own quotation marks gets no second pair', () => {
    renderPanel('charges-filed', (event) => ({
      ...event,
      discrepancies: event.discrepancies!.map((d) => ({
        ...d,
        citations: d.citations.map((c, i) => (i === 0 ? { ...c, quote: '"a 14-year campaign," he said' } : c)),
      })),
    }));
    const sides = within(screen.getByRole('region', { name: 'The articles disagree' })).getAllByRole('listitem');
    expect(sides.map((side) => side.textContent)).toEqual([
      `"a 14-year campaign," he said — ${WIRE}`,
      `“a decade-long campaign” — ${BRIEF}`,
    ]);
  });

  test('has no disagreement notice when the articles agree', () => {
    renderPanel('campaign-begins');
    expect(screen.queryByText('The articles disagree')).toBeNull();
    expect(screen.queryByRole('region', { name: 'The articles disagree' })).toBeNull();
  });

  test.each<[string, [] | [1 | -1]]>([
    ['Next →', [1]],
    ['← Previous', [-1]],
  ])('clicking %j steps %j', async (name, args) => {
    const { onStep, onClose } = renderPanel('intrusion');
    await userEvent.click(screen.getByRole('button', { name }));
    expect(onStep).toHaveBeenCalledTimes(1);
    expect(onStep).toHaveBeenCalledWith(...args);
    expect(onClose).not.toHaveBeenCalled();
  });

  test('the close button closes the panel', async () => {
    const { onStep, onClose } = renderPanel('intrusion');
    await userEvent.click(screen.getByRole('button', { name: 'Close source panel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onStep).not.toHaveBeenCalled();
  });

  test('shows the lane and kind labels as tags', () => {
    renderPanel('charges-filed', (event) => ({ ...event, kinds: ['charges', 'breach'] }));
    const tags = screen.getByText('United States').parentElement!;
    expect(
      within(tags)
        .getAllByText(/./)
        .map((tag) => tag.textContent),
    ).toEqual(['United States', 'Charges', 'Breach']);
  });

  test('renders hostile text as text, never as HTML', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = renderPanel('charges-filed', (event) => ({
      ...event,
      title: hostile,
      summary: `<script>alert(1)</script>${hostile}`,
      dateBasis: `<b>${hostile}</b>`,
    }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(hostile);
    expect(screen.getByText(`<script>alert(1)</script>${hostile}`)).toBeInTheDocument();
    expect(screen.getByText(`<b>${hostile}</b>`)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  test('an unsourced event says it has no source article where the evidence would be, with what it came with as a link to follow', () => {
    const { container } = renderPanel('campaign-begins', (event) => ({
      ...event,
      citations: [],
      unsourced: true,
      origin: { link: 'https://example.org/photo', credit: 'Photo: Example', caption: '<b>A caption</b>' },
    }));
    expect(screen.getByText('No source article yet.')).toBeInTheDocument();
    expect(screen.queryByText(/Reported by/)).toBeNull();
    expect(screen.getByRole('link', { name: 'https://example.org/photo' })).toHaveAttribute('rel', 'noopener noreferrer external');
    expect(screen.getByText(/It came with Photo: Example — <b>A caption<\/b>/)).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
  });

  // Not tested here: "Read the full article" opens ArticleDialog, which calls
  // HTMLDialogElement.showModal and Element.scrollIntoView; jsdom 29 has neither.
  // The browser tests cover the dialog.

  describe('who says so', () => {
    test('an allegation names who alleges it and who denies it, the denial a click away', async () => {
      const { onShowEvent } = renderPanel('campaign-begins', undefined, makeDisputedTimeline());
      const claims = screen.getByRole('region', { name: 'Who says so' });
      expect(within(claims).getByText(byWholeText('p', 'Alleged by Officials'))).toBeInTheDocument();
      expect(within(claims).getByText(byWholeText('div', 'Denied by The embassy:The embassy denies it (26 Mar 2024)'))).toBeInTheDocument();
      expect(within(claims).getByText(byWholeText('div', 'Responses:Seven people charged (25 Mar 2024)'))).toBeInTheDocument();
      await userEvent.click(within(claims).getByRole('button', { name: 'The embassy denies it' }));
      expect(onShowEvent).toHaveBeenCalledWith('embassy-denial');
    });

    test('a denial links to what it denies; outside knowledge is marked as not from the articles', async () => {
      const { onShowEvent } = renderPanel('embassy-denial', undefined, makeDisputedTimeline());
      const claims = screen.getByRole('region', { name: 'Who says so' });
      expect(within(claims).getByText(byWholeText('p', 'On the record: The embassy.'))).toBeInTheDocument();
      await userEvent.click(within(claims).getByRole('button', { name: 'The group starts targeting lawmakers' }));
      expect(onShowEvent).toHaveBeenCalledWith('campaign-begins');
      expect(
        screen.getByText(byWholeText('p', 'Not from the articles: The embassy has denied similar claims before.')),
      ).toBeInTheDocument();
    });

    test('corrections to the event are listed with their day', () => {
      renderPanel('charges-filed', undefined, makeDisputedTimeline());
      const corrections = screen.getByRole('region', { name: 'Corrections to this event' });
      expect(within(corrections).getByRole('listitem').textContent).toBe(
        '27 March 2024: An earlier version said eight people were charged.',
      );
    });

    test('an event of a document without claims shows no such section', () => {
      const bare = makeTimeline({ actors: undefined });
      renderPanel('charges-filed', ({ by: _by, relations: _relations, assertion: _assertion, ...event }) => event, bare);
      expect(screen.queryByRole('region', { name: 'Who says so' })).toBeNull();
    });
  });
});
