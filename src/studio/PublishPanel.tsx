import { useId, useState } from 'react';
import { publishedJson } from '../data/publishedJson';
import type { Timeline } from '../data/schema';
import { iframeSnippet } from '../embed/contract';
import { ALLOWED_DATA_ORIGINS } from '../embed/dataOrigins';
import { OFFLINE_FILE } from '../data/contract';
import { download } from './download';
import { ExportDownloads } from './ExportDownloads';
import { toId } from '../data/idPattern';
import { OfflinePageShapeError, withStoryInOfflinePage } from './offlinePage';

/** Where a published story may be loaded from: this site, or one it was built to allow. */
function dataUrlProblem(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address, window.location.href);
  } catch {
    return 'That is not a web address.';
  }
  if (url.origin === window.location.origin || ALLOWED_DATA_ORIGINS.includes(url.origin)) return null;
  return `The timeline loads stories only from ${[window.location.origin, ...ALLOWED_DATA_ORIGINS].join(' or ')}.`;
}

/** The site's own offline page with the story in it, or why there is none. */
async function offlinePage(timeline: Timeline): Promise<string> {
  const response = await fetch(new URL(OFFLINE_FILE, window.location.href)).catch(() => null);
  if (!response?.ok || !response.headers.get('Content-Type')?.includes('text/html')) {
    throw new Error('This site has no offline page to put the story into: it is made by npm run build, not under npm run dev.');
  }
  try {
    return withStoryInOfflinePage(await response.text(), timeline);
  } catch (error) {
    if (error instanceof OfflinePageShapeError)
      throw new Error(`The site’s offline page is not of the shape the studio knows (${error.message}).`);
    throw error;
  }
}

/** The compiled story to download, as a document or a page that works offline, and the embed snippet for it once it is online. */
export function PublishPanel({ timeline, blocked }: { timeline: Timeline | null; blocked: boolean }) {
  const [address, setAddress] = useState('');
  const [offline, setOffline] = useState<{ state: 'idle' | 'making' } | { state: 'failed'; message: string }>({ state: 'idle' });
  const id = useId();
  const ready = timeline !== null && !blocked;
  const problem = address.trim() === '' ? null : dataUrlProblem(address.trim());
  const pageUrl = new URL('./', window.location.href).href;
  const snippet =
    ready && address.trim() !== '' && !problem
      ? iframeSnippet({ pageUrl, dataUrl: new URL(address.trim(), window.location.href).href, title: timeline.title })
      : '';
  return (
    <section className="studio-publish" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Publish</h2>
      {!ready && <p className="studio-hint">Fix the problems above to publish: a story is published only when every check passes.</p>}
      <p className="studio-hint">
        Download the story, put the file on this site (or send it to whoever runs it), then give its address below for the embed snippet to
        paste into an article.
      </p>
      <button
        type="button"
        disabled={!ready}
        onClick={() => timeline && download('timeline.json', publishedJson(timeline), 'application/json')}
      >
        Download timeline.json
      </button>
      <button
        type="button"
        disabled={!ready || offline.state === 'making'}
        onClick={() => {
          if (!timeline) return;
          setOffline({ state: 'making' });
          offlinePage(timeline).then(
            (page) => {
              download(`${toId(timeline.title, 'timeline')}.html`, page, 'text/html');
              setOffline({ state: 'idle' });
            },
            (error: unknown) => setOffline({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
          );
        }}
      >
        {offline.state === 'making' ? 'Making the offline page…' : 'Download a page that works offline'}
      </button>
      {offline.state === 'failed' && (
        <p className="studio-error" role="alert">
          {offline.message}
        </p>
      )}
      <ExportDownloads timeline={ready ? timeline : null} />
      <label htmlFor={`${id}-address`}>Where timeline.json will be online</label>
      <input
        id={`${id}-address`}
        type="url"
        placeholder={new URL('stories/my-story.json', window.location.href).href}
        value={address}
        onChange={(event) => setAddress(event.target.value)}
        aria-describedby={`${id}-address-hint`}
      />
      <p id={`${id}-address-hint`} className={problem ? 'studio-error' : 'studio-hint'}>
        {problem ?? 'Put the downloaded file on this site; the embed snippet then loads it.'}
      </p>
      {snippet && (
        <>
          <label htmlFor={`${id}-snippet`}>Embed snippet</label>
          <textarea id={`${id}-snippet`} readOnly rows={4} value={snippet} onFocus={(event) => event.target.select()} />
        </>
      )}
    </section>
  );
}
