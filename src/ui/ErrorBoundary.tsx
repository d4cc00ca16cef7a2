import { Component, type ReactNode } from 'react';
import { ErrorState } from './ErrorState';

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * The last line of defence: if a view fails while drawing, the reader sees what
 * happened and a way forward instead of a blank page.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="page page--state">
        <ErrorState
          title="Something went wrong while showing this timeline."
          details={[this.state.error.message]}
          onRetry={() => window.location.reload()}
          retryLabel="Reload the page"
        />
      </main>
    );
  }
}
