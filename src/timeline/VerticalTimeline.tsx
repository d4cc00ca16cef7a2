import { useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { dateSpan, parsePartialDate } from '../data/dates';
import type { Lane, TimelineEvent } from '../data/schema';
import { focusInFrame, revealInFrame, type RevealBlock } from '../lib/reveal';
import type { EventListHandle } from './EventList';
import { moveFocusAmong } from './listKeys';
import { MarkLegend } from './MarkLegend';
import { burstLabel, cutLabel } from './segmentLabels';
import type { TimeScale } from './timeScale';
import { LANE_COLORS, toTimelineItems, type TimelineItem } from './toTimelineItems';
import { verticalRows, type Rail, type VerticalRow } from './verticalRows';
import './verticalTimeline.css';

export interface VerticalTimelineProps {
  /** The events to draw, in time order (already filtered). */
  events: TimelineEvent[];
  /** The axis of the whole story: its cuts are the breaks, its bursts the groups. */
  scale: TimeScale;
  /** All the story's lanes, so each keeps its colour when some are filtered out. */
  lanes: Lane[];
  /** Who says so, per event ("Alleged by UK government"); '' for nothing. */
  attributionOf: (event: TimelineEvent) => string;
  selectedId: string | null;
  /** Called when the reader chooses an event, to open its evidence. */
  onOpen: (id: string) => void;
  /** A period the reader jumped to (Jump to): its first event is brought into view and focused. A new object for each jump. */
  jump?: Period | null;
  /** In an embed: a box of its own height that scrolls inside, so the frame stays one screen tall. */
  contained?: boolean;
  ref?: Ref<EventListHandle>;
}

export interface Period {
  start: string;
  end?: string | undefined;
}

const EVENT_BUTTON = 'button[data-event-id]';
/** Room kept clear around a row brought into view, so its focus ring shows whole. */
const REVEAL_MARGIN_PX = 12;
const STOPS = `${EVENT_BUTTON}, button[aria-expanded]`;

/**
 * The timeline on a phone: time flows down the screen. Each event is a row on a spine, marked
 * as on the wide timeline (lane colour; a dot for a day, a bar for a month or year, dashed when
 * given roughly, a diamond or hatching for an allegation); a period also runs down a rail
 * beside the spine. The story's burst is one group that opens.
 */
export function VerticalTimeline(props: VerticalTimelineProps) {
  const { events, scale, lanes, attributionOf, selectedId, onOpen, jump = null, contained = false, ref } = props;
  const list = useRef<HTMLOListElement>(null);
  const rows = useMemo(() => verticalRows(events, scale), [events, scale]);
  const items = useMemo(() => new Map(toTimelineItems(events, lanes).map((item) => [item.id, item])), [events, lanes]);
  const laneLabels = new Map(lanes.map((lane) => [lane.id, lane.label]));
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (key: string) =>
    setOpened((keys) => {
      const next = new Set(keys);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const rowOf = (id: string) => list.current?.querySelector<HTMLElement>(`${EVENT_BUTTON}[data-event-id="${CSS.escape(id)}"]`);
  const focusLater = (id: string, block: RevealBlock = 'nearest') =>
    requestAnimationFrame(() => focusInFrame(rowOf(id), block, REVEAL_MARGIN_PX));
  // The event a jump landed on, marked for a moment: on a touch screen focus alone does not show.
  const [landed, setLanded] = useState<string | null>(null);

  /** The burst holding `id`, if it is in one. */
  const burstOf = (id: string) => rows.find((row) => row.kind === 'burst' && row.events.some((event) => event.id === id));
  const openBurstOf = (id: string) => {
    const burst = burstOf(id);
    if (burst && !opened.has(burst.key)) setOpened((keys) => new Set(keys).add(burst.key));
  };

  useImperativeHandle(ref, () => ({
    focusEvent: (id) => {
      if (!items.has(id)) return false;
      openBurstOf(id);
      focusLater(id);
      return true;
    },
  }));

  // The group holding the chosen event opens when it is chosen (the reader arrived at it, or
  // stepped to it in the evidence), and so does the one holding the first event of a period
  // jumped to. State adjusted while rendering, as React advises for a change of props.
  const [selectionSeen, setSelectionSeen] = useState<string | null>(null);
  if (selectedId !== selectionSeen) {
    setSelectionSeen(selectedId);
    if (selectedId !== null) openBurstOf(selectedId);
  }
  const target = useMemo(() => (jump ? firstIn(jump, events, items) : undefined), [jump, events, items]);
  const [jumpSeen, setJumpSeen] = useState<Period | null>(null);
  if (jump !== jumpSeen) {
    setJumpSeen(jump);
    if (target) {
      openBurstOf(target.id);
      setLanded(target.id);
    }
  }
  useEffect(() => {
    if (!target) return;
    focusLater(target.id, 'start');
    // Once per jump: each is a new object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jump]);

  // In its own scrolling box, the chosen event is kept in sight there (on a page, the sheet covers the timeline).
  useEffect(() => {
    if (!contained || selectedId === null) return;
    const row = rowOf(selectedId);
    if (row) revealInFrame(row, 'nearest', REVEAL_MARGIN_PX);
  }, [contained, selectedId]);

  const columns = Math.max(0, ...rows.flatMap((row) => row.rails.map((rail) => rail.column + 1)));
  // Nothing matches the filters: the page says so; an empty box would say nothing.
  if (events.length === 0) return null;
  const eventRow = (event: TimelineEvent) => {
    const item = items.get(event.id);
    if (!item) return null;
    const attribution = attributionOf(event);
    return (
      <button
        type="button"
        className={event.id === landed ? 'vtimeline__event vtimeline__event--landed' : 'vtimeline__event'}
        onAnimationEnd={() => setLanded(null)}
        data-event-id={event.id}
        aria-current={event.id === selectedId ? 'true' : undefined}
        onClick={() => onOpen(event.id)}
      >
        <Mark item={item} />
        <span className="vtimeline__text">
          <span className="vtimeline__meta">
            <time dateTime={event.start}>{item.dateLabel}</time> · {laneLabels.get(event.lane) ?? event.lane}
          </span>
          <span className={event.assertion === 'allegation' ? 'vtimeline__title vtimeline__title--allegation' : 'vtimeline__title'}>
            {item.content}
          </span>
          {attribution && <span className="vtimeline__attribution">{attribution}</span>}
          {event.unsourced && <span className="vtimeline__attribution">No source article yet</span>}
        </span>
      </button>
    );
  };

  return (
    <section
      className={contained ? 'vtimeline vtimeline--contained' : 'vtimeline'}
      aria-labelledby="timeline-heading"
      // A box that scrolls is a named region, reachable by keyboard (axe's scrollable-region-focusable).
      {...(contained && { role: 'region', tabIndex: 0 })}
    >
      <h2 id="timeline-heading" className="visually-hidden">
        Timeline, earliest first
      </h2>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Up and Down move between the rows' buttons, as in a list box. */}
      <ol
        ref={list}
        className={`vtimeline__rows vtimeline__rows--rails-${columns}`}
        onKeyDown={(event) => moveFocusAmong(event, STOPS, REVEAL_MARGIN_PX)}
      >
        {rows.map((row) => (
          <li key={row.key} className={`vtimeline__row vtimeline__row--${row.kind}`}>
            <Rails rails={row.rails} items={items} />
            {row.kind === 'year' && <h3 className="vtimeline__year">{row.year}</h3>}
            {row.kind === 'cut' && (
              <p className="vtimeline__cut">
                <span className="vtimeline__break" aria-hidden="true" />
                {cutLabel(row)}: no event starts or ends
              </p>
            )}
            {row.kind === 'event' && eventRow(row.event)}
            {row.kind === 'burst' && (
              <Burst row={row} items={items} lanes={lanes} open={opened.has(row.key)} onToggle={() => toggle(row.key)}>
                {row.events.map((event) => (
                  <li key={event.id} className="vtimeline__row vtimeline__row--event">
                    {eventRow(event)}
                  </li>
                ))}
              </Burst>
            )}
          </li>
        ))}
      </ol>
      <MarkLegend events={events} />
      {columns > 0 && (
        <p className="timeline__legend">
          <span className="timeline__legend-key">
            <span className="vtimeline__rail-key" aria-hidden="true" />
            <span>A period: its bar runs down beside the events of its time</span>
          </span>
        </p>
      )}
    </section>
  );
}

/** The first event (in time order) that starts within a period. */
function firstIn(period: Period, events: TimelineEvent[], items: Map<string, TimelineItem>): TimelineEvent | undefined {
  const from = parsePartialDate(period.start);
  const until = parsePartialDate(period.end ?? period.start);
  if (!from || !until) return undefined;
  const first = dateSpan(from).from.getTime();
  const last = dateSpan(until).until.getTime();
  return events.find((event) => {
    const at = items.get(event.id)?.start.getTime() ?? NaN;
    return at >= first && at < last;
  });
}

/** An event's mark on the spine, drawn by the wide timeline's rules (its item's classes). */
function Mark({ item }: { item: TimelineItem }) {
  return (
    <span className={`vtimeline__mark vtimeline__mark--${item.type === 'point' ? 'day' : 'period'} ${item.className}`} aria-hidden="true" />
  );
}

/** The periods under way at a row, each a bar in its lane's colour beside the spine. */
function Rails({ rails, items }: { rails: Rail[]; items: Map<string, TimelineItem> }) {
  if (rails.length === 0) return null;
  return rails.map(({ event, column, starts, ends }) => (
    <span
      key={event.id}
      className={[
        'vtimeline__rail',
        `vtimeline__rail--column-${column}`,
        items.get(event.id)?.className ?? '',
        starts ? 'vtimeline__rail--starts' : '',
        ends ? 'vtimeline__rail--ends' : '',
      ].join(' ')}
      aria-hidden="true"
    />
  ));
}

interface BurstProps {
  row: Extract<VerticalRow, { kind: 'burst' }>;
  items: Map<string, TimelineItem>;
  lanes: Lane[];
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}

/** A burst: its days, how many events in each lane, and a mark per event; opens to its rows. */
function Burst({ row, items, lanes, open, onToggle, children }: BurstProps) {
  const id = useId();
  const perLane = lanes
    .map((lane, index) => ({ lane, index, count: row.events.filter((event) => event.lane === lane.id).length }))
    .filter(({ count }) => count > 0);
  return (
    <div className={open ? 'vtimeline__burst vtimeline__burst--open' : 'vtimeline__burst'}>
      <button type="button" className="vtimeline__burst-toggle" aria-expanded={open} aria-controls={id} onClick={onToggle}>
        <span className="vtimeline__burst-head">
          <span className="vtimeline__burst-dates">{burstLabel(row)}</span>
          <span className="vtimeline__burst-action">{open ? 'Fold' : `Show all ${row.events.length}`}</span>
        </span>
        <span className="vtimeline__burst-count">
          {row.events.length} events:{' '}
          {perLane.map(({ lane, index, count }) => (
            <span key={lane.id} className={`vtimeline__lane-count lane-color-${index % LANE_COLORS}`}>
              {lane.label} {count}
            </span>
          ))}
        </span>
        <span className="vtimeline__burst-marks" aria-hidden="true">
          {row.events.map((event) => {
            const item = items.get(event.id);
            return item && <Mark key={event.id} item={item} />;
          })}
        </span>
      </button>
      <ol id={id} className="vtimeline__burst-rows" hidden={!open}>
        {open && children}
      </ol>
    </div>
  );
}
