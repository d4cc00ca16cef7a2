/**
 * The one place vis-timeline lives. Creates the instance once, feeds it through
 * DataSets, mirrors the selection both ways and destroys it on unmount.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { initialWindow, type TimelineGroup, type TimelineItem } from './toTimelineItems';

const DAY_MS = 24 * 60 * 60 * 1000;

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
  zoomMin: 7 * DAY_MS,
  zoomMax: 40 * 365 * DAY_MS,
  // Wheel alone scrolls the page; zooming takes Ctrl+wheel, a pinch or the buttons.
  zoomKey: 'ctrlKey',
  margin: { item: { horizontal: 4, vertical: 3 }, axis: 6 },
  template: (item?: TimelineItem) => (item ? renderItem(item) : ''),
  groupTemplate: (group?: TimelineGroup) => (group ? textElement('tl-lane', group.content) : ''),
  // On by default; stated so nobody turns it off: a second line of defence behind the templates.
  xss: { disabled: false },
};

export interface VisTimelineControls {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

export function useVisTimeline(
  container: RefObject<HTMLDivElement | null>,
  items: TimelineItem[],
  groups: TimelineGroup[],
  selectedId: string | null,
  onSelect: (id: string | null) => void,
): VisTimelineControls {
  const timeline = useRef<Timeline | null>(null);
  const itemSet = useRef(new DataSet<TimelineItem>());
  const groupSet = useRef(new DataSet<TimelineGroup>());
  const hasWindow = useRef(false);
  const selectionSeen = useRef(false);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    if (!container.current) return;
    // vis-timeline's typings want its own item type; ours is a compatible superset.
    const instance = new Timeline(container.current, itemSet.current as never, groupSet.current as never, OPTIONS);
    instance.on('select', (properties: { items: (string | number)[] }) => {
      const [first] = properties.items;
      onSelectRef.current(first === undefined ? null : String(first));
    });
    timeline.current = instance;
    return () => {
      instance.destroy();
      timeline.current = null;
      hasWindow.current = false;
    };
  }, [container]);

  useEffect(() => syncDataSet(groupSet.current, groups), [groups]);

  useEffect(() => {
    syncDataSet(itemSet.current, items);
    // Open on the whole story once; later item changes keep the reader's window.
    const window = hasWindow.current ? undefined : initialWindow(items, drawingWidth(container.current));
    if (window && timeline.current) {
      // As options too: vis-timeline fits all items on its first draw unless
      // start and end are set, which would undo a plain setWindow.
      timeline.current.setOptions({ start: window.start, end: window.end });
      timeline.current.setWindow(window.start, window.end, { animation: false });
      hasWindow.current = true;
    }
  }, [items, container]);

  useEffect(() => {
    const instance = timeline.current;
    const root = container.current;
    if (!instance || !root) return;
    const openedByLink = !selectionSeen.current;
    selectionSeen.current = true;
    instance.setSelection(selectedId === null ? [] : [selectedId]);
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
      requestAnimationFrame(() => root.querySelector('.vis-item.vis-selected')?.scrollIntoView({ block: 'nearest' }));
    }
  }, [selectedId, items, container]);

  return {
    zoomIn: () => timeline.current?.zoomIn(0.5, { animation: !prefersReducedMotion() }),
    zoomOut: () => timeline.current?.zoomOut(0.5, { animation: !prefersReducedMotion() }),
    fit: () => {
      const window = initialWindow(itemSet.current.get(), drawingWidth(container.current));
      if (window) timeline.current?.setWindow(window.start, window.end, { animation: !prefersReducedMotion() });
    },
  };
}
