/**
 * vis-timeline behind a small adapter: the one module that creates, updates and
 * destroys the library's instance, feeds it through DataSets, and turns its events into
 * plain callbacks. Only vis-timeline's documented API is used.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { prefersReducedMotion } from '../lib/motion';
import { syncDataSet } from './dataSetSync';
import type { TimeWindow } from './dayWindow';
import type { MarkTap } from './pile';
import { ItemFeed } from './itemFeed';
import { itemTemplate, laneColumnWidth, laneTemplate, markIn } from './templates';
import { initialWindow, isCluster, LABEL_PX, zoomLimits, type TimelineGroup, type TimelineItem } from './toTimelineItems';

const BASE_OPTIONS: TimelineOptions = {
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
  // On by default; stated so nobody turns it off: a second line of defence behind the templates.
  xss: { disabled: false },
};

/** A compact overview strip (phones): dots and bars without labels, not stacked. */
const COMPACT: TimelineOptions = { stack: false, margin: { item: { horizontal: 0, vertical: 2 }, axis: 4 } };
const FULL: TimelineOptions = { stack: BASE_OPTIONS.stack, margin: BASE_OPTIONS.margin };

/** The lane column's width until its labels are drawn and can be measured. */
const ESTIMATED_LANE_COLUMN_PX = 150;
/** An opening fit whose drawing width was estimated within this many pixels is left as it is. */
const REFIT_PX = 12;
/** The most draws the opening takes to settle its lanes' height (it takes four or five). */
const MAX_SETTLING_DRAWS = 8;

export interface VisTimelineCallbacks {
  /** The reader picked an event (or a backdrop) on the timeline, or cleared the choice (null). */
  onSelect: (id: string | null) => void;
  /** On the compact strip, a tap on a mark comes here, with what is drawn around it, instead of selecting (see pile.ts). */
  onTapMark: (tap: MarkTap) => void;
  /** The window moved (by the reader, a zoom, a fit, a summary mark, a selection brought into view) and settled. */
  onWindowChange: (window: TimeWindow) => void;
  /** The window drawn, once the timeline first draws and after every move: what is on screen now. */
  onWindowShown: (window: TimeWindow) => void;
}

export interface VisTimelineInit {
  items: TimelineItem[];
  groups: TimelineGroup[];
  compact: boolean;
  /** The window to open on; null: one that shows every item. */
  window: TimeWindow | null;
}

export class VisTimeline {
  private readonly instance: Timeline;
  private readonly itemSet = new DataSet<TimelineItem>();
  private readonly groupSet = new DataSet<TimelineGroup>();
  private readonly feed = new ItemFeed(this.itemSet, () => this.instance.getWindow());
  private compact: boolean;
  private zoomMax = 0;
  /** The window opened on without being asked for, which is not reported as a move. */
  private opening: TimeWindow | null = null;
  /** Waiting for the opening draws to settle (see the constructor); null once they have. */
  private waitingForItems: (() => void)[] | null = [];

