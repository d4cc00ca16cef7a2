import { QueryClient } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import {
  PRERENDER_CHOICE_ATTRIBUTE,
  PRERENDERED_ATTRIBUTE,
  PRERENDERED_VARIANTS,
  variantMedia,
  type PrerenderedVariant,
} from './app/prerenderContract';
import { drawAhead, drawFirstScreensFirst } from './lib/drawnAhead';
import { Root } from './app/Root';
import { loadVerticalTimeline } from './app/StoryView';
import { builtStoryInPage, storyUrl, timelineQueryOptions } from './data/timelineQuery';
import { listenAhead } from './data/readAhead';
import { prepareAhead } from './app/usePreparedStory';
import { ALLOWED_DATA_ORIGINS } from './embed/dataOrigins';
import { STORY_CHANGED_EVENT } from './data/contract';
import { parsePageOptions } from './app/pageOptions';
import { withViewInHash } from './app/viewState';
import { loadVisTimeline } from './timeline/loadVisTimeline';
import './ui/theme.css';

/**
 * How long the page waits for its story before showing a loading screen. The built-in story
 * is in the page, and another is often here by then: the reader's first frame is the story
 * with its timeline drawn, not a loading screen that flashes past.
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

// Under the dev server, an edit to the story's files shows on a reader's page at once; the studio,
// which may have saved them itself, keeps its page and its draft.
if (import.meta.hot && !options.studio) import.meta.hot.on(STORY_CHANGED_EVENT, () => window.location.reload());

const html = document.documentElement;
if (options.theme !== 'auto') html.dataset.theme = options.theme;
if (options.embed) html.classList.add('embedded');

// The live timeline's code, beside the page's (see loadVisTimeline): asked for at once, so it is usually
// here by the time a timeline is made; nothing waits for it. Where it cannot be had, the timeline says so.
loadVisTimeline().catch(() => undefined);

const queryClient = new QueryClient();
const page = <Root client={queryClient} options={options} />;
const story = timelineQueryOptions(storyUrl(options.dataUrl));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The page the build drew, where the page-start script found it is the page asked for (the
// built-in story as it opens, as a page or an embed, on a phone or wider, put into #root): it
// comes to life at once.
const variant = root.getAttribute(PRERENDERED_ATTRIBUTE) as PrerenderedVariant | null;
const prerendered = variant !== null && html.getAttribute(PRERENDER_CHOICE_ATTRIBUTE) === variant ? builtStoryInPage() : null;
for (const unused of document.querySelectorAll(`template[${PRERENDERED_ATTRIBUTE}]`)) unused.remove();

if (prerendered && variant) {
  queryClient.setQueryData(story.queryKey, prerendered);
  root.hidden = false;
  // Hydrating finds the media as the build drew them; the screen's own answers follow at once if they differ.
  drawAhead(variantMedia(variant));
  // A phone's page comes to life whole, its timeline with it (loadVerticalTimeline).
  const phoneParts = PRERENDERED_VARIANTS[variant].phone ? loadVerticalTimeline() : Promise.resolve();
  void phoneParts.catch(() => undefined).then(() => hydrateRoot(root, page));
} else {
  // In place of anything prerendered.
  root.removeAttribute(PRERENDERED_ATTRIBUTE);
  root.replaceChildren();
  root.hidden = false;
  // A story that comes in time is painted with its timeline's first screen, which the live timeline then takes over.
  drawFirstScreensFirst();
  // The story starts loading now, not once React has drawn a loading screen; a large one is made
  // ready to draw while its checks run.
  listenAhead(prepareAhead);
  const storyLoaded = options.refusedData ? Promise.resolve() : queryClient.prefetchQuery(story);
  const loadingScreenDue = new Promise((resolve) => setTimeout(resolve, LOADING_SCREEN_AFTER_MS));
  void Promise.race([storyLoaded, loadingScreenDue]).then(() => {
    // Synchronous, so the timeline is drawn before the first paint rather than popping into a painted page.
    flushSync(() => createRoot(root).render(page));
  });
}
