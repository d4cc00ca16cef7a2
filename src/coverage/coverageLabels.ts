/** Words for the coverage grid: short forms for narrow columns and names for screen readers. */
import { formatCount } from '../lib/count';

/** "AFP wire report, LONDON (March 26)" → "AFP wire report": the label up to its first comma or parenthesis. */
export function shortSourceLabel(label: string): string {
  const cut = label.search(/,\s|\s\(/);
  const short = cut === -1 ? label : label.slice(0, cut).trim();
  return short.length > 0 ? short : label;
}

/** A title cut at a word boundary to at most `max` characters plus "…"; short titles are kept whole. */
export function shortTitle(title: string, max = 40): string {
  if (title.length <= max) return title;
  const space = title.lastIndexOf(' ', max);
  const cut = space > 0 ? title.slice(0, space) : title.slice(0, max);
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Shortens each text, but keeps the full text wherever two short forms would be
 * the same: a short form must still say which one it is.
 */
export function shortenDistinct(texts: string[], shorten: (text: string) => string): string[] {
  const shorts = texts.map(shorten);
  const uses = new Map<string, number>();
  for (const short of shorts) uses.set(short, (uses.get(short) ?? 0) + 1);
  return shorts.map((short, index) => ((uses.get(short) ?? 0) > 1 ? texts[index]! : short));
}

/** The accessible name of a reporting cell: "AFP wire report, LONDON (March 26) reports “UK sanctions…”: show quote". */
export function cellName(sourceLabel: string, eventTitle: string): string {
  return `${sourceLabel} reports “${eventTitle}”: show quote`;
}

/** Said only of a story with imported events that no article backs yet. */
export function unsourcedSummary(unsourced: number, total: number): string | null {
  if (unsourced === 0) return null;
  if (unsourced === total)
    return total === 1 ? 'The event has no source article yet.' : `None of the ${formatCount(total)} events has a source article yet.`;
  return `${formatCount(unsourced)} of ${formatCount(total)} events ${unsourced === 1 ? 'has' : 'have'} no source article yet.`;
}

/** "7 of 34 events rest on a single article", with the cases that read badly as numbers spelled out. */

export function singleSourceSummary(single: number, total: number): string {
  if (total === 0) return 'No events to show.';
  if (single === 0) return 'No event rests on a single article.';
  if (single === 1 && total === 1) return 'The event rests on a single article.';
  return `${single} of ${total} events ${single === 1 ? 'rests' : 'rest'} on a single article.`;
}
