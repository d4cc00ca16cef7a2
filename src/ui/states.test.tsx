// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';
import { LoadingState } from './LoadingState';

afterEach(cleanup);

function Broken(): never {
  throw new Error('Cannot read properties of undefined (reading "citations")');
}

test('a view that fails while drawing leaves an explanation and a way out, not a blank page', () => {
  // React reports the caught error on the console; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <ErrorBoundary>
      <Broken />
    </ErrorBoundary>,
  );
  const alert = screen.getByRole('alert');
  expect(within(alert).getByRole('heading', { level: 1 }).textContent).toBe('Something went wrong while showing this timeline.');
  expect(alert.textContent).toContain('Cannot read properties of undefined (reading "citations")');
  expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
});

test('loading says how much has arrived, and of how much when the size is known', () => {
  render(<LoadingState progress={{ received: 3 * 1024 * 1024, total: 12 * 1024 * 1024 }} />);
  const status = screen.getByRole('status');
  expect(status.textContent).toContain('Loading the timeline…');
  expect(status.textContent).toContain('3.0 MB received of 12 MB');
  expect(within(status).getByRole('progressbar', { name: '25% loaded' })).toBeInTheDocument();
});

test('once loaded, a large story says it is being drawn, and how many events, instead of the download', () => {
  render(<LoadingState progress={{ received: 60 * 1024 * 1024, total: 60 * 1024 * 1024 }} drawing={100_000} />);
  const status = screen.getByRole('status');
  expect(status.textContent).toBe('Drawing 100,000 events…');
});

test('loading after a failed attempt says why and which attempt this is', () => {
  render(<LoadingState retrying={{ attempt: 2, of: 3, reason: 'The server answered 503 for the timeline data.' }} />);
  expect(screen.getByRole('status').textContent).toContain('The server answered 503 for the timeline data. Trying again (attempt 2 of 3).');
});
