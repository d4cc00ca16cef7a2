import { lazy, Suspense } from 'react';
import { useTimeline } from '../data/timelineQuery';
import type { PageOptions } from '../embed/pageOptions';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { describeLoadError } from './describeLoadError';
import { StoryView } from './StoryView';

// Briefings are a separate mode: their code loads only when a presentation opens.
const PresentView = lazy(() => import('./PresentView').then((module) => ({ default: module.PresentView })));

export function App({ options }: { options: PageOptions }) {
  if (options.refusedData) {
    return (
      <main className="page page--state">
        <ErrorState
          title="This timeline will not load data from that address."
          details={[`${options.refusedData.url}: refused, because ${options.refusedData.reason}.`]}
        />
      </main>
    );
  }
  return <LoadedStory options={options} />;
}

function LoadedStory({ options }: { options: PageOptions }) {
  const query = useTimeline(options.dataUrl ?? undefined);

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const { title, details, retryable } = describeLoadError(query.error);
    return (
      <main className="page page--state">
        <ErrorState title={title} details={details} onRetry={retryable ? () => void query.refetch() : undefined} />
      </main>
    );
  }
  if (options.present) {
    return (
      <Suspense fallback={<LoadingState />}>
        <PresentView timeline={query.data} options={options} />
      </Suspense>
    );
  }
  return <StoryView timeline={query.data} options={options} />;
}
