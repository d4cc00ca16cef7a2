import { matchRanges } from '../data/search';
import type { Citation, Source } from '../data/schema';
import { HighlightedText } from './HighlightedText';
import type { Ref } from 'react';

export interface CitationCardProps {
  source: Source;
  /** This source's citations for the event: its quotes, each in its paragraph. */
  citations: Citation[];
  /** Opens the full article with this card's quotes marked. */
  onReadArticle: () => void;
  /** Search terms to mark where they match. */
  terms: string[];
  /** The card, so the panel can move focus to it. */
  ref?: Ref<HTMLElement>;
}

/** One article's evidence for an event: its exact words, marked inside their paragraphs. */
export function CitationCard({ source, citations, onReadArticle, terms, ref }: CitationCardProps) {
  // Two quotes from one paragraph are shown once, both marked.
  const byParagraph = new Map<number, Citation[]>();
  for (const citation of citations) {
    byParagraph.set(citation.paragraph.offset, [...(byParagraph.get(citation.paragraph.offset) ?? []), citation]);
  }
  return (
    <article ref={ref} className="citation" aria-label={`From ${source.label}`} tabIndex={-1}>
      <h4 className="citation__source">{source.label}</h4>
      {[...byParagraph.values()].map((group) => {
        const paragraph = group[0]!.paragraph;
        return (
          <blockquote key={paragraph.offset} className="citation__paragraph">
            <HighlightedText
              text={paragraph.text}
              ranges={group.map((c) => ({ start: c.offset - paragraph.offset, length: c.quote.length }))}
              matches={matchRanges(paragraph.text, terms)}
            />
          </blockquote>
        );
      })}
      <button type="button" className="link-button" onClick={onReadArticle}>
        Read the full article
      </button>
    </article>
  );
}
