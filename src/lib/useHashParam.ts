/**
 * One value kept in the URL hash (`#event=uk-sanctions`), so a view can be shared
 * and reloaded. Same API as useState; other hash parameters are left alone.
 */
import { useCallback, useEffect, useState } from 'react';

export function readHashParam(hash: string, name: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(name);
}

export function writeHashParam(hash: string, name: string, value: string | null): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (value === null) params.delete(name);
  else params.set(name, value);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

export function useHashParam(name: string): [string | null, (value: string | null) => void] {
  const [value, setValue] = useState(() => readHashParam(window.location.hash, name));

  useEffect(() => {
    const onHashChange = () => setValue(readHashParam(window.location.hash, name));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [name]);

  const update = useCallback(
    (next: string | null) => {
      setValue(next);
      const hash = writeHashParam(window.location.hash, name, next);
      const { pathname, search } = window.location;
      // replaceState: stepping through twenty events should not take twenty Back presses.
      window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
    },
    [name],
  );

  return [value, update];
}
