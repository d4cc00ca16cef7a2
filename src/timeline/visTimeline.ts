/**
 * vis-timeline behind a small adapter: the one module that creates, updates and
 * destroys the library's instance, feeds it through DataSets, and turns its events into
 * plain callbacks. Only vis-timeline's documented API is used.
 *
 * vis-timeline draws in axis time (timeScale.ts), which is not real time where the story
 * has a burst or a long empty stretch; everything going in or out of this class is in real
 * time, converted here. The axis itself is drawn by axisLayer.ts, since vis-timeline's can
 * only be linear.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { prefersReducedMotion } from '../lib/motion';
import { syncDataSet } from './dataSetSync';
import { AxisLayer } from './axisLayer';
import { axisMarks } from './axisTicks';
import type { TimeWindow } from './dayWindow';
import { ItemFeed } from './itemFeed';
import { eventCount, rowEach } from './rowEach';
import { ESTIMATED_LANE_COLUMN_PX, sketchDrawingWidth, sketchShown } from './sketchWidths';
import type { MarkTap } from './pile';
import { itemTemplate, laneColumnWidth, lanesOutOfSight, laneTemplate, markIn } from './templates';
import type { TimeScale } from './timeScale';
import { extent, initialWindow, isCluster, zoomLimits, type TimelineGroup, type TimelineItem } from './toTimelineItems';

/** Items and the axis: 6 px between the axis and the first row, 3 px between rows, 4 px between items sharing a row. */
const MARGIN = { item: { horizontal: 4, vertical: 3 }, axis: 6 };
/**
 * Each event on a row of its own (rowEach.ts): every later item collides with every
 * earlier one, so vis-timeline's stacking puts it below them all, whatever the labels' widths.
 */
const ROW_EACH_MARGIN = { ...MARGIN, item: { ...MARGIN.item, horizontal: 1e7 } };

const BASE_OPTIONS: TimelineOptions = {
  orientation: { axis: 'top', item: 'top' },
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  // The axis is drawn by axisLayer.ts: vis-timeline's would label axis time as if it were real.
  showMajorLabels: false,
  showMinorLabels: false,
  // Wheel alone scrolls the page; zooming takes Ctrl+wheel, a pinch or the buttons.
  zoomKey: 'ctrlKey',
  // Stated, or vis-timeline reads the computed style of every ancestor to find out.
  rtl: false,
  // On by default; stated so nobody turns it off: a second line of defence behind the templates.
  xss: { disabled: false },
};

/** A compact overview strip (phones): dots and bars without labels, not stacked. */
const COMPACT: TimelineOptions = { stack: false, margin: { item: { horizontal: 0, vertical: 2 }, axis: 4 } };
const FULL: TimelineOptions = { stack: BASE_OPTIONS.stack };

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
  /** Where the lanes are clipped (maxHeight): the lanes now out of sight above and below, in order. */
  onLanesOutOfSight: (lanes: { above: string[]; below: string[] }) => void;
}

export interface VisTimelineInit {
  items: TimelineItem[];
  groups: TimelineGroup[];
  compact: boolean;
  /** How real time maps to the axis (see timeScale.ts). */
  scale: TimeScale;
  /** The window to open on; null: one that shows every item. */
  window: TimeWindow | null;
  /** The tallest the lanes may draw, in pixels; taller, they are clipped and move up and down inside (an embed's one screen). None: as tall as they stack. */
  maxHeight?: number | undefined;
  /**
   * The timeline widths first screens were drawn ahead for (sketchWidths.ts), one of which this
   * timeline takes over: it opens on that screen's window. None: its own fit.
   */
  sketchWidths?: readonly number[] | undefined;
  /** Whether a small story may stack one event per row (rowEach.ts); not where the lanes must stay short, as on a presentation's stage. */
  rowEach: boolean;
}

