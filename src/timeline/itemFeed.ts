/**
 * What the timeline's DataSet holds: every item of a small story; of a large one, only
 * what the window in view needs (overview.ts, loaded the first time a large story is
 * drawn). Filled by difference, so vis-timeline redraws little.
 */
import type { DataSet } from 'vis-data/esnext';
import { syncDataSet } from './dataSetSync';
import type { TimeWindow } from './dayWindow';
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
  private byId = new Map<string, TimelineItem>();
  private selectedId: string | null = null;
  /** What the DataSet was last filled for, so asking again for the same costs nothing. */
  private filledFor = { items: [] as TimelineItem[], start: 0, end: 0, selected: null as string | null };

  /** `shownWindow` is read when summarising code arrives late, to fill for the window shown by then. */
  constructor(
    private readonly set: DataSet<TimelineItem>,
    private readonly shownWindow: () => TimeWindow,
  ) {}

  setItems(items: TimelineItem[]): void {
    this.items = items;
    this.byId = new Map(items.map((item) => [item.id, item]));
  }

  setSelected(id: string | null): void {
    this.selectedId = id;
  }

  get selected(): string | null {
    return this.selectedId;
  }

  itemOf(id: string): TimelineItem | undefined {
    return this.byId.get(id);
  }

  /** Makes the DataSet hold what `window` needs. */
  fill(window: TimeWindow): void {
    const selected = this.selectedId;
    const wanted = { items: this.items, start: window.start.getTime(), end: window.end.getTime(), selected };
    const last = this.filledFor;
    if (last.items === wanted.items && last.start === wanted.start && last.end === wanted.end && last.selected === selected) return;
    const large = wanted.items.length > DETAIL_LIMIT;
    if (large && !overview) {
      void loadOverview().then(() => this.fill(this.shownWindow()));
      return;
    }
    this.filledFor = wanted;
    const shown = large && overview ? overview.itemsForWindow(wanted.items, window, selected) : wanted.items;
    const rows = shown.map((item) =>
      // Backdrops cannot carry vis-timeline's selection, so the selected one gets a class of its own.
      item.type === 'background' && item.id === selected ? { ...item, className: item.className + SELECTED_BACKDROP } : item,
    );
    syncDataSet(this.set, rows);
  }
}
