import { formatCount } from '../lib/count';
import { unsourcedCount } from '../data/selectors';
import { lazy, Suspense, useId, useLayoutEffect, useRef, useState } from 'react';
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
  /** Present, Share / Embed and Print: left out where they cannot be about this story (the studio's preview of a draft). */
  actions?: boolean;
}

/** The story's headline and standfirst, with ways to print, share and embed it. */
export function Masthead({ timeline, embedChoice, shareUrl, presentUrl, actions = true }: MastheadProps) {
  const [sharing, setSharing] = useState(false);
  const unsourced = unsourcedCount(timeline.events);
  return (
    <>
      <header className="masthead">
        <p className="masthead__kicker">
          Interactive timeline · {counted(timeline.events.length, 'event')} · {counted(timeline.sources.length, 'article')}
          {unsourced > 0 && ` · ${formatCount(unsourced)} with no source article yet`}
        </p>
        <h1 className="masthead__title">{timeline.title}</h1>
        <Standfirst text={timeline.description} />
        <div className="masthead__aside">
          {actions && (
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
          )}
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

const counted = (count: number, thing: string) => `${formatCount(count)} ${thing}${count === 1 ? '' : 's'}`;

/**
 * The standfirst. On a phone, where in full it would fill the first screen, it shows its first
 * lines and a button for the rest (the whole text is always there for screen readers and search).
 */
function Standfirst({ text }: { text: string }) {
  const id = useId();
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const element = paragraph.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setCut(element.scrollHeight > element.clientHeight + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="masthead__dek-box">
      <p ref={paragraph} id={id} className={open ? 'masthead__dek masthead__dek--open' : 'masthead__dek'}>
        {text}
      </p>
      {(cut || open) && (
        <button type="button" className="masthead__more no-print" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? 'Show less' : 'Read more'}
        </button>
      )}
    </div>
  );
}
