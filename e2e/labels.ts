/**
 * Can a reader read the timeline's labels? Measured in the page: a label is readable when
 * all of it shows (no ellipsis, not clipped by any box around it, inside the drawing area)
 * and no other label overlaps it.
 */
import type { Locator } from '@playwright/test';

export interface LabelReading {
  id: string;
  text: string;
  top: number;
  bottom: number;
  /** Cut by an ellipsis, by a box around it, or by the drawing area's edge. */
  cut: boolean;
  /** Overlapped by another label. */
  overlapped: boolean;
  /**
   * Not wholly inside the lanes in sight, where the lanes are clipped (an embed): beyond them, or
   * at their top or bottom edge, half shown as a row in a scrolling box is.
   */
  hidden: boolean;
}

/** Every label drawn in the timeline `canvas`, measured. */
export async function readLabels(canvas: Locator): Promise<LabelReading[]> {
  return canvas.evaluate((root) => {
    const area = root.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    const stop = root.querySelector('.vis-timeline');
    const labels = [...root.querySelectorAll<HTMLElement>('.tl-item')].map((label) => {
      const box = label.getBoundingClientRect();
      const title = label.querySelector<HTMLElement>('.tl-item__title');
      let clipped = !!title && title.scrollWidth > title.clientWidth + 1;
      if (area && (box.left < area.left - 1 || box.right > area.right + 1)) clipped = true;
      for (let parent = label.parentElement; parent && parent !== stop && !clipped; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX === 'visible') continue;
        const frame = parent.getBoundingClientRect();
        if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1)
          clipped = true;
      }
      const hidden = !!area && (box.top < area.top - 1 || box.bottom > area.bottom + 1);
      return { id: label.dataset.eventId ?? '', text: label.textContent ?? '', box, cut: clipped, hidden };
    });
    const overlaps = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    return labels.map((label, i) => ({
      id: label.id,
      text: label.text,
      top: label.box.top,
      bottom: label.box.bottom,
      cut: label.cut,
      hidden: label.hidden,
      overlapped: labels.some((other, j) => j !== i && overlaps(label.box, other.box)),
    }));
  });
}

/** The labels wholly inside a viewport `height` px tall (page not scrolled). */
export function inFirstScreen(labels: LabelReading[], height: number): LabelReading[] {
  return labels.filter((label) => label.top >= 0 && label.bottom <= height);
}

/** The labels wholly inside the lanes in sight. */
export function inSight(labels: LabelReading[]): LabelReading[] {
  return labels.filter((label) => !label.hidden);
}

export const isReadable = (label: LabelReading) => !label.cut && !label.overlapped;
