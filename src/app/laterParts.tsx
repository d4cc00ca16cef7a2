/**
 * Parts of the reader view that nothing on first paint needs: the evidence for a
 * chosen event and the sheet it opens in on small screens, the coverage grid, the print
 * handout and, inside an iframe, the embed bridge. They load on demand; all but the
 * bridge are fetched as soon as the page is idle, so a reader's first click (or Ctrl+P)
 * does not wait for them.
 */
import { lazy } from 'react';

const loadSourcePanel = () => import('../sources/SourcePanel');
const loadSourceSheet = () => import('../sources/SourceSheet');
const loadCoverageGrid = () => import('../coverage/CoverageGrid');
const loadPrintHandout = () => import('../print/PrintHandout');

export const SourcePanel = lazy(() => loadSourcePanel().then((module) => ({ default: module.SourcePanel })));
export const SourceSheet = lazy(() => loadSourceSheet().then((module) => ({ default: module.SourceSheet })));
export const CoverageGrid = lazy(() => loadCoverageGrid().then((module) => ({ default: module.CoverageGrid })));
export const PrintHandout = lazy(() => loadPrintHandout().then((module) => ({ default: module.PrintHandout })));
export const EmbedBridge = lazy(() => import('../embed/EmbedBridge').then((module) => ({ default: module.EmbedBridge })));

export function prefetchLaterParts(): void {
  const whenIdle = (run: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(run) : window.setTimeout(run, 200));
  whenIdle(() => {
    // A failed prefetch is retried by the lazy component when it is needed, and reported there.
    loadSourcePanel().catch(() => undefined);
    loadSourceSheet().catch(() => undefined);
    loadCoverageGrid().catch(() => undefined);
    loadPrintHandout().catch(() => undefined);
  });
}

export function PartLoading({ what }: { what: string }) {
  return (
    <p className="part-loading" role="status">
      Loading {what}…
    </p>
  );
}
