/**
 * Filtering and full-text search over events. Pure functions: the same rules
 * drive the timeline, the list, the count and the highlights in the source panel.
 */
import { foldForSearch } from './fold.ts';
import type { TimelineEvent } from './schema.ts';

/** Longer searches are cut: no reader types more, and a crafted link should not make us work harder. */
export const MAX_QUERY_LENGTH = 200;

export interface EventFilter {
  /** Lanes to show; empty means all. */
  lanes: string[];
  /** Kinds to show (an event matches if it has any); empty means all. */
  kinds: string[];
  /** Search text: words must all appear; "double quotes" keep a phrase together. */
  q: string;
}

export interface TextRange {
  start: number;
  length: number;
}

/** The search terms in a query, folded: `uk "foreign office"` → ["uk", "foreign office"]. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of foldForSearch(query).matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? '').trim().replace(/\s+/g, ' ');
    if (term !== '' && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** The places each term occurs in `text`, for highlighting. */
export function matchRanges(text: string, terms: string[]): TextRange[] {
  if (terms.length === 0) return [];
  const folded = foldForSearch(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      ranges.push({ start: at, length: term.length });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** The texts a search looks in (title, summary and every quote), folded, a line each so no term spans two. */
function searchableText(event: TimelineEvent): string {
  const quotes = [
    ...event.citations.map((citation) => citation.quote),
    ...(event.discrepancies ?? []).flatMap((discrepancy) => discrepancy.citations.map((citation) => citation.quote)),
  ];
  return [event.title, event.summary, ...quotes].map(foldForSearch).join('\n');
}

/** No search and no lane or kind chosen: every event shows. */
export const NO_FILTER: Readonly<EventFilter> = { lanes: [], kinds: [], q: '' };

export function isFiltering(filter: EventFilter): boolean {
  return filter.lanes.length > 0 || filter.kinds.length > 0 || searchTerms(filter.q).length > 0;
}

export function filterEvents(events: TimelineEvent[], filter: EventFilter): TimelineEvent[] {
  const terms = searchTerms(filter.q);
  const lanes = new Set(filter.lanes);
  const kinds = new Set(filter.kinds);
  // Nothing filtered: the same array, so that what is remembered for it (its marks, its rows) holds.
  if (terms.length === 0 && lanes.size === 0 && kinds.size === 0) return events;
  return events.filter((event) => {
    if (lanes.size > 0 && !lanes.has(event.lane)) return false;
    if (kinds.size > 0 && !event.kinds.some((kind) => kinds.has(kind))) return false;
    if (terms.length === 0) return true;
    const text = searchableText(event);
    return terms.every((term) => text.includes(term));
  });
}
