/** Keeping a vis-data DataSet equal to an array while touching as little as possible, so vis-timeline redraws little. */
import type { DataSet } from 'vis-data/esnext';

function sameValue(a: unknown, b: unknown): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

/** True when `next` would change nothing in `current`, including fields it no longer has. */
function sameRow(current: object, next: object): boolean {
  const keys = Object.keys(next);
  return (
    keys.length === Object.keys(current).length &&
    keys.every((key) => sameValue((current as Record<string, unknown>)[key], (next as Record<string, unknown>)[key]))
  );
}

/** Makes `set` hold exactly `rows`. */
export function syncDataSet<T extends { id: string }>(set: DataSet<T>, rows: T[]): void {
  const keep = new Set(rows.map((row) => row.id));
  const changed = rows.filter((row) => {
    const current = set.get(row.id);
    return current === null || !sameRow(current, row);
  });
  const replaced = new Set(changed.map((row) => row.id));
  // Rows are replaced whole, so a field a row no longer has (an end) does not linger.
  const stale = set.getIds().filter((id) => !keep.has(String(id)) || replaced.has(String(id)));
  if (stale.length > 0) set.remove(stale);
  if (changed.length > 0) set.add(changed);
}
