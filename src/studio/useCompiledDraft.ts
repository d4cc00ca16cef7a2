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

export function useCompiledDraft(draft: Draft): CompiledDraft {
  const checked = useDeferredValue(draft);
  const result = useMemo(() => compileWithPlaces(checked), [checked]);
  const [lastGood, setLastGood] = useState<Timeline | null>(null);
  // Kept as state, set while rendering when a new draft compiles (React's way for a value derived from the last render).
  if (result.ok && lastGood !== result.timeline) setLastGood(result.timeline);
  return { result, lastGood: result.ok ? result.timeline : lastGood, checking: checked !== draft };
}
