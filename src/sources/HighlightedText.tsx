import { highlightSegments, type Range } from './segments';
import './highlight.css';

export interface HighlightedTextProps {
  text: string;
  /** Ranges of `text` to mark as quoted. */
  ranges?: Range[];
  /** Ranges of `text` that match the reader's search. */
  matches?: Range[];
}

/** Text with marked runs, rendered as text nodes and <mark> elements only. */
export function HighlightedText({ text, ranges = [], matches = [] }: HighlightedTextProps) {
  return (
    <>
      {highlightSegments(text, ranges, matches).map((segment, i) => {
        const content = segment.matched ? <mark className="search-hit">{segment.text}</mark> : segment.text;
        return segment.highlighted ? (
          <mark key={i} className="quote-mark">
            {content}
          </mark>
        ) : (
          <span key={i}>{content}</span>
        );
      })}
    </>
  );
}
