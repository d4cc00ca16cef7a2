import { lazy, Suspense, useEffect } from 'react';
import { useLoadProgress } from '../data/loadProgress';
import { storyUrl, TIMELINE_ATTEMPTS, useTimeline } from '../data/timelineQuery';
import type { PageOptions } from './pageOptions';
import { drawLive } from '../lib/drawnAhead';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState, type LoadingStateProps } from '../ui/LoadingState';
import { describeLoadError } from './describeLoadError';
import { usePreparedStory } from './usePreparedStory';
import { builtInStoryUrl } from './pageUrl';
import { StoryView } from './StoryView';

// Briefings are a separate mode: their code loads only when a presentation opens.
const PresentView = lazy(() => import('./PresentView').then((module) => ({ default: module.PresentView })));
// So is the studio, where stories are made: a reader never downloads it.
const StudioPage = lazy(() => import('../studio/StudioPage').then((module) => ({ default: module.StudioPage })));

/** The way forward when a `?data=` story cannot be shown: this page's own story. */
const builtInStory = () => ({ href: builtInStoryUrl(window.location.href), label: 'Open the built-in story instead' });

/**
 * Marks the page live once React has drawn or hydrated it: until then a tap on the page the
 * build drew is not heard. Tests that tap at once wait for it.
 */
function useLiveMark() {
  useEffect(() => {
    document.documentElement.dataset.live = '';
  }, []);
}

/**
 * Once `drawn`, what mounts is drawn live, not taken over from a first screen drawn ahead (or
 * first, by the browser): the story's first drawing has them, even after a loading screen.
 */
function useLiveAfter(drawn: boolean) {
  useEffect(() => {
    if (drawn) drawLive();
  }, [drawn]);
}

export function App({ options }: { options: PageOptions }) {
  useLiveMark();
  // The story's pages draw it; the studio and a refusal have no first screen.
  useLiveAfter(options.studio || options.refusedData !== null);
  if (options.studio) {
    return (
      <ErrorBoundary>
        <Suspense fallback={<LoadingPage what="the studio" />}>
          <StudioPage />
        </Suspense>
      </ErrorBoundary>
    );
  }
  if (options.refusedData) {
    return (
      <main className="page page--state">
        <ErrorState
          title="This timeline will not load data from that address."
          details={[`${options.refusedData.url}: refused, because ${options.refusedData.reason}.`]}
          link={builtInStory()}
        />
      </main>
    );
  }
  return (
    <ErrorBoundary>
      <LoadedStory options={options} />
    </ErrorBoundary>
  );
}

function LoadedStory({ options }: { options: PageOptions }) {
  const url = storyUrl(options.dataUrl);
  const query = useTimeline(url);
  const progress = useLoadProgress(url);
  const timeline = usePreparedStory(query.data);
  useLiveAfter(timeline !== undefined || query.isError);

  if (query.isError) {
    const { title, details, retryable } = describeLoadError(query.error);
    return (
      <main className="page page--state">
        <ErrorState
          title={title}
          details={details}
          onRetry={retryable ? () => void query.refetch() : undefined}
          link={options.dataUrl ? builtInStory() : undefined}
        />
      </main>
    );
  }
  if (query.data && timeline === undefined) return <LoadingPage drawing={query.data.events.length} />;
  if (timeline === undefined) {
    const retrying =
      query.failureCount > 0 && query.failureReason
        ? { attempt: query.failureCount + 1, of: TIMELINE_ATTEMPTS, reason: describeLoadError(query.failureReason).details[0] ?? '' }
        : null;
    return <LoadingPage progress={progress} retrying={retrying} />;
  }
  if (options.present) {
    return (
      <Suspense fallback={<LoadingPage />}>
        <PresentView timeline={timeline} options={options} />
      </Suspense>
    );
  }
  return <StoryView timeline={timeline} options={options} />;
}

/**
 * A whole page while loading: a landmark whose status is announced. No heading yet:
 * the page's heading is the story's title, which is what is loading.
 */
function LoadingPage(props: LoadingStateProps) {
  return (
    <main className="page page--state">
      <LoadingState {...props} />
    </main>
  );
}
