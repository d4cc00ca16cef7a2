/**
 * Fits a box's type to the box: the box's font size is its designed size times
 * `--fit`, and this finds the largest `--fit` (at most 1) at which nothing inside
 * overflows, measured after layout, and again whenever the box changes size (a
 * window resized, the timeline above it settling). Below MIN_FIT the type would no
 * longer read from the back of a room, so it stops there and reports the box as
 * overfull; the box's CSS then lets its longest part scroll within itself.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export const MIN_FIT = 0.6;
/** Halvings of the search between MIN_FIT and 1: the last one moves the size by about 0.2%. */
const SEARCH_STEPS = 8;

export function useFitType<T extends HTMLElement>(content: unknown): { ref: RefObject<T | null>; overfull: boolean } {
  const ref = useRef<T>(null);
  const [overfull, setOverfull] = useState(false);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const fit = () => setOverfull(!fitType(box));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [content]);

  return { ref, overfull };
}

/** Sets the box's `--fit` as large as fits; false when even MIN_FIT does not. */
export function fitType(box: HTMLElement): boolean {
  const scale = (fit: number) => box.style.setProperty('--fit', String(fit));
  scale(1);
  if (fitsInside(box)) return true;
  let [low, high] = [MIN_FIT, 1];
  for (let step = 0; step < SEARCH_STEPS; step += 1) {
    const middle = (low + high) / 2;
    scale(middle);
    if (fitsInside(box)) low = middle;
    else high = middle;
  }
  scale(low);
  return fitsInside(box);
}

/** True when neither the box nor any block inside it has content running past its edges. */
function fitsInside(box: HTMLElement): boolean {
  return [box, ...box.querySelectorAll<HTMLElement>('*')].every(
    (element) => element.scrollHeight <= element.clientHeight && element.scrollWidth <= element.clientWidth,
  );
}
