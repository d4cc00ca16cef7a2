/**
 * What the timeline's DataSet holds: every item of a small story; of a large one, only
 * what the window in view needs (overview.ts, loaded the first time a large story is
 * drawn). Filled by difference, so vis-timeline redraws little. Items come in real time
 * and go to vis-timeline in axis time (timeScale.ts).
 */
import type { DataSet } from 'vis-data/esnext';
import { syncDataSet } from './dataSetSync';
import type { TimeWindow } from './dayWindow';
import { footRooms } from './rowEach';
import { LINEAR_SCALE, type TimeScale } from './timeScale';
import { DETAIL_LIMIT, type TimelineItem } from './toTimelineItems';

type Overview = typeof import('./overview');
let overview: Overview | undefined;
let loadingOverview: Promise<Overview> | undefined;

function loadOverview(): Promise<Overview> {
  loadingOverview ??= import('./overview').then((module) => (overview = module));
  return loadingOverview;
}

const SELECTED_BACKDROP = ' is-selected';

export class ItemFeed {
  /** Every item of the story. */
  items: TimelineItem[] = [];
  /** Each item by its id, made the first time one is looked up: at 100,000 items, 40 ms the opening draw does without. */
  private byId: Map<string, TimelineItem> | null = null;
  private selectedId: string | null = null;
  private scale: TimeScale = LINEAR_SCALE;
  /** Items in axis time, made once per item and scale. */
  private onAxis = new WeakMap<TimelineItem, TimelineItem>();
  private allOnAxis: { items: TimelineItem[]; scale: TimeScale; onAxis: TimelineItem[] } | undefined;
  /** What the DataSet was last filled for, so asking again for the same costs nothing. */
  private filledFor = { items: [] as TimelineItem[], start: 0, end: 0, selected: null as string | null, rowEach: false };
  /** Each event on a row of its own (rowEach.ts): lanes with a backdrop keep room at their foot for its label. */
  private rowEach = false;

  /** `shownWindow` is read when summarising code arrives late, to fill for the window shown by then. */
  constructor(
    private readonly set: DataSet<TimelineItem>,
    private readonly shownWindow: () => TimeWindow,
  ) {}

  setItems(items: TimelineItem[]): void {
    this.items = items;
    this.byId = null;
  }

  setRowEach(rowEach: boolean): void {
    this.rowEach = rowEach;
  }

  setScale(scale: TimeScale): void {
    if (scale === this.scale) return;
    this.scale = scale;
    this.onAxis = new WeakMap();
    this.filledFor = { ...this.filledFor, items: [] };
  }

  /** `item` as vis-timeline draws it: its times on the axis. */
  axisItem(item: TimelineItem): TimelineItem {
    if (this.scale.isLinear) return item;
    let mapped = this.onAxis.get(item);
    if (!mapped) {
      mapped = { ...item, start: this.scale.toAxisDate(item.start), ...(item.end && { end: this.scale.toAxisDate(item.end) }) };
      this.onAxis.set(item, mapped);
    }
    return mapped;
  }

  /** Every item in axis time. */
  axisItems(): TimelineItem[] {
    const cached = this.allOnAxis;
    if (cached?.items === this.items && cached.scale === this.scale) return cached.onAxis;
    const onAxis = this.scale.isLinear ? this.items : this.items.map((item) => this.axisItem(item));
    this.allOnAxis = { items: this.items, scale: this.scale, onAxis };
    return onAxis;
  }

  setSelected(id: string | null): void {
    this.selectedId = id;
  }

  get selected(): string | null {
    return this.selectedId;
  }

  itemOf(id: string): TimelineItem | undefined {
    this.byId ??= new Map(this.items.map((item) => [item.id, item]));
    return this.byId.get(id);
  }

  /** Makes the DataSet hold what `window` (real time) needs. */
  fill(window: TimeWindow): void {
    const selected = this.selectedId;
    const wanted = { items: this.items, start: window.start.getTime(), end: window.end.getTime(), selected, rowEach: this.rowEach };
    const last = this.filledFor;
    if (
      last.items === wanted.items &&
      last.start === wanted.start &&
      last.end === wanted.end &&
      last.selected === selected &&
      last.rowEach === wanted.rowEach
    )
      return;
    const large = wanted.items.length > DETAIL_LIMIT;
    if (large && !overview) {
      void loadOverview().then(() => this.fill(this.shownWindow()));
      return;
    }
    this.filledFor = wanted;
    const inWindow = large && overview ? overview.itemsForWindow(wanted.items, window, selected) : wanted.items;
    const shown = this.rowEach ? [...inWindow, ...footRooms(wanted.items)] : inWindow;
    const rows = shown.map((item) => {
      const onAxis = this.axisItem(item);
      // Backdrops cannot carry vis-timeline's selection, so the selected one gets a class of its own.
      return item.type === 'background' && item.id === selected ? { ...onAxis, className: item.className + SELECTED_BACKDROP } : onAxis;
    });
    syncDataSet(this.set, rows);
  }
}
