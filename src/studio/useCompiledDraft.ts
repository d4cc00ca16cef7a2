/**
 * The draft through the same compiler and checks as `npm run data`, as the journalist types:
 * on a deferred copy, so typing never waits for a check, and with the last story that compiled
 * kept for the preview while there are problems.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { compileWithPlaces, type PlacedCompileResult } from '../../data/compile';
import type { Timeline } from '../data/schema';
import type { Draft } from './draft';

export interface CompiledDraft {
  result: PlacedCompileResult;
  /** The story as it last compiled without a problem; null if it never has. */
  lastGood: Timeline | null;
  /** The draft has changed since this was checked. */
  checking: boolean;
}

/**
 * The compiler's verdict on a draft. A draft opened from a crafted file can hold values the
 * schema library throws on rather than reports: that is a problem to show, not a crash that
 * would come back with the kept draft on every reload.
 */
export function checkDraft(draft: Draft): PlacedCompileResult {
  try {
    return compileWithPlaces(draft);
  } catch (error) {
    const message = `the draft could not be checked: a value is not of the type its field needs (${error instanceof Error ? error.message : String(error)})`;
    return { ok: false, problems: [{ line: message, path: [], message }] };
  }
}

export function useCompiledDraft(draft: Draft): CompiledDraft {
  const checked = useDeferredValue(draft);
  const result = useMemo(() => checkDraft(checked), [checked]);
  const [lastGood, setLastGood] = useState<Timeline | null>(null);
  // Kept as state, set while rendering when a new draft compiles (React's way for a value derived from the last render).
  if (result.ok && lastGood !== result.timeline) setLastGood(result.timeline);
  return { result, lastGood: result.ok ? result.timeline : lastGood, checking: checked !== draft };
}
