import { useTimeline } from '../data/timelineQuery';
import type { PageOptions } from '../embed/pageOptions';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { describeLoadError } from './describeLoadError';
import { StoryView } from './StoryView';

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
  return <StoryView timeline={query.data} options={options} />;
}
