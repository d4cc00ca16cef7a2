/**
 * The draft being edited, with its undo history, kept in the browser (IndexedDB) as it
 * changes: a reload, a crash or a closed tab finds it where it was left.
 */
import { get, set } from 'idb-keyval';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { emptyDraft, type Draft } from './draft';
import { isDraft } from './draftFile';
import { record, redo, startHistory, undo, type DraftHistory } from './draftHistory';

const STORE_KEY = 'studio-draft';
export type SaveState = 'saved' | 'saving' | 'unavailable';

type Action =
  { type: 'edit'; draft: Draft; key?: string | undefined } | { type: 'replace'; draft: Draft } | { type: 'undo' } | { type: 'redo' };

function reduce(history: DraftHistory | null, action: Action): DraftHistory | null {
  if (action.type === 'replace') return history ? record(history, action.draft) : startHistory(action.draft);
  if (!history) return history;
  if (action.type === 'edit') return record(history, action.draft, action.key);
  return action.type === 'undo' ? undo(history) : redo(history);
}

export interface DraftControls {
  history: DraftHistory;
  /** A new draft made from the present one; `key` names the field, so typing in it is one undo step. */
  edit: (draft: Draft, key?: string) => void;
  /** A whole new draft (a new story, one opened from a file), itself one undo step. */
  replace: (draft: Draft) => void;
  undo: () => void;
  redo: () => void;
  saveState: SaveState;
}

export function useDraft(): DraftControls | null {
  const [history, dispatch] = useReducer(reduce, null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const present = history?.present;
  const saved = useRef<Draft | undefined>(undefined);
  const unavailable = saveState === 'unavailable';

  useEffect(() => {
    let live = true;
    get(STORE_KEY)
      .then((stored: unknown) => {
        if (!live) return;
        const draft = isDraft(stored) ? stored : emptyDraft();
        saved.current = draft;
        dispatch({ type: 'replace', draft });
      })
      .catch(() => {
        // No IndexedDB (a private window in some browsers): the studio works, and says drafts are not kept.
        if (!live) return;
        setSaveState('unavailable');
        dispatch({ type: 'replace', draft: emptyDraft() });
      });
    return () => {
      live = false;
    };
  }, []);

  // Each change is written at once (a reload a moment after typing must not lose it); while one
  // write is under way, only the latest draft waits for the next.
  const waiting = useRef<Draft | null>(null);
  const writing = useRef(false);
  useEffect(() => {
    if (!present || present === saved.current || unavailable) return;
    waiting.current = present;
    if (writing.current) return;
    writing.current = true;
    setSaveState('saving');
    const writeNext = (): Promise<void> => {
      const draft = waiting.current;
      waiting.current = null;
      if (!draft) return Promise.resolve();
      return set(STORE_KEY, draft).then(() => {
        saved.current = draft;
        return writeNext();
      });
    };
    writeNext().then(
      () => {
        writing.current = false;
        setSaveState('saved');
      },
      () => {
        writing.current = false;
        setSaveState('unavailable');
      },
    );
  }, [present, unavailable]);

  const edit = useCallback((draft: Draft, key?: string) => dispatch({ type: 'edit', draft, key }), []);
  const replace = useCallback((draft: Draft) => dispatch({ type: 'replace', draft }), []);
  const undoEdit = useCallback(() => dispatch({ type: 'undo' }), []);
  const redoEdit = useCallback(() => dispatch({ type: 'redo' }), []);
  if (!history) return null;
  return { history, edit, replace, undo: undoEdit, redo: redoEdit, saveState };
}
