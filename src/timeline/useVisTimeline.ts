/**
 * The one place vis-timeline lives. Creates the instance once, feeds it through
 * DataSets, mirrors the selection both ways and destroys it on unmount.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { initialWindow, LABEL_PX, zoomLimits, type TimelineGroup, type TimelineItem } from './toTimelineItems';


/** The width items are drawn in: the container less the lane-label column vis-timeline puts on the left. */
function drawingWidth(container: HTMLElement | null): number {
  const labels = container?.querySelector('.vis-panel.vis-left')?.clientWidth ?? 150;
  return Math.max((container?.clientWidth ?? 0) - labels, 200);
}

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
  element.append(textElement('tl-item__date', item.dateLabel), textElement('tl-item__title', item.content));
  return element;
}

const SELECTED_BACKDROP = ' is-selected';

/** Makes the DataSet hold exactly `rows`, touching only what changed so vis-timeline redraws little. */
function syncDataSet<T extends TimelineItem | TimelineGroup>(set: DataSet<T>, rows: T[]): void {
  const keep = new Set(rows.map((row) => row.id));
  set.remove(set.getIds().filter((id) => !keep.has(String(id))));
  // A full row is a valid partial row; vis-data's generic DeepPartial type cannot see that.
  set.update(rows as Parameters<DataSet<T>['update']>[0]);
}

const OPTIONS: TimelineOptions = {
  orientation: { axis: 'top', item: 'top' },
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  // Wheel alone scrolls the page; zooming takes Ctrl+wheel, a pinch or the buttons.
  zoomKey: 'ctrlKey',
  margin: { item: { horizontal: 4, vertical: 3 }, axis: 6 },
  template: (item?: TimelineItem) => (item ? renderItem(item) : ''),
  groupTemplate: (group?: TimelineGroup) => (group ? textElement('tl-lane', group.content) : ''),
  // On by default; stated so nobody turns it off: a second line of defence behind the templates.
  xss: { disabled: false },
};

/** A compact overview strip (phones): dots and bars without labels, not stacked. */
const COMPACT: TimelineOptions = { stack: false, margin: { item: { horizontal: 0, vertical: 2 }, axis: 4 } };

export interface TimeWindow {
  start: Date;
  end: Date;
}

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
  compact?: boolean;
}

export interface VisTimelineControls {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  show(window: TimeWindow): void;
}

export function useVisTimeline(
  container: RefObject<HTMLDivElement | null>,
  { items, groups, selectedId, onSelect, openingWindow, onWindowChange, compact = false }: VisTimelineOptions,
): VisTimelineControls {
  const timeline = useRef<Timeline | null>(null);
  const itemSet = useRef(new DataSet<TimelineItem>());
  const groupSet = useRef(new DataSet<TimelineGroup>());
  const hasWindow = useRef(false);
  const selectionSeen = useRef(false);
  const drawn = useRef(false);
  const pending = useRef<TimeWindow | null>(null);
  const callbacks = useRef({ onSelect, onWindowChange });
  callbacks.current = { onSelect, onWindowChange };

  useEffect(() => {
    if (!container.current) return;
    drawn.current = false;
    // vis-timeline's typings want its own item type; ours is a compatible superset.
    const instance = new Timeline(container.current, itemSet.current as never, groupSet.current as never, {
      ...OPTIONS,
      // Its first draw ends with a fit to the opening window, which would undo a
      // window asked for before then (a presentation's first step, an early click).
      onInitialDrawComplete: () => {
        drawn.current = true;
        if (pending.current) instance.setWindow(pending.current.start, pending.current.end, { animation: false });
        pending.current = null;
      },
    });
    const backdropAt = (event: unknown): string | null => {
      const { item } = instance.getEventProperties(event as Event);
      return item != null && itemSet.current.get(String(item))?.type === 'background' ? String(item) : null;
    };
    instance.on('select', (properties: { items: (string | number)[]; event: unknown }) => {
      const [first] = properties.items;
      // Backdrops are not selectable in vis-timeline; a click on one is handled below, not as "clear".
      if (first === undefined && backdropAt(properties.event)) return;
      callbacks.current.onSelect(first === undefined ? null : String(first));
    });
    instance.on('click', (properties: { event: unknown }) => {
      const backdrop = backdropAt(properties.event);
      if (backdrop) callbacks.current.onSelect(backdrop);
    });
    instance.on('rangechanged', (properties: { start: Date; end: Date; byUser: boolean }) => {
      if (properties.byUser) callbacks.current.onWindowChange?.({ start: properties.start, end: properties.end });
    });
    timeline.current = instance;
    return () => {
      instance.destroy();
      timeline.current = null;
      hasWindow.current = false;
    };
  }, [container]);

  useEffect(() => {
    timeline.current?.setOptions(compact ? COMPACT : { stack: OPTIONS.stack, margin: OPTIONS.margin });
  }, [compact]);

  useEffect(() => syncDataSet(groupSet.current, groups), [groups]);

  useEffect(() => {
    const instance = timeline.current;
    syncDataSet(itemSet.current, items);
    if (!instance) return;
    instance.setOptions(zoomLimits(items));
    // Open once, on the linked window or the whole story; later changes keep the reader's window.
    const labelRoom = compact ? 0 : LABEL_PX;
    const window = hasWindow.current ? undefined : (openingWindow ?? initialWindow(items, drawingWidth(container.current), labelRoom));
    if (window) {
      // Not as start/end options: with those, vis-timeline holds its first paint back
      // for about a second waiting for a range change. Its own first-draw fit would undo
      // a plain setWindow, so the window is also kept to re-apply when that draw is done.
      if (!drawn.current) pending.current = window;
      instance.setWindow(window.start, window.end, { animation: false });
      hasWindow.current = true;
    }
  }, [items, container, openingWindow, compact]);

  useEffect(() => {
    const instance = timeline.current;
    const root = container.current;
    if (!instance || !root) return;
    const openedByLink = !selectionSeen.current;
    selectionSeen.current = true;
    instance.setSelection(selectedId === null ? [] : [selectedId]);
    markSelectedBackdrop(itemSet.current, selectedId);
    const item = selectedId === null ? null : itemSet.current.get(selectedId);
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
      requestAnimationFrame(() => root.querySelector('.vis-selected, .is-selected')?.scrollIntoView({ block: 'nearest' }));
    }
  }, [selectedId, items, container]);

  const animation = () => !prefersReducedMotion();
  return {
    zoomIn: () => timeline.current?.zoomIn(0.5, { animation: animation() }),
    zoomOut: () => timeline.current?.zoomOut(0.5, { animation: animation() }),
    fit: () => {
      const window = initialWindow(itemSet.current.get(), drawingWidth(container.current), compact ? 0 : LABEL_PX);
      if (window) timeline.current?.setWindow(window.start, window.end, { animation: animation() });
    },
    show: (window) => {
      if (!drawn.current) pending.current = window;
      timeline.current?.setWindow(window.start, window.end, { animation: animation() });
    },
  };
}

/** Backdrops cannot carry vis-timeline's selection, so the selected one gets a class of its own. */
function markSelectedBackdrop(set: DataSet<TimelineItem>, selectedId: string | null): void {
  const changes = set
    .get({ filter: (item) => item.type === 'background' })
    .flatMap((item) => {
      const selected = item.id === selectedId;
      if (selected === item.className.endsWith(SELECTED_BACKDROP)) return [];
      const base = item.className.replace(SELECTED_BACKDROP, '');
      return [{ id: item.id, className: selected ? base + SELECTED_BACKDROP : base }];
    });
  if (changes.length > 0) set.update(changes);
}
