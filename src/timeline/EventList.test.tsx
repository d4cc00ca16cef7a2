// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { makeTimeline } from '../data/fixtures';
import type { TimelineEvent } from '../data/schema';
import { EventList, VIRTUAL_LIST_THRESHOLD } from './EventList';

afterEach(cleanup);

const timeline = makeTimeline();

/** `count` copies of the fixture's events, one a day through the years from 2000, in order. */
function manyEvents(count: number): TimelineEvent[] {
  const template = timeline.events[2]!;
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
    return { ...template, id: `event-${i}`, title: `Event number ${i}`, start: day, end: undefined };
  });
}

function renderList(events: TimelineEvent[], selectedId: string | null = null) {
  const onOpen = vi.fn<(id: string) => void>();
  render(
    <EventList events={events} lanes={timeline.lanes} sourceCount={timeline.sources.length} selectedId={selectedId} onOpen={onOpen} />,
  );
  return { onOpen, nav: screen.getByRole('navigation', { name: 'Events in order' }) };
}

describe('EventList, a short story', () => {
  test('one section per year, each with its heading and a list of event buttons', () => {
    const { nav } = renderList(timeline.events, 'intrusion');
    const years = within(nav).getAllByRole('region');
    expect(years.map((year) => within(year).getByRole('heading', { level: 3 }).textContent)).toEqual(['2021', '2022', '2024']);
    expect(years.map((year) => within(year).getAllByRole('button').length)).toEqual([1, 1, 1]);
    const buttons = within(nav).getAllByRole('button');
    timeline.events.forEach((event, i) => expect(buttons[i]).toHaveTextContent(event.title));
    expect(buttons.map((b) => b.getAttribute('aria-current'))).toEqual([null, 'true', null]);
    // Every row is there, so none needs to say its place in the whole.
    for (const row of within(nav).getAllByRole('listitem')) expect(row).not.toHaveAttribute('aria-setsize');
  });

  test('Up, Down, Home and End move focus; choosing an event reports its id', async () => {
    const user = userEvent.setup();
    const { nav, onOpen } = renderList(timeline.events);
    const buttons = within(nav).getAllByRole('button');
    buttons[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(buttons[2]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(buttons[0]).toHaveFocus();
    await user.click(buttons[1]!);
    expect(onOpen).toHaveBeenCalledWith('intrusion');
  });

  test('stays a full list up to the threshold', () => {
    const { nav } = renderList(manyEvents(VIRTUAL_LIST_THRESHOLD));
    expect(within(nav).getAllByRole('button')).toHaveLength(VIRTUAL_LIST_THRESHOLD);
  });
});

const { scrollTo: realScrollTo } = Object.getOwnPropertyDescriptors(Element.prototype);
afterEach(() => {
  if (realScrollTo) Object.defineProperty(Element.prototype, 'scrollTo', realScrollTo);
});

/**
 * jsdom does no layout: give every element a height (a 576px box, 64px rows, content as
 * tall as the list says) and make scrollTo move the offset, so the virtualizer can work.
 */
function fakeLayout() {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(576);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(64);
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function scrollHeight(this: HTMLElement) {
    return parseFloat((this.firstElementChild as HTMLElement | null)?.style.height ?? '') || 0;
  });
  Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
    const top = typeof options === 'object' ? (options.top ?? 0) : 0;
    Object.defineProperty(this, 'scrollTop', { value: top, configurable: true });
    // As in a browser, the scroll event comes later, not inside the call.
    setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
  };
}

describe('EventList, a long story', () => {
  test('one list whose rows say their place in the whole, with a hint on how to move', async () => {
    fakeLayout();
    const { nav } = renderList(manyEvents(10_000));
    // The long list's code loads on demand; until then the list says it is loading.
    expect(within(nav).getByRole('status').textContent).toBe('Loading the list of 10,000 events…');
    await within(nav).findAllByRole('listitem');
    expect(within(nav).getByRole('heading', { level: 2, name: 'Events in order' })).toBeInTheDocument();
    expect(within(nav).getAllByRole('list')).toHaveLength(1);
    expect(within(nav).getByText(/^10,000 events\. Rows load as you scroll/)).toBeInTheDocument();

    const rows = within(nav).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(50);
    expect(rows[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(rows.every((row) => row.getAttribute('aria-setsize') === '10000')).toBe(true);
    expect(within(rows[0]!).getByRole('heading', { level: 3 }).textContent).toBe('2000');
    expect(within(rows[1]!).queryByRole('heading')).toBeNull();
  });

  test('End and Home reach rows that were not rendered, and focus them', async () => {
    fakeLayout();
    const user = userEvent.setup();
    const { nav } = renderList(manyEvents(10_000));
    const eventNumber = (n: number) => within(nav).getByRole('button', { name: new RegExp(`Event number ${n}(?!\\d)`) });
    const first = await within(nav).findByRole('button', { name: /Event number 0(?!\d)/ });
    first.focus();
    await user.keyboard('{End}');
    await vi.waitFor(() => expect(eventNumber(9999)).toHaveFocus());
    expect(eventNumber(9999).closest('li')).toHaveAttribute('aria-posinset', '10000');

    await user.keyboard('{Home}');
    await vi.waitFor(() => expect(eventNumber(0)).toHaveFocus());
    await user.keyboard('{PageDown}');
    await vi.waitFor(() => expect(eventNumber(10)).toHaveFocus());
  });

  test('the focused row stays rendered when the list is scrolled away from it', async () => {
    fakeLayout();
    const { nav } = renderList(manyEvents(10_000));
    const first = await within(nav).findByRole('button', { name: /Event number 0(?!\d)/ });
    first.focus();
    nav.querySelector('.event-list__scroller')!.scrollTo({ top: 300_000 });
    await within(nav).findByRole('button', { name: /Event number 4690(?!\d)/ });
    expect(first.isConnected).toBe(true);
    expect(document.activeElement).toBe(first);
  });

  test('a selected event out of view is scrolled to, without taking focus', async () => {
    fakeLayout();
    const events = manyEvents(10_000);
    const onOpen = vi.fn<(id: string) => void>();
    const props = { events, lanes: timeline.lanes, sourceCount: timeline.sources.length, onOpen };
    const { rerender } = render(<EventList {...props} selectedId={null} />);
    const nav = screen.getByRole('navigation', { name: 'Events in order' });
    const search = document.body.appendChild(document.createElement('input'));
    search.focus();

    rerender(<EventList {...props} selectedId="event-5000" />);
    const selected = await within(nav).findByRole('button', { name: /Event number 5000(?!\d)/ });
    expect(selected.getAttribute('aria-current')).toBe('true');
    expect(document.activeElement).toBe(search);
    search.remove();
  });
});
