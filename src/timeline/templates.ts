/**
 * What vis-timeline draws for an item and a lane label: elements built here, with text
 * set through textContent, so data is never parsed as HTML. The elements drawn last are
 * remembered, so the adapter can find an event's mark and the lane column without
 * reading vis-timeline's own markup.
 */
import type { TimelineGroup, TimelineItem } from './toTimelineItems';

function textElement(className: string, text: string): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

export class Templates {
  private readonly marks = new Map<string, HTMLElement>();
  private readonly laneLabels = new Map<string, HTMLElement>();

  readonly item = (item?: TimelineItem): HTMLElement | string => {
    if (!item) return '';
    const element = document.createElement('span');
    element.className = 'tl-item';
    element.dataset.eventId = item.id;
    if (item.dateLabel) element.append(textElement('tl-item__date', item.dateLabel));
    element.append(textElement('tl-item__title', item.content));
    this.marks.set(item.id, element);
    return element;
  };

  readonly group = (group?: TimelineGroup): HTMLElement | string => {
    if (!group) return '';
    const element = textElement('tl-lane', group.content);
    this.laneLabels.set(group.id, element);
    return element;
  };

  /** The mark drawn for an item, while it is on the page. */
  markOf(id: string): HTMLElement | undefined {
    const element = this.marks.get(id);
    return element?.isConnected ? element : undefined;
  }

  /** How far right of `container`'s left edge the lane labels reach, or null before any is drawn. */
  laneColumnWidth(container: HTMLElement): number | null {
    const rights = [...this.laneLabels.values()].filter((label) => label.isConnected).map((label) => label.getBoundingClientRect().right);
    if (rights.length === 0) return null;
    // vis-timeline pads each label by a few pixels inside its column.
    return Math.max(...rights) - container.getBoundingClientRect().left + LABEL_INSET_PX;
  }
}

const LABEL_INSET_PX = 5;
