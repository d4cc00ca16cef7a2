/**
 * The timeline adapter and vis-timeline with it, loaded beside the page rather than in its way:
 * its code is about half of the first load's, and the first screen (FirstScreenSketch.tsx) is
 * drawn without it. The page fetches it from the start (a module preload in index.html, see
 * vite.config.ts) and asks for it as its module runs (main.tsx); the live timeline is made once
 * it is here (useVisTimeline.ts).
 */
type Adapter = typeof import('./visTimeline');

let loaded: Adapter | null = null;
let loading: Promise<Adapter> | null = null;

/** The adapter's module, asked for once. */
export function loadVisTimeline(): Promise<Adapter> {
  loading ??= import('./visTimeline').then((adapter) => (loaded = adapter));
  return loading;
}

/** The adapter's module if it has loaded, so a timeline can be made at once, in the commit that mounts it. */
export function loadedVisTimeline(): Adapter | null {
  return loaded;
}
