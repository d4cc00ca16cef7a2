import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ALLOWED_DATA_ORIGINS } from './embed/dataOrigins';
import { parsePageOptions } from './embed/pageOptions';
import './ui/theme.css';

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

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App options={options} />
    </QueryClientProvider>
  </StrictMode>,
);