  constructor(
    private readonly container: HTMLElement,
    init: VisTimelineInit,
    private readonly callbacks: VisTimelineCallbacks,
  ) {
    this.compact = init.compact;
    this.feed.setItems(init.items);
    syncDataSet(this.groupSet, init.groups);
    const estimatedWidth = this.drawingWidth(ESTIMATED_LANE_COLUMN_PX);
    const opening = init.window ?? initialWindow(init.items, estimatedWidth, this.labelPx());
    const { zoomMin, zoomMax } = zoomLimits(init.items);
    this.zoomMax = Math.max(zoomMax, opening ? opening.end.getTime() - opening.start.getTime() : 0);
    // vis-timeline opens on a window given as an option only after hiding itself for
    // 200 ms. So it gets its items and no window, and the window is set at once: its first
    // draw, in the next frame, shows them there. After that draw it fits itself to its
    // items, once, without drawing; the window is put straight back.
    if (opening) this.fill(opening);
    this.instance = new Timeline(container, this.itemSet, this.groupSet, {
      ...BASE_OPTIONS,
      ...(init.compact ? COMPACT : {}),
      zoomMin,
      zoomMax: this.zoomMax,
      template: itemTemplate,
      groupTemplate: laneTemplate,
    });
    const openOn = () => {
      if (!opening) return;
      this.instance.setWindow(opening.start, opening.end, { animation: false });
      if (!init.window) this.opening = this.instance.getWindow();
    };
    openOn();
    // vis-timeline stacks new items by their measured size only over the next few draws
    // (left alone, its lanes stay collapsed until its own size check a second later), so
    // it is asked to draw again until its height holds.
    let draws = 0;
    let height = -1;
    let heldFor = 0;
    const afterFirstDraws = () => {
      draws += 1;
      if (draws === 1) openOn();
      if (draws === 1 && !init.window && Math.abs(this.drawingWidth() - estimatedWidth) > REFIT_PX) {
        // The lane column was estimated before its labels were drawn; now it can be measured.
        this.openOnStory();
      }
      if (this.waitingForItems === null) return;
      const drawn = container.getBoundingClientRect().height;
      heldFor = drawn === height ? heldFor + 1 : 0;
      height = drawn;
      // One unchanged draw is not enough: the draw that measures the items leaves the height as it was.
      if (heldFor < 2 && draws < MAX_SETTLING_DRAWS) {
        this.instance.redraw();
        return;
      }
      this.callbacks.onWindowShown(this.instance.getWindow());
      const waiting = this.waitingForItems;
      this.waitingForItems = null;
      for (const run of waiting) run();
    };
    this.instance.on('changed', afterFirstDraws);
    this.listen();
  }

  destroy(): void {
    this.instance.destroy();
  }

  setItems(items: TimelineItem[]): void {
    if (items === this.feed.items) return;
    this.feed.setItems(items);
    this.allowZoomOut(zoomLimits(items).zoomMax);
    this.fill(this.instance.getWindow());
  }

  setGroups(groups: TimelineGroup[]): void {
    syncDataSet(this.groupSet, groups);
  }

  setCompact(compact: boolean): void {
    if (compact === this.compact) return;
    this.compact = compact;
    this.instance.setOptions(compact ? COMPACT : FULL);
  }

  /** Marks the selected item, moving the window (not the zoom) to it when it is out of view. */
  select(id: string | null): void {
    this.feed.setSelected(id);
    this.fill(this.instance.getWindow());
    this.instance.setSelection(id === null ? [] : [id]);
    const item = id === null ? undefined : this.feed.itemOf(id);
    if (!item) return;
    const { start, end } = this.instance.getWindow();
    const from = item.start.getTime();
    const until = (item.end ?? item.start).getTime();
    if (until < start.getTime() || from > end.getTime()) this.instance.moveTo(new Date((from + until) / 2), { animation: animate() });
  }

  show(window: TimeWindow): void {
    this.setWindow(window, animate());
  }

  /** The whole story, with room for the last label, as it opens. */
  fitAll(animation = animate()): void {
    const window = initialWindow(this.feed.items, this.drawingWidth(), this.labelPx());
    if (window) this.setWindow(window, animation);
  }

  /** The story's own opening window, which is not reported as a move; `width` is estimated until the lanes are drawn. */
  private openOnStory(width = this.drawingWidth()): void {
    const window = initialWindow(this.feed.items, width, this.labelPx());
    if (!window) return;
    this.setWindow(window, false);
    this.opening = this.instance.getWindow();
  }

  private setWindow(window: TimeWindow, animation: boolean): void {
    // A window asked for is shown whole, however wide: the zoom limit is for the reader's zooming out.
    this.allowZoomOut(window.end.getTime() - window.start.getTime());
    this.instance.setWindow(window.start, window.end, { animation });
  }

