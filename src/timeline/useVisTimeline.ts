/**
 * The one place vis-timeline lives. Creates the instance once, feeds it through
 * DataSets, mirrors the selection both ways and destroys it on unmount.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { revealInFrame } from '../lib/reveal';
import {
  DETAIL_LIMIT,
  initialWindow,
  isCluster,
  LABEL_PX,
  zoomLimits,
  type TimelineGroup,
  type TimelineItem,
  type TimeWindow,
} from './toTimelineItems';
import type { MarkTap } from './pile';
import { useLatest } from '../lib/useLatest';

type Overview = typeof import('./overview');
let overview: Overview | undefined;
let loadingOverview: Promise<Overview> | undefined;

/** The code that summarises large stories, loaded the first time one is drawn. */
function loadOverview(): Promise<Overview> {
  loadingOverview ??= import('./overview').then((module) => (overview = module));
  return loadingOverview;
}

/** The width items are drawn in: the container less the lane-label column vis-timeline puts on the left. */
function drawingWidth(container: HTMLElement | null): number {
  const labels = container?.querySelector('.vis-panel.vis-left')?.clientWidth ?? 150;
  return Math.max((container?.clientWidth ?? 0) - labels, 200);
}

/** An opening fit whose drawing width was estimated within this many pixels is left as it is. */
const REFIT_PX = 12;

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Item and lane text go in with textContent: data is never parsed as HTML. */
function textElement(className: string, text: string): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

function renderItem(item: TimelineItem): HTMLElement {
  const element = document.createElement('span');
  element.className = 'tl-item';
  element.dataset.eventId = item.id;
  if (item.dateLabel) element.append(textElement('tl-item__date', item.dateLabel));
  element.append(textElement('tl-item__title', item.content));
  return element;
}

const SELECTED_BACKDROP = ' is-selected';

function sameValue(a: unknown, b: unknown): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

/** True when `next` would change nothing in `current`, including fields it no longer has. */
function sameRow(current: object, next: object): boolean {
  const keys = Object.keys(next);
  return (
    keys.length === Object.keys(current).length &&
    keys.every((key) => sameValue((current as Record<string, unknown>)[key], (next as Record<string, unknown>)[key]))
  );
}

/** Makes the DataSet hold exactly `rows`, touching only what changed so vis-timeline redraws little. */
function syncDataSet<T extends TimelineItem | TimelineGroup>(set: DataSet<T>, rows: T[]): void {
  const keep = new Set(rows.map((row) => row.id));
  const changed = rows.filter((row) => {
    const current = set.get(row.id);
    return current === null || !sameRow(current, row);
  });
  const replaced = new Set(changed.map((row) => row.id));
  // Rows are replaced whole, so a field a row no longer has (an end) does not linger.
  const stale = set.getIds().filter((id) => !keep.has(String(id)) || replaced.has(String(id)));
  if (stale.length > 0) set.remove(stale);
  if (changed.length > 0) set.add(changed);
}

const OPTIONS: TimelineOptions = {
  orientation: { axis: 'top', item: 'top' },
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  // Wheel alone scrolls the page; zooming takes Ctrl+wheel, a pinch or the buttons.
  zoomKey: 'ctrlKey',
  // Stated, or vis-timeline reads the computed style of every ancestor to find out.
  rtl: false,
  margin: { item: { horizontal: 4, vertical: 3 }, axis: 6 },
  template: (item?: TimelineItem) => (item ? renderItem(item) : ''),
  groupTemplate: (group?: TimelineGroup) => (group ? textElement('tl-lane', group.content) : ''),
  // On by default; stated so nobody turns it off: a second line of defence behind the templates.
  xss: { disabled: false },
};

/** A compact overview strip (phones): dots and bars without labels, not stacked. */
const COMPACT: TimelineOptions = { stack: false, margin: { item: { horizontal: 0, vertical: 2 }, axis: 4 } };

export type { TimeWindow };

export interface VisTimelineOptions {
  items: TimelineItem[];
  groups: TimelineGroup[];
  selectedId: string | null;
  /** Called with an event id when the reader picks one on the timeline, or null when they clear it. */
  onSelect: (id: string | null) => void;
  /** The window to open on; when absent, one that shows every item. */
  openingWindow?: TimeWindow | null;
  /** Called when the reader has panned or zoomed, once the movement ends. */
  onWindowChange?: (window: TimeWindow) => void;
  /** Called with the window shown once the timeline is drawn, and whenever it has moved, whoever moved it. */
  onWindowShown?: (window: TimeWindow) => void;
  compact?: boolean;
  /** When given, a tap on an event's mark is handed to this, with what is drawn around it, instead of selecting it (see pile.ts). */
  onTapMark?: (tap: MarkTap) => void;
}

export interface VisTimelineControls {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  show: (window: TimeWindow) => void;
}

