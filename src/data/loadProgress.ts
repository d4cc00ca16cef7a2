/**
 * How far the download of a timeline document has got, by URL, for the loading
 * screen. The query function writes it; the loading screen reads it.
 */
import { useSyncExternalStore } from 'react';

export interface LoadProgress {
  /** Bytes received so far (after any decompression). */
  received: number;
  /** The size the server announced, when it did and it can be compared with `received`. */
  total: number | null;
}

const progress = new Map<string, LoadProgress>();
const listeners = new Set<() => void>();

export function reportProgress(url: string, value: LoadProgress | null): void {
  if (value) progress.set(url, value);
  else progress.delete(url);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLoadProgress(url: string): LoadProgress | null {
  return useSyncExternalStore(
    subscribe,
    () => progress.get(url) ?? null,
    () => null,
  );
}
