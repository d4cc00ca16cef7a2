import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { storyUrl, timelineQueryOptions } from './data/timelineQuery';
import { ALLOWED_DATA_ORIGINS } from './embed/dataOrigins';
import { parsePageOptions } from './app/pageOptions';
import { withViewInHash } from './app/viewState';
import './ui/theme.css';

/**
 * How long the page waits for its story before showing a loading screen. The story is
 * preloaded with the page, so it is usually here by then: the reader's first frame is
 * the story with its timeline drawn, not a loading screen that flashes past.
 */
const LOADING_SCREEN_AFTER_MS = 150;

// Links from before the view moved to the hash (old embed snippets) are read as today's.
const current = withViewInHash(window.location.href);
if (current) window.history.replaceState(window.history.state, '', current);

const { options, warnings } = parsePageOptions(window.location.search, {
  appOrigin: window.location.origin,
  allowedDataOrigins: ALLOWED_DATA_ORIGINS,
});
for (const warning of warnings) console.warn(`Timeline: ${warning}`);

const html = document.documentElement;
if (options.theme !== 'auto') html.dataset.theme = options.theme;
if (options.embed) html.classList.add('embedded');

const queryClient = new QueryClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The story starts loading now, not once React has drawn a loading screen.
const storyLoaded = options.refusedData ? Promise.resolve() : queryClient.prefetchQuery(timelineQueryOptions(storyUrl(options.dataUrl)));
const loadingScreenDue = new Promise((resolve) => setTimeout(resolve, LOADING_SCREEN_AFTER_MS));

void Promise.race([storyLoaded, loadingScreenDue]).then(() =>
  // Synchronous, so the timeline is drawn before the first paint rather than popping into a painted page.
  flushSync(() =>
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App options={options} />
        </QueryClientProvider>
      </StrictMode>,
    ),
  ),
);
