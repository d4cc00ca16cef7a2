import { lazy, Suspense, useState } from 'react';
import type { Timeline } from '../data/schema';
import type { EmbedChoice } from '../embed/contract';
import { StoryUpdates } from '../ui/StoryUpdates';

// Only readers who share or embed need the dialog: it loads when asked for.
const ShareDialog = lazy(() => import('../embed/ShareDialog').then((module) => ({ default: module.ShareDialog })));

export interface MastheadProps {
  timeline: Timeline;
  /** The current view, as an embed would show it. */
  embedChoice: EmbedChoice;
  /** A link to the current view. */
  shareUrl: string;
  /** The presentation (briefing) mode of this story. */
  presentUrl: string;
}

/** The story's headline and standfirst, with ways to print, share and embed it. */
export function Masthead({ timeline, embedChoice, shareUrl, presentUrl }: MastheadProps) {
  const [sharing, setSharing] = useState(false);
  return (
    <>
      <header className="masthead">
        <p className="masthead__kicker">
          Interactive timeline · {timeline.events.length} events · {timeline.sources.length} articles
        </p>
        <h1 className="masthead__title">{timeline.title}</h1>
        <p className="masthead__dek">{timeline.description}</p>
        <div className="masthead__aside">
          <p className="masthead__actions no-print">
            <a className="button-link" href={presentUrl}>
              Present
            </a>
            <button type="button" onClick={() => setSharing(true)} aria-haspopup="dialog">
              Share / Embed
            </button>
            <button type="button" onClick={() => window.print()}>
              Print handout
            </button>
          </p>
          <StoryUpdates story={timeline} />
        </div>
      </header>
      {sharing && (
        <Suspense fallback={<span role="status">Loading the embed options…</span>}>
          <ShareDialog choice={embedChoice} shareUrl={shareUrl} onClose={() => setSharing(false)} />
        </Suspense>
      )}
    </>
  );
}
