import type { ReactNode } from 'react';
import type { Timeline } from '../data/schema';
import { unsourcedCount } from '../data/selectors';
import { StoryUpdates } from '../ui/StoryUpdates';

export interface EmbedFrameProps {
  /** The story: its title is the embed's heading; when it was updated and its corrections close it. */
  story: Pick<Timeline, 'title' | 'updated' | 'corrections' | 'events'>;
  /** The full view of what the reader is looking at. */
  fullViewUrl: string;
  /** Fill the iframe and scroll inside it, rather than report a height to grow to. */
  fixedHeight: boolean;
  /** Show the story's headline; by default it is for screen readers only, as the host article has its own. */
  headline: boolean;
  children: ReactNode;
}

/** What backs the events, in a line: their articles' own words, or, for imported events, none yet. */
function embedCredit(unsourced: number, total: number): string {
  if (unsourced === 0) return 'Interactive timeline: every event quotes the articles that report it, word for word.';
  if (unsourced === total) return 'Interactive timeline: its events came from another timeline, and no article backs them yet.';
  return 'Interactive timeline: events quote the articles that report them, word for word; those marked “No source article yet” have none.';
}

/** The chrome of an embedded timeline: a slim heading and a credit line that links to the full view. */
export function EmbedFrame({ story, fullViewUrl, fixedHeight, headline, children }: EmbedFrameProps) {
  return (
    <div className={fixedHeight ? 'page page--embed page--fixed' : 'page page--embed'}>
      <header className="embed-header">
        <h1 className={headline ? 'embed-header__title' : 'visually-hidden'}>{story.title}</h1>
        <a className="embed-header__link" href={fullViewUrl} target="_blank" rel="noopener">
          Open the full timeline<span aria-hidden="true"> ↗</span>
        </a>
      </header>
      {children}
      <footer className="embed-credit">
        <StoryUpdates story={story} />
        <p>
          {embedCredit(unsourcedCount(story.events), story.events.length)}{' '}
          <a href={fullViewUrl} target="_blank" rel="noopener">
            Full view and sources
          </a>
        </p>
      </footer>
    </div>
  );
}
