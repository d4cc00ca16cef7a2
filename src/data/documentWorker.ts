/**
 * A Web Worker that downloads, parses and validates a `?data=` document off the page's
 * main thread, so that a large one (100,000 events is 61 MB of JSON) never freezes the
 * page while it loads. The same code as on the main thread does the work (fetchTimeline),
 * so its errors read as they do there. See documentInWorker.ts for the page's side.
 */
import { checkDataUrl } from '../app/pageOptions';
import { ALLOWED_DATA_ORIGINS } from '../embed/dataOrigins';
import { TimelineFetchError } from './errors';
import { progressOf, subscribe } from './loadProgress';
import { fetchTimeline } from './timelineQuery';
import { EVENTS_PER_MESSAGE, toWorkerError, type FromWorker, type ToWorker } from './workerMessages';

const post = (message: FromWorker) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  const { url } = data;
  const stop = subscribe(() => post({ type: 'progress', progress: progressOf(url) }));
  try {
    // The page checked the address against its list of data sources; a worker has no page
    // policy of its own to stop a fetch elsewhere, so it checks again.
    const checked = checkDataUrl(url, { appOrigin: self.location.origin, allowedDataOrigins: ALLOWED_DATA_ORIGINS });
    if ('reason' in checked) throw new TimelineFetchError(`${url}: refused, because ${checked.reason}.`, undefined, 'none');
    const { events, ...rest } = await fetchTimeline(url);
    // In parts, each of which the page reads in a task of its own: one message of 100,000
    // events would take the page's main thread half a second or more to read.
    post({ type: 'story', story: { ...rest, events: [] }, events: events.length });
    for (let from = 0; from < events.length; from += EVENTS_PER_MESSAGE) {
      post({ type: 'events', events: events.slice(from, from + EVENTS_PER_MESSAGE) });
    }
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', error: toWorkerError(error) });
  } finally {
    stop();
  }
};