export function useVisTimeline(
  container: RefObject<HTMLDivElement | null>,
  { items, groups, selectedId, onSelect, openingWindow, onWindowChange, onWindowShown, compact = false, onTapMark }: VisTimelineOptions,
): VisTimelineControls {
  const timeline = useRef<Timeline | null>(null);
  const itemSet = useRef(new DataSet<TimelineItem>());
  const groupSet = useRef(new DataSet<TimelineGroup>());
  const selectionSeen = useRef(false);
  const drawn = useRef(false);
  const pending = useRef<TimeWindow | null>(null);
  // Every item of the story; the DataSet holds only what the current window needs (see overview.ts).
  const allItems = useRef<TimelineItem[]>([]);
  const itemsById = useRef(new Map<string, TimelineItem>());
  const applied = useRef({ compact, zoomMax: 0 });
  const latest = useLatest({ items, groups, openingWindow, compact, selectedId, onSelect, onWindowChange, onWindowShown, onTapMark });

  /** What the DataSet was last filled for, so asking again for the same costs nothing. */
  const shownFor = useRef({ items: [] as TimelineItem[], start: 0, end: 0, selected: null as string | null });

  /** Hands vis-timeline what `window` needs: every item of a small story, else what is in view. */
  const showItemsFor = (window: TimeWindow) => {
    const selected = latest.current.selectedId;
    const wanted = { items: allItems.current, start: window.start.getTime(), end: window.end.getTime(), selected };
    const last = shownFor.current;
    if (last.items === wanted.items && last.start === wanted.start && last.end === wanted.end && last.selected === selected) return;
    const large = wanted.items.length > DETAIL_LIMIT;
    if (large && !overview) {
      // Drawn as soon as the summarising code is here, in whatever window the timeline has by then.
      void loadOverview().then(() => timeline.current && showItemsFor(timeline.current.getWindow()));
      return;
    }
    shownFor.current = wanted;
    const shown = large && overview ? overview.itemsForWindow(wanted.items, window, selected) : wanted.items;
    const rows = shown.map((item) =>
      // Backdrops cannot carry vis-timeline's selection, so the selected one gets a class of its own.
      item.type === 'background' && item.id === selected ? { ...item, className: item.className + SELECTED_BACKDROP } : item,
    );
    syncDataSet(itemSet.current, rows);
  };

  const rememberItems = (next: TimelineItem[]) => {
    allItems.current = next;
    itemsById.current = new Map(next.map((item) => [item.id, item]));
  };

  useEffect(() => {
    if (!container.current) return;
    drawn.current = false;
    // Everything is in place before the instance exists, the window included, so its
    // first draw is its only one: each later change of groups, items, options or
    // window would redraw the whole timeline.
    const { items: first, groups: lanes, openingWindow: opening, compact: strip } = latest.current;
    rememberItems(first);
    syncDataSet(groupSet.current, lanes);
    const labelPx = strip ? 0 : LABEL_PX;
    // The lane column is not drawn yet, so its width is estimated here and the fit checked once it is.
    const estimatedWidth = drawingWidth(container.current);
    const window = opening ?? initialWindow(first, estimatedWidth, labelPx);
    if (window) showItemsFor(window);
    const limits = zoomLimits(first);
    applied.current = { compact: strip, zoomMax: limits.zoomMax };
    // vis-timeline's typings want its own item type; ours is a compatible superset.
    const instance = new Timeline(container.current, itemSet.current, groupSet.current, {
      ...OPTIONS,
      ...(strip ? COMPACT : {}),
      ...limits,
      ...(window && { start: window.start, end: window.end }),
      onInitialDrawComplete: () => {
        drawn.current = true;
        const asked = pending.current;
        pending.current = null;
        if (asked) {
          // A window asked for before the first draw (a presentation's first step, an early click).
          instance.setWindow(asked.start, asked.end, { animation: false });
        } else if (!opening) {
          const width = drawingWidth(container.current);
          const fitted = Math.abs(width - estimatedWidth) > REFIT_PX ? initialWindow(allItems.current, width, labelPx) : null;
          if (fitted) instance.setWindow(fitted.start, fitted.end, { animation: false });
        }
        latest.current.onWindowShown?.(instance.getWindow());
      },
    });
    if (window) {
      // Given a start and an end, vis-timeline keeps itself hidden until it hears its
      // range has settled, which it announces 200 ms later. The range is settled: tell
      // it so, and have it draw now (its '_change' event is a synchronous redraw), so
      // the first frame shows the events.
      const events = instance as unknown as { emit(event: string, properties?: object): void };
      events.emit('rangechanged', { start: window.start, end: window.end, byUser: false });
      events.emit('_change');
    }
    const backdropAt = (event: unknown): string | null => {
      const { item } = instance.getEventProperties(event as Event);
      return item != null && itemSet.current.get(String(item))?.type === 'background' ? String(item) : null;
    };
    const tapOn = (picked: string, event: unknown): MarkTap => {
      const { start, end } = instance.getWindow();
      return {
        picked,
        lane: itemSet.current.get(picked)?.group ?? '',
        time: instance.getEventProperties(event as Event).time,
        msPerPx: (end.getTime() - start.getTime()) / drawingWidth(container.current),
        drawn: itemSet.current.get(),
      };
    };
    instance.on('select', (properties: { items: (string | number)[]; event: unknown }) => {
      const [picked] = properties.items;
      if (picked !== undefined && isCluster(String(picked))) {
        // A summary mark is not an event: clicking it zooms in to its period instead.
        const selected = latest.current.selectedId;
        instance.setSelection(selected === null ? [] : [selected]);
        const cluster = itemSet.current.get(String(picked));
        if (cluster?.end) {
          const margin = (cluster.end.getTime() - cluster.start.getTime()) * 0.1;
          instance.setWindow(cluster.start.getTime() - margin, cluster.end.getTime() + margin, { animation: !prefersReducedMotion() });
        }
        return;
      }
      // Backdrops are not selectable in vis-timeline; a click on one is handled below, not as "clear".
      if (picked === undefined && backdropAt(properties.event)) return;
      const { onTapMark } = latest.current;
      if (picked !== undefined && onTapMark) {
        const selected = latest.current.selectedId;
        instance.setSelection(selected === null ? [] : [selected]);
        onTapMark(tapOn(String(picked), properties.event));
        return;
      }
      latest.current.onSelect(picked === undefined ? null : String(picked));
    });
    instance.on('click', (properties: { event: unknown }) => {
      const backdrop = backdropAt(properties.event);
      if (backdrop) latest.current.onSelect(backdrop);
    });
    instance.on('rangechanged', (properties: { start: Date; end: Date; byUser: boolean }) => {
      showItemsFor(properties);
      latest.current.onWindowShown?.({ start: properties.start, end: properties.end });
      if (properties.byUser) latest.current.onWindowChange?.({ start: properties.start, end: properties.end });
    });
    timeline.current = instance;
    return () => {
      instance.destroy();
      timeline.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- showItemsFor and latest read refs only; the effect runs for the values named
  }, [container]);

  useEffect(() => {
    if (!timeline.current || applied.current.compact === compact) return;
    applied.current.compact = compact;
    timeline.current.setOptions(compact ? COMPACT : { stack: OPTIONS.stack, margin: OPTIONS.margin });
  }, [compact]);

  useEffect(() => syncDataSet(groupSet.current, groups), [groups]);

  // Later item changes (filters) keep the reader's window and only swap what is drawn.
  useEffect(() => {
    const instance = timeline.current;
    if (!instance || items === allItems.current) return;
    rememberItems(items);
    const limits = zoomLimits(items);
    if (limits.zoomMax !== applied.current.zoomMax) {
      applied.current.zoomMax = limits.zoomMax;
      instance.setOptions(limits);
    }
    showItemsFor(instance.getWindow());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- showItemsFor and latest read refs only; the effect runs for the values named
  }, [items]);

  useEffect(() => {
    const instance = timeline.current;
    const root = container.current;
    if (!instance || !root) return;
    const openedByLink = !selectionSeen.current;
    selectionSeen.current = true;
    showItemsFor(instance.getWindow());
    instance.setSelection(selectedId === null ? [] : [selectedId]);
    const item = selectedId === null ? undefined : itemsById.current.get(selectedId);
    if (!item) return;

    // Bring the selection into view without zooming away from what the reader chose.
    const { start, end } = instance.getWindow();
    const itemStart = item.start.getTime();
    const itemEnd = (item.end ?? item.start).getTime();
    if (itemEnd < start.getTime() || itemStart > end.getTime()) {
      instance.moveTo(new Date((itemStart + itemEnd) / 2), { animation: !prefersReducedMotion() });
    }
    // Scroll the page to the item when a link opened it or the reader stepped to it
    // on the timeline, but not when it was chosen in the list: that reader is reading the list.
    if (openedByLink || root.contains(document.activeElement)) {
      requestAnimationFrame(() => {
        const shown = root.querySelector('.vis-selected, .is-selected');
        if (shown) revealInFrame(shown);
      });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- showItemsFor and latest read refs only; the effect runs for the values named
  }, [selectedId, items, container]);

  const animation = () => !prefersReducedMotion();
  return {
    zoomIn: () => timeline.current?.zoomIn(0.5, { animation: animation() }),
    zoomOut: () => timeline.current?.zoomOut(0.5, { animation: animation() }),
    fit: () => {
      const window = initialWindow(allItems.current, drawingWidth(container.current), compact ? 0 : LABEL_PX);
      if (window) timeline.current?.setWindow(window.start, window.end, { animation: animation() });
    },
    show: (window) => {
      if (!drawn.current) pending.current = window;
      timeline.current?.setWindow(window.start, window.end, { animation: animation() });
    },
  };
}
