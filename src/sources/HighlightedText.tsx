import { highlightSegments, type Range } from './segments';

export interface HighlightedTextProps {
  text: string;
  /** Ranges of `text` to mark. */
  ranges: Range[];
}

/** Text with marked runs, rendered as text nodes and <mark> elements only. */
export function HighlightedText({ text, ranges }: HighlightedTextProps) {
  return (
    <>
      {highlightSegments(text, ranges).map((segment, i) =>
        segment.highlighted ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