  private allowZoomOut(span: number): void {
    const zoomMax = Math.max(zoomLimits(this.feed.items).zoomMax, span);
    if (zoomMax === this.zoomMax) return;
    this.zoomMax = zoomMax;
    this.instance.setOptions({ zoomMax });
  }

  zoom(direction: 1 | -1): void {
    if (direction === 1) this.instance.zoomIn(0.5, { animation: animate() });
    else this.instance.zoomOut(0.5, { animation: animate() });
  }

  window(): TimeWindow {
    return this.instance.getWindow();
  }

  /** The mark drawn for an event (or the selected backdrop), while it is on screen. */
  markOf(id: string): HTMLElement | undefined {
    return markIn(this.container, id);
  }

  /** Runs `then` once the latest change is drawn: once the opening draws settle, or in the next frame. */
  afterDraw(then: () => void): void {
    if (this.waitingForItems) this.waitingForItems.push(then);
    else requestAnimationFrame(then);
  }

  private listen(): void {
    const instance = this.instance;
    instance.on('select', ({ items, event }: { items: (string | number)[]; event: Event }) => {
      const picked = items[0] === undefined ? undefined : String(items[0]);
      if (picked !== undefined && (isCluster(picked) || this.compact)) {
        // Not a selection: a summary mark zooms in to its period, and a tap on the strip is offered to the chooser.
        instance.setSelection(this.feed.selected === null ? [] : [this.feed.selected]);
        if (isCluster(picked)) this.zoomInto(picked);
        else this.callbacks.onTapMark(this.tapOn(picked, event));
        return;
      }
      // Backdrops are not selectable in vis-timeline; a click on one is handled below, not as "clear".
      if (picked === undefined && this.backdropAt(event)) return;
      this.callbacks.onSelect(picked ?? null);
    });
    instance.on('click', ({ event }: { event: Event }) => {
      const backdrop = this.backdropAt(event);
      if (backdrop) this.callbacks.onSelect(backdrop);
    });
    instance.on('rangechanged', ({ start, end }: TimeWindow) => {
      this.fill({ start, end });
      this.callbacks.onWindowShown({ start, end });
      const opening = this.opening;
      this.opening = null;
      if (opening?.start.getTime() === start.getTime() && opening.end.getTime() === end.getTime()) return;
      this.callbacks.onWindowChange({ start, end });
    });
  }

  /** Hands vis-timeline what `window` needs. */
  private fill(window: TimeWindow): void {
    this.feed.fill(window);
  }

  private zoomInto(clusterId: string): void {
    const cluster = this.itemSet.get(clusterId);
    if (!cluster?.end) return;
    const margin = (cluster.end.getTime() - cluster.start.getTime()) * 0.1;
    this.instance.setWindow(cluster.start.getTime() - margin, cluster.end.getTime() + margin, { animation: animate() });
  }

  private backdropAt(event: Event): string | null {
    const { item } = this.instance.getEventProperties(event);
    return item != null && this.itemSet.get(String(item))?.type === 'background' ? String(item) : null;
  }

  private tapOn(picked: string, event: Event): MarkTap {
    const { start, end } = this.instance.getWindow();
    return {
      picked,
      lane: this.itemSet.get(picked)?.group ?? '',
      time: this.instance.getEventProperties(event).time,
      msPerPx: (end.getTime() - start.getTime()) / this.drawingWidth(),
      drawn: this.itemSet.get(),
    };
  }

  /** The width items are drawn in: the container less the lane-label column. */
  private drawingWidth(laneColumn = laneColumnWidth(this.container) ?? ESTIMATED_LANE_COLUMN_PX): number {
    return Math.max(this.container.clientWidth - laneColumn, 200);
  }

  private labelPx(): number {
    return this.compact ? 0 : LABEL_PX;
  }
}

function animate(): boolean {
  return !prefersReducedMotion();
}
