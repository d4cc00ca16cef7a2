/** Where a presentation is, in the URL hash: `#narrative=attribution-day&step=4`. */
import { ID_PATTERN } from '../data/idPattern';

export interface PresentPosition {
  narrative: string | null;
  step: number;
}


export function parsePosition(hash: string): PresentPosition {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const narrative = params.get('narrative');
  const step = Number(params.get('step') ?? 0);
  return {
    narrative: narrative !== null && ID_PATTERN.test(narrative) ? narrative : null,
    step: Number.isInteger(step) && step >= 0 && step < 100_000 ? step : 0,
  };
}

export function serializePosition({ narrative, step }: PresentPosition): string {
  const params = new URLSearchParams();
  if (narrative) params.set('narrative', narrative);
  params.set('step', String(step));
  return `#${params.toString()}`;
}

/** A position sent between the audience and presenter windows, checked before use. */
export function readPositionMessage(data: unknown): PresentPosition | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, narrative, step } = data as Record<string, unknown>;
  if (type !== 'news-timeline:present') return null;
  if (!(narrative === null || (typeof narrative === 'string' && ID_PATTERN.test(narrative)))) return null;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= 100_000) return null;
  return { narrative, step };
}

export function positionMessage(position: PresentPosition) {
  return { type: 'news-timeline:present', narrative: position.narrative, step: position.step };
}
