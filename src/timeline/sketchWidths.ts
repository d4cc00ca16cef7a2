/**
 * Which first screen drawn ahead (firstScreen.ts) a timeline shows: the build draws one for
 * each of a few timeline widths, and a timeline shows the one for the widest it is at least
 * as wide as (a container query the build writes, sketchStyle.ts), which the live timeline
 * then opens on (visTimeline.ts). Free of the layout code, which loads only with a sketch.
 */

/** The lane column's width until its labels are drawn and can be measured. */
export const ESTIMATED_LANE_COLUMN_PX = 150;

/** The drawing width a first screen is worked out for, for a timeline `canvasWidth` wide. */
export function sketchDrawingWidth(canvasWidth: number): number {
  return canvasWidth - ESTIMATED_LANE_COLUMN_PX;
}

/** Of the timeline widths drawn ahead for, the one a timeline `canvasWidth` wide shows, if any. */
export function sketchShown(canvasWidth: number, widths: readonly number[]): number | undefined {
  return [...widths].sort((a, b) => b - a).find((width) => canvasWidth >= width);
}

/** The one after `width` in `widths`, up to which its first screen is shown; none for the widest. */
export function sketchShownUntil(width: number, widths: readonly number[]): number | undefined {
  return [...widths].sort((a, b) => a - b).find((other) => other > width);
}