export class VisTimeline {
  private readonly instance: Timeline;
  private readonly itemSet = new DataSet<TimelineItem>();
  private readonly groupSet = new DataSet<TimelineGroup>();
  private readonly feed = new ItemFeed(this.itemSet, () => this.window());
  private readonly axis = new AxisLayer();
  /** Where vis-timeline draws, inside the container. */
  private readonly host = document.createElement('div');
  private scale: TimeScale;
  /** The real time the items span, ms; the axis is dated only within it. */
  private storyTime = { from: -Infinity, until: Infinity };
  private compact: boolean;
  /** The lanes are clipped at a height (maxHeight), and move up and down inside it. */
  private readonly clipped: boolean;
  /** The lanes out of sight as last reported, as JSON. */
  private reportedOutOfSight = '';
  private zoomMax = 0;
  /** The window opened on without being asked for, which is not reported as a move. */
  private opening: TimeWindow | null = null;
  /** Waiting for the opening draws to settle (see the constructor); null once they have. */
  private waitingForItems: (() => void)[] | null = [];
  private rowEach = false;
  private readonly rowEachAllowed: boolean;
  /** The window and drawing width of the first screen drawn ahead that this timeline took over, if it opened on that window. */
  private sketched: { start: number; end: number; width: number } | null = null;

