/**
 * Where a presentation is, as the audience and presenter windows tell each other. In the
 * URL it is part of the view (`#narrative=attribution-day&step=4`, app/viewState.ts).
 */
import { isId } from '../data/idPattern';

export interface PresentPosition {
  narrative: string | null;
  step: number;
}

const POSITION = 'news-timeline:present';

/** Whether `value` can be a presentation's step. */
export function isStep(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100_000;
}

/** A position sent between the audience and presenter windows, checked before use. */
export function readPositionMessage(data: unknown): PresentPosition | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, narrative, step } = data as Record<string, unknown>;
  if (type !== POSITION) return null;
  if (!(narrative === null || isId(narrative))) return null;
  if (!isStep(step)) return null;
  return { narrative, step };
}

export function positionMessage(position: PresentPosition) {
  return { type: POSITION, narrative: position.narrative, step: position.step };
}
