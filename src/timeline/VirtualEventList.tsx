import { formatCount } from '../lib/count';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../data/schema';
import { focusInFrame } from '../lib/reveal';
import { EventListButton } from './EventListButton';
import { toEventRows } from './eventRows';
import { keyTarget } from './listKeys';
import './virtualList.css';

export interface VirtualEventListProps {
  /** Events in the order to list them (chronological, already filtered). */
  events: TimelineEvent[];
  laneLabels: ReadonlyMap<string, string>;
  sourceCount: number;
  attributionOf?: (event: TimelineEvent) => string;
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/** Rough row heights in pixels, until each row is measured: one event, and one that also carries its year. */
const ROW_ESTIMATE = 64;
const YEAR_ESTIMATE = 40;

/** Index of the row holding `element`, from the `data-index` the virtualizer measures by. */
function rowIndexOf(element: EventTarget): number | null {
  const row = element instanceof Element ? element.closest<HTMLElement>('li[data-index]') : null;
  return row ? Number(row.dataset.index) : null;
}

/**
 * The event list for long stories: one `<ol>` in a scroll box that renders only the
 * rows in view. Each row says its place in the whole list (aria-posinset of aria-setsize),
 * and the keys move focus across every event, rendered or not.
 */
export function VirtualEventList({ events, laneLabels, sourceCount, attributionOf, selectedId, onOpen }: VirtualEventListProps) {
  const rows = useMemo(() => toEventRows(events), [events]);
  const scrollRef = useRef<HTMLDivElement>(null);
  /** The row to focus as soon as it is rendered, after a key asked to scroll to it. */
  const pendingFocus = useRef<number | null>(null);
  /** The row holding focus stays rendered, so scrolling it away with the wheel does not drop focus to the page. */
  const focusedRow = useRef<number | null>(null);

  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedRow.current;
    if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);

  // The same functions while the rows are the same: the virtualizer works out every row's place
  // again whenever its key function changes, 100,000 rows in a large story.
  const estimateSize = useCallback((i: number) => ROW_ESTIMATE + (rows[i]?.firstOfYear ? YEAR_ESTIMATE : 0), [rows]);
  const getItemKey = useCallback((i: number) => rows[i]?.event.id ?? i, [rows]);

  // TanStack Virtual hands back functions the React Compiler cannot memoise; this app does not use the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: 8,
  });

  const focusPending = useCallback(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(`li[data-index="${index}"] button`);
    if (!button) return;
    pendingFocus.current = null;
    focusInFrame(button);
  }, []);

  // After every render: the row a key asked for may have just been rendered.
  useEffect(focusPending);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const index = rowIndexOf(event.target);
    if (index === null) return;
    const target = keyTarget(event.key, index, rows.length, { paging: true });
    if (target === null) return;
    event.preventDefault();
    pendingFocus.current = target;
    virtualizer.scrollToIndex(target);
    focusPending();
  };

  const selectedIndex = useMemo(() => rows.findIndex((row) => row.event.id === selectedId), [rows, selectedId]);
  // A newly selected event (from the timeline, the URL or the panel's arrows) is brought into the box, without taking focus.
  useEffect(() => {
    if (selectedIndex === -1) return;
    const box = scrollRef.current;
    const row = box?.querySelector(`li[data-index="${selectedIndex}"]`);
    if (box && row) {
      // The row the reader just chose here stays put, even if partly out of the box.
      if (row.contains(document.activeElement)) return;
      const shown = box.getBoundingClientRect();
      const { top, bottom } = row.getBoundingClientRect();
      if (top >= shown.top && bottom <= shown.bottom) return;
    }
    virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
  }, [selectedIndex, virtualizer]);

  return (
    <>
      <p id="event-list-hint" className="visually-hidden">
        {formatCount(rows.length)} events. Rows load as you scroll; Up and Down move between them, Page Up and Page Down ten at a time, Home
        and End jump to the first and last.
      </p>
      {/* The rows' keys (Up, Down, Home, End) are handled once for the whole list, around its buttons. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        ref={scrollRef}
        className="event-list__scroller"
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          focusedRow.current = rowIndexOf(event.target);
        }}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) focusedRow.current = null;
        }}
      >
        <ol
          className="event-list__items event-list__items--virtual"
          aria-describedby="event-list-hint"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const { event, year, firstOfYear } = rows[item.index]!;
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-setsize={rows.length}
                aria-posinset={item.index + 1}
                className="event-list__row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {firstOfYear && <h3 className="event-list__year">{year}</h3>}
                <EventListButton
                  event={event}
                  laneLabel={laneLabels.get(event.lane) ?? event.lane}
                  attribution={attributionOf?.(event)}
                  sourceCount={sourceCount}
                  current={event.id === selectedId}
                  onOpen={onOpen}
                />
              </li>
            );
          })}
        </ol>
      </div>
    </>
  );
}
