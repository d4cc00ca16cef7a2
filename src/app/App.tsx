import { useTimeline } from '../data/timelineQuery';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { describeLoadError } from './describeLoadError';
import { StoryView } from './StoryView';

export function App() {
  const query = useTimeline();

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const { title, details, retryable } = describeLoadError(query.error);
    return (
      <main className="page page--state">
        <ErrorState title={title} details={details} onRetry={retryable ? () => void query.refetch() : undefined} />
      </main>
    );
  }
  return <StoryView timeline={query.data} />;
}
