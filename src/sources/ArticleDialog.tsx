import { formatPartialDate } from '../data/dates';
import { useEffect, useId } from 'react';
import type { Citation, Source } from '../data/schema';
import { revealInFrame } from '../lib/reveal';
import { useModalDialog } from '../lib/useModalDialog';
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
  const { ref: dialogRef, close } = useModalDialog({ onClose });
  const headingId = useId();

  // After the dialog has opened (the hook's effect runs first): the quote in view.
  useEffect(() => {
    const mark = dialogRef.current?.querySelector('mark');
    if (mark) revealInFrame(mark, 'center');
  }, [dialogRef]);

  const ranges = citations.map((citation) => ({ start: citation.offset, length: citation.quote.length }));
  return (
    <dialog ref={dialogRef} className="article" aria-labelledby={headingId}>
      <header className="article__header">
        <h2 id={headingId} className="article__title">
          {source.label}
        </h2>
        <button type="button" className="article__close" onClick={close}>
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
        {source.published && (
          <>
            <dt>Published</dt>
            <dd>{formatPartialDate(source.published)}</dd>
          </>
        )}
        {source.url && (
          <>
            <dt>Online</dt>
            <dd>
              {/* http or https only (the schema's rule); opened without this page as its opener. */}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.url}
              </a>
            </dd>
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