  constructor(
    private readonly container: HTMLElement,
    init: VisTimelineInit,
    private readonly callbacks: VisTimelineCallbacks,
  ) {
    this.compact = init.compact;
    this.rowEachAllowed = init.rowEach;
    this.clipped = init.maxHeight !== undefined;
    // By the width the style sheet's container query sees, to the fraction of a pixel.
    const shown = init.sketchWidths && sketchShown(container.getBoundingClientRect().width, init.sketchWidths);
    const sketchedWidth = shown === undefined ? undefined : sketchDrawingWidth(shown);
    const openingWidth = (width: number) => Math.min(width, sketchedWidth ?? Infinity);
    this.scale = init.scale;
    this.feed.setScale(init.scale);
    this.takeItems(init.items);
    syncDataSet(this.groupSet, init.groups);
    this.host.className = 'tl-host';
    container.append(this.axis.strip, this.axis.backdrop, this.host);
    const estimatedWidth = openingWidth(this.drawingWidth(ESTIMATED_LANE_COLUMN_PX));
    const opening = init.window ? this.toAxis(init.window) : initialWindow(this.feed.axisItems(), estimatedWidth, !this.compact);
    const { zoomMin, zoomMax } = zoomLimits(this.feed.axisItems());
    this.zoomMax = Math.max(zoomMax, opening ? opening.end.getTime() - opening.start.getTime() : 0);
    // vis-timeline opens on a window given as an option only after hiding itself for
    // 200 ms. So it gets its items and no window, and the window is set at once: its first
    // draw, in the next frame, shows them there. After that draw it fits itself to its
    // items, once, without drawing; the window is put straight back.
    if (opening) this.fill(this.toReal(opening));
    if (opening && sketchedWidth !== undefined && estimatedWidth === sketchedWidth)
      this.sketched = { start: opening.start.getTime(), end: opening.end.getTime(), width: sketchedWidth };
    this.instance = new Timeline(this.host, this.itemSet, this.groupSet, {
      ...BASE_OPTIONS,
      ...(init.compact ? COMPACT : {}),
      ...(!init.compact && { margin: this.margin() }),
      // Past it the lanes clip and can be dragged up and down (with shadows where more lies beyond); the
      // wheel still scrolls the page, so a reader scrolling past an embed is never caught in it.
      ...(init.maxHeight !== undefined && { maxHeight: init.maxHeight }),
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
      const measuredWidth = openingWidth(this.drawingWidth());
      if (draws === 1 && !init.window && Math.abs(measuredWidth - estimatedWidth) > REFIT_PX) {
        // The lane column was estimated before its labels were drawn; now it can be measured.
        this.openOnStory(measuredWidth);
      }
      if (this.waitingForItems === null) return;
      // The timeline's own height: a first screen drawn ahead may hold the container's meanwhile.
      const drawn = this.host.getBoundingClientRect().height;
      heldFor = drawn === height ? heldFor + 1 : 0;
      height = drawn;
      // One unchanged draw is not enough: the draw that measures the items leaves the height as it was.
      if (heldFor < 2 && draws < MAX_SETTLING_DRAWS) {
        this.instance.redraw();
        return;
      }
      this.callbacks.onWindowShown(this.window());
      const waiting = this.waitingForItems;
      this.waitingForItems = null;
      for (const run of waiting) run();
    };
    this.instance.on('changed', afterFirstDraws);
    this.listen();
  }

  destroy(): void {
    this.instance.destroy();
    for (const layer of [this.axis.strip, this.axis.backdrop, this.host]) layer.remove();
  }

  setItems(items: TimelineItem[]): void {
    if (items === this.feed.items) return;
    const rowEachBefore = this.rowEach;
    this.takeItems(items);
    if (this.rowEach !== rowEachBefore) this.instance.setOptions({ margin: this.margin() });
    this.allowZoomOut(zoomLimits(this.feed.axisItems()).zoomMax);
    this.fill(this.window());
  }

  private takeItems(items: TimelineItem[]): void {
    this.feed.setItems(items);
    this.stackRowEach(rowEach(eventCount(items), this.compact));
    const span = extent(items);
    this.storyTime = span ? { from: span.first, until: span.lastEnd } : { from: -Infinity, until: Infinity };
  }

  /** A new axis: the same real window is kept. */
  setScale(scale: TimeScale): void {
    if (scale === this.scale) return;
    const shown = this.window();
    this.scale = scale;
    this.feed.setScale(scale);
    this.fill(shown);
    this.setWindow(this.toAxis(shown), false);
  }

  setGroups(groups: TimelineGroup[]): void {
    syncDataSet(this.groupSet, groups);
  }

  setCompact(compact: boolean): void {
    if (compact === this.compact) return;
    this.compact = compact;
    this.stackRowEach(rowEach(eventCount(this.feed.items), compact));
    this.instance.setOptions(compact ? COMPACT : { ...FULL, margin: this.margin() });
  }

  private stackRowEach(small: boolean): void {
    this.rowEach = this.rowEachAllowed && small;
    this.feed.setRowEach(this.rowEach);
  }

  private margin(): TimelineOptions['margin'] {
    return this.rowEach ? ROW_EACH_MARGIN : MARGIN;
  }

  /** Marks the selected item, moving the window (not the zoom) to it when it is out of view. */
  select(id: string | null): void {
    this.feed.setSelected(id);
    this.fill(this.window());
    this.instance.setSelection(id === null ? [] : [id]);
    const found = id === null ? undefined : this.feed.itemOf(id);
    if (!found) return;
    const item = this.feed.axisItem(found);
    const { start, end } = this.instance.getWindow();
    const from = item.start.getTime();
    const until = (item.end ?? item.start).getTime();
    if (until < start.getTime() || from > end.getTime()) this.instance.moveTo(new Date((from + until) / 2), { animation: animate() });
    else if (this.clipped) requestAnimationFrame(() => this.bringIntoLanes(found.id));
  }

  /** Where the lanes are clipped, moves them to bring an item above or below those in sight (or in a lane not drawn) into it. */
  private bringIntoLanes(id: string): void {
    const lanes = this.host.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    if (!lanes) return;
    const mark = markIn(this.host, id)?.getBoundingClientRect();
    if (!mark || mark.top < lanes.top || mark.bottom > lanes.bottom) this.scrollLanesTo(id);
  }

  show(window: TimeWindow): void {
    this.setWindow(this.toAxis(window), animate());
  }

  /** The whole story, with room for the last label, as it opens. */
  fitAll(animation = animate()): void {
    const window = initialWindow(this.feed.axisItems(), this.drawingWidth(), !this.compact);
    if (window) this.setWindow(window, animation);
  }

  /** The story's own opening window, which is not reported as a move; `width` is estimated until the lanes are drawn. */
  private openOnStory(width = this.drawingWidth()): void {
    const window = initialWindow(this.feed.axisItems(), width, !this.compact);
    if (!window) return;
    this.setWindow(window, false);
    this.opening = this.instance.getWindow();
  }

  /** Sets the window in axis time. */
  private setWindow(window: TimeWindow, animation: boolean): void {
    // A window asked for is shown whole, however wide: the zoom limit is for the reader's zooming out.
    this.allowZoomOut(window.end.getTime() - window.start.getTime());
    this.instance.setWindow(window.start, window.end, { animation });
  }

  private allowZoomOut(span: number): void {
    const zoomMax = Math.max(zoomLimits(this.feed.axisItems()).zoomMax, span);
    if (zoomMax === this.zoomMax) return;
    this.zoomMax = zoomMax;
    this.instance.setOptions({ zoomMax });
  }

  zoom(direction: 1 | -1): void {
    if (direction === 1) this.instance.zoomIn(0.5, { animation: animate() });
    else this.instance.zoomOut(0.5, { animation: animate() });
  }

  /** The window shown, in real time. */
  window(): TimeWindow {
    return this.toReal(this.instance.getWindow());
  }

  private toAxis({ start, end }: TimeWindow): TimeWindow {
    return { start: this.scale.toAxisDate(start), end: this.scale.toAxisDate(end) };
  }

  private toReal({ start, end }: TimeWindow): TimeWindow {
    // To the second: the way to the axis and back leaves a millisecond's rounding, which would put midnight on the day before.
    const real = (date: Date) => new Date(Math.round(this.scale.toReal(date.getTime()) / 1000) * 1000);
    return { start: real(start), end: real(end) };
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
      const shown = this.toReal({ start, end });
      this.fill(shown);
      this.callbacks.onWindowShown(shown);
      const opening = this.opening;
      this.opening = null;
      if (opening?.start.getTime() === start.getTime() && opening.end.getTime() === end.getTime()) return;
      this.callbacks.onWindowChange(shown);
    });
    // Every draw (a move, a zoom, a resize, new items, the lanes scrolled) redraws the axis with it.
    instance.on('changed', () => {
      this.drawAxis();
      if (this.clipped) this.reportLanesOutOfSight();
    });
  }

  private reportLanesOutOfSight(): void {
    const lanes = lanesOutOfSight(this.host);
    const key = JSON.stringify(lanes);
    if (key === this.reportedOutOfSight) return;
    this.reportedOutOfSight = key;
    this.callbacks.onLanesOutOfSight(lanes);
  }

  /**
   * Where the lanes are clipped: brings a lane into sight, as much of it as fits, the window
   * left where it is. A lane out of sight is not drawn, so first one of its events in the window
   * is brought in; then, drawn, its lowest mark comes up to the bottom edge (going down) or its
   * highest down to the top (going up).
   */
  showLane(id: string, direction: 'up' | 'down'): void {
    const ofLane = this.itemSet.get({ filter: (item) => item.group === id && item.type !== 'background' });
    const { start, end } = this.instance.getWindow();
    const middle = (start.getTime() + end.getTime()) / 2;
    const nearest = [...ofLane].sort((a, b) => Math.abs(a.start.getTime() - middle) - Math.abs(b.start.getTime() - middle))[0];
    if (!nearest) return;
    this.scrollLanesTo(nearest.id);
    requestAnimationFrame(() => {
      const marks = ofLane
        .flatMap((item) => {
          const mark = markIn(this.host, item.id);
          return mark ? [{ id: item.id, top: mark.getBoundingClientRect().top }] : [];
        })
        .sort((a, b) => a.top - b.top);
      const mark = direction === 'down' ? marks.at(-1) : marks[0];
      if (mark) this.scrollLanesTo(mark.id);
    });
  }

  /**
   * Scrolls the clipped lanes to show an item. vis-timeline does that only as part of focus,
   * which also centres the item in time: the window is put straight back, and not reported.
   */
  private scrollLanesTo(id: string): void {
    const { start, end } = this.instance.getWindow();
    this.instance.focus(id, { zoom: false, animation: false });
    this.instance.setWindow(start, end, { animation: false });
    this.opening = { start, end };
  }

  private drawAxis(): void {
    // vis-timeline's drawing area, by the class its style sheet documents: the axis must line up with it exactly.
    const area = this.host.querySelector('.vis-panel.vis-center');
    if (!area) return;
    const box = area.getBoundingClientRect();
    const left = box.left - this.container.getBoundingClientRect().left;
    const { start, end } = this.instance.getWindow();
    const axisStart = start.getTime();
    const axisEnd = end.getTime();
    // On the window of a first screen drawn ahead, the axis is dated as that screen was, however wide.
    const sketched = this.sketched?.start === axisStart && this.sketched.end === axisEnd ? this.sketched : null;
    const { ticks, breaks, context } = axisMarks(this.scale, axisStart, axisEnd, sketched?.width ?? box.width, this.storyTime);
    this.axis.draw({ left, width: box.width, axisStart, axisEnd }, ticks, breaks, this.scale.bursts, context);
  }

  /** Hands vis-timeline what `window` (real time) needs. */
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
}

function animate(): boolean {
  return !prefersReducedMotion();
}
