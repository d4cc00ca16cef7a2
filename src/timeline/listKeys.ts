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
