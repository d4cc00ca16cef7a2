import { useEffect, useId, useRef } from 'react';
import type { Citation, Source } from '../data/schema';
import { revealInFrame } from '../lib/reveal';
import { HighlightedText } from './HighlightedText';
import { paragraphs } from './segments';

export interface ArticleDialogProps {
  source: Source;
  /** The quotes to mark; the first is scrolled into view. */
  citations: Citation[];
  onClose: () => void;
}

/** The full article text, exactly as received, with the quote marked and in view. */
export function ArticleDialog({ source, citations, onClose }: ArticleDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // showModal gives focus trapping, Escape and focus return for free.
    if (!element.open) element.showModal();
    const mark = element.querySelector('mark');
    if (mark) revealInFrame(mark, 'center');
    return () => element.close();
  }, []);

  const ranges = citations.map((citation) => ({ start: citation.offset, length: citation.quote.length }));
  return (
    <dialog ref={dialog} className="article" aria-labelledby={headingId} onClose={onClose}>
      <header className="article__header">
        <h2 id={headingId} className="article__title">
          {source.label}
        </h2>
        <button type="button" className="article__close" onClick={onClose}>
          Close
        </button>
      </header>
      <dl className="article__facts">
        {source.dateline && (
          <>
            <dt>Dateline</dt>
            <dd>{source.dateline}</dd>
          </>
        )}
        {source.credit && (
          <>
            <dt>Credit</dt>
            <dd>{source.credit}</dd>
          </>
        )}
        {source.notes && (
          <>
            <dt>About this text</dt>
            <dd>{source.notes}</dd>
          </>
        )}
        <dt>File</dt>
        <dd>{source.file}</dd>
      </dl>
      <div className="article__body">
        {paragraphs(source.text).map((paragraph) => (
          <p key={paragraph.offset}>
            <HighlightedText text={paragraph.text} ranges={ranges.map((range) => ({ ...range, start: range.start - paragraph.offset }))} />
          </p>
        ))}
      </div>
    </dialog>
  );
}
