import type { CitedMention } from './DateMentions';
import type { Draft } from './draft';
import { mentionsCitedBy, type DateMention } from '../data/dateMentions';

/** The article's date mentions, each with the titles of the events that cite words holding it. */
export function mentionsWithCitations(draft: Draft, source: string, text: string, mentions: DateMention[]): CitedMention[] {
  const quotes = draft.story.events.flatMap((event) =>
    [...event.citations, ...(event.discrepancies ?? []).flatMap((discrepancy) => discrepancy.citations)]
      .filter((citation) => citation.source === source)
      .map((citation) => ({ offset: text.indexOf(citation.quote), quote: citation.quote, title: event.title || event.id }))
      .filter((quote) => quote.offset !== -1),
  );
  return mentionsCitedBy(mentions, quotes).map(({ mention, citedBy }) => ({
    mention,
    citedBy: [...new Set(citedBy.map((quote) => quote.title))],
  }));
}
