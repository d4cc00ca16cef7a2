import type { ReactNode } from 'react';

export interface EmbedFrameProps {
  /** The story's title, as the embed's heading. */
  title: string;
  /** The full view of what the reader is looking at. */
  fullViewUrl: string;
  /** Fill the iframe and scroll inside it, rather than report a height to grow to. */
  fixedHeight: boolean;
  children: ReactNode;
}

/** The chrome of an embedded timeline: a slim heading and a credit line that links to the full view. */
export function EmbedFrame({ title, fullViewUrl, fixedHeight, children }: EmbedFrameProps) {
  return (
    <div className={fixedHeight ? 'page page--embed page--fixed' : 'page page--embed'}>
      <header className="embed-header">
        <h1 className="embed-header__title">{title}</h1>
        <a className="embed-header__link" href={fullViewUrl} target="_blank" rel="noopener">
          Open the full timeline<span aria-hidden="true"> ↗</span>
        </a>
      </header>
      {children}
      <footer className="embed-credit">
        Interactive timeline: every event quotes the articles that report it, word for word.{' '}
        <a href={fullViewUrl} target="_blank" rel="noopener">Full view and sources</a>
      </footer>
    </div>
  );
}
