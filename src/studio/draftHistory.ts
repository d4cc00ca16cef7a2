/**
 * The undo history of a draft: every draft kept whole (edits are pure, so drafts share what
 * did not change). Typing in one field is one step, not one per key: edits with the same
 * key within a moment of each other are merged.
 */
import type { Draft } from './draft';

export interface DraftHistory {
  past: Draft[];
  present: Draft;
  future: Draft[];
  /** The key and time of the last edit, to merge the next one with it. */
  last: { key: string; at: number } | null;
}

/** How far back undo goes. */
export const HISTORY_LIMIT = 200;
/** Edits of one field closer together than this are one step. */
export const MERGE_WITHIN_MS = 1000;

export function startHistory(draft: Draft): DraftHistory {
  return { past: [], present: draft, future: [], last: null };
}

/** A new present. `key` names the field edited (e.g. "events.3.title"); without one the edit is a step of its own. */
export function record(history: DraftHistory, next: Draft, key?: string, at = Date.now()): DraftHistory {
  if (next === history.present) return history;
  const merge = key !== undefined && history.last?.key === key && at - history.last.at < MERGE_WITHIN_MS;
  return {
    past: merge ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT),
    present: next,
    future: [],
    last: key === undefined ? null : { key, at },
  };
}

export function undo(history: DraftHistory): DraftHistory {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], last: null };
}

export function redo(history: DraftHistory): DraftHistory {
  const [next, ...future] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future, last: null };
}
