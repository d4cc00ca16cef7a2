import type { KeyboardEvent } from 'react';
import { focusInFrame } from '../lib/reveal';

/** How many rows PageUp and PageDown move, where the list offers them. */
export const PAGE_STEP = 10;

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

const PAGE_STEPS: Record<string, (index: number, count: number) => number> = {
  PageDown: (i, n) => Math.min(i + PAGE_STEP, n - 1),
  PageUp: (i) => Math.max(i - PAGE_STEP, 0),
};

/**
 * Where a key moves focus from row `index` of `count`, as in a list box:
 * Up, Down, Home, End, and PageUp/PageDown when `paging` is on. Null for any other key.
 */
export function keyTarget(key: string, index: number, count: number, { paging = false } = {}): number | null {
  const step = STEPS[key] ?? (paging ? PAGE_STEPS[key] : undefined);
  if (!step || count === 0) return null;
  return step(index, count);
}

/**
 * Up, Down, Home and End move focus between the `selector` buttons inside the element handling
 * the key, as in a list box, keeping `margin` pixels clear around the one focused.
 */
export function moveFocusAmong(event: KeyboardEvent<HTMLElement>, selector: string, margin = 0): void {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>(selector)];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index === -1) return;
  const target = keyTarget(event.key, index, buttons.length);
  if (target === null) return;
  event.preventDefault();
  focusInFrame(buttons[target], 'nearest', margin);
}
