/**
 * What vis-timeline draws for an item and a lane label: elements built here, with text
 * set through textContent, so data is never parsed as HTML. Their classes and the
 * event id they carry are this app's own, so the adapter finds an event's mark and
 * measures the lane column by them, never by vis-timeline's markup. (vis-timeline keeps
 * an element it has drawn when a later one would look the same, so the marks are
 * looked up in the page rather than remembered.)
 */
import { isFootRoom } from './rowEach';
import type { TimelineGroup, TimelineItem } from './toTimelineItems';

const MARK = 'tl-item';
const LANE_LABEL = 'tl-lane';
/** An unseen row's content (rowEach.ts footRooms): one line of a label's height, with nothing in it. */
export const FOOT_ROOM = 'tl-foot-room__line';
export const ROOM_OF_A_LINE = '\u200b';
/** vis-timeline pads each lane label by a few pixels inside its column. */
const LABEL_INSET_PX = 5;

function textElement(className: string, text: string): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** What an item's label says, part by part (a class and its text): the template below draws it, and so does the first screen drawn ahead (FirstScreenSketch.tsx). */
export function labelParts(item: TimelineItem): { className: string; text: string }[] {
  return [
    ...(item.dateLabel && !item.dateOnAxis ? [{ className: 'tl-item__date', text: item.dateLabel }] : []),
    { className: 'tl-item__title', text: item.content },
  ];
}

export function itemTemplate(item?: TimelineItem): HTMLElement | string {
  if (!item) return '';
  if (isFootRoom(item.id)) return textElement(FOOT_ROOM, ROOM_OF_A_LINE);
  const element = document.createElement('span');
  element.className = MARK;
  element.dataset.eventId = item.id;
  element.append(...labelParts(item).map((part) => textElement(part.className, part.text)));
  return element;
}

export function laneTemplate(group?: TimelineGroup): HTMLElement | string {
  if (!group) return '';
  const element = textElement(LANE_LABEL, group.content);
  element.dataset.laneId = group.id;
  return element;
}

/** Lanes out of sight where the lanes are clipped (maxHeight): those whose labels are above or below vis-timeline's lane column (its documented class). */
export function lanesOutOfSight(container: HTMLElement): { above: string[]; below: string[] } {
  const column = container.querySelector('.vis-panel.vis-left')?.getBoundingClientRect();
  const out = { above: [] as string[], below: [] as string[] };
  if (!column) return out;
  for (const label of container.querySelectorAll<HTMLElement>(`.${LANE_LABEL}`)) {
    const { top, bottom } = label.getBoundingClientRect();
    if (bottom <= column.top + 2) out.above.push(label.dataset.laneId ?? '');
    else if (top >= column.bottom - 2) out.below.push(label.dataset.laneId ?? '');
  }
  return out;
}

/** The mark drawn in `container` for an item (an event or a backdrop), if it is drawn. */
export function markIn(container: HTMLElement, id: string): HTMLElement | undefined {
  return container.querySelector<HTMLElement>(`.${MARK}[data-event-id="${CSS.escape(id)}"]`) ?? undefined;
}

/** How far right of `container`'s left edge the lane labels reach, or null before any is drawn. */
export function laneColumnWidth(container: HTMLElement): number | null {
  const labels = [...container.querySelectorAll(`.${LANE_LABEL}`)];
  if (labels.length === 0) return null;
  const right = Math.max(...labels.map((label) => label.getBoundingClientRect().right));
  return right - container.getBoundingClientRect().left + LABEL_INSET_PX;
}
