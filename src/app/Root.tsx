import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { App } from './App';
import type { PageOptions } from './pageOptions';

/** The whole page, as the browser renders it and the build prerenders it (prerender.tsx): one tree, so hydration finds what it drew. */
export function Root({ client, options }: { client: QueryClient; options: PageOptions }) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <App options={options} />
      </QueryClientProvider>
    </StrictMode>
  );
}
