import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that holds the latest `value`, for code registered once that must see the
 * current props: a window listener, a library's callbacks. Updated after each render
 * and before any effect runs, never during render.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
