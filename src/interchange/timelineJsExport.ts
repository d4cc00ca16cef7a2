/**
 * TimelineJS3's JSON out: a file TimelineJS3 opens, every value escaped for the markup it
 * becomes, that also carries the whole story under STORY_KEY, a key TimelineJS3 ignores.
 */
import { curatedFromTimeline } from '../data/curatedFromTimeline';
import { formatDateRange, formatPartialDate, parsePartialDate } from '../data/dates';
import { uniqueId } from '../data/idPattern';
import type { CuratedCitation, CuratedEvent, Source, Timeline, TimelineEvent } from '../data/schema';
import { escapeHtml } from './htmlText';
import { STORY_KEY, type TimelineJSDate, type TimelineJSDocument, type TimelineJSSlide } from './timelineJsFormat';

const escapeText = (text: string) => text.replace(/[&<>]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[character]!);

/** For a group and a display date, which TimelineJS3 strips of markup (decoding them once) and then writes into the page as markup. */
const escapeTwice = (text: string) => escapeText(escapeText(text));

/** Text with blank lines between paragraphs, as HTML paragraphs. */
function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The period just after a date's own, at its precision: "2021" → "2022", "2022-12" → "2023-01", "2024-02-29" → "2024-03-01". */
function periodAfter(text: string): string {
  const { year, month, day } = partialDate(text);
  if (month === undefined) return pad(year + 1, 4);
  if (day === undefined) return month === 12 ? `${pad(year + 1, 4)}-01` : `${pad(year, 4)}-${pad(month + 1, 2)}`;
  const next = new Date(0);
  next.setUTCFullYear(year, month - 1, day + 1);
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1, 2)}-${pad(next.getUTCDate(), 2)}`;
}

/**
 * An event's end as its slide or era writes it. TimelineJS3 drops an era's end equal to its
 * start and then refuses the era, so a backdrop with no end ends where the next period begins,
 * which TimelineJS3, whose dates are instants, draws as exactly the start's own period.
 */
export function endAsWritten(event: Pick<CuratedEvent, 'start' | 'end' | 'backdrop'>): string {
  return event.end ?? (event.backdrop ? periodAfter(event.start) : event.start);
}

function partialDate(text: string) {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`not a partial date: ${text}`);
  return date;
}

function timelineJSDate(text: string): TimelineJSDate {
  const date = partialDate(text);
  return { year: date.year, ...(date.month !== undefined && { month: date.month }), ...(date.day !== undefined && { day: date.day }) };
}

/** The articles by id: what a citation shows of its article (its label, its address). */
export type SourceLabels = ReadonlyMap<string, Pick<Source, 'label' | 'url'>>;

/** What a slide's text is made of: the story's compiled event, or its curated one (which is what comes back). */
type SlideEvidence = Pick<CuratedEvent, 'summary' | 'unsourced' | 'citations' | 'discrepancies' | 'outsideKnowledge' | 'corrections'>;

function citationHtml(citation: CuratedCitation, sources: SourceLabels): string {
  const source = sources.get(citation.source);
  const label = escapeHtml(source?.label ?? citation.source);
  const byline = source?.url ? `<a href="${escapeHtml(source.url)}">${label}</a>` : label;
  return `<blockquote>“${escapeHtml(citation.quote)}”</blockquote><p>— ${byline}</p>`;
}

const correctionsHtml = (corrections: { date: string; note: string }[] = []) =>
  corrections.map(({ date, note }) => `<p><em>Correction, ${formatPartialDate(date)}:</em> ${escapeHtml(note)}</p>`).join('');

/** What a reader of the slide sees: the summary, each article's words and who printed them, where the articles differ. */
function evidenceHtml(event: SlideEvidence, sources: SourceLabels): string {
  const parts = [paragraphsHtml(event.summary)];
  if (event.unsourced || event.citations.length === 0) parts.push('<p>No source article yet.</p>');
  parts.push(...event.citations.map((citation) => citationHtml(citation, sources)));
  for (const discrepancy of event.discrepancies ?? []) {
    parts.push(`<p><strong>Reports differ: ${escapeHtml(discrepancy.topic)}</strong></p>`, paragraphsHtml(discrepancy.note));
    parts.push(...discrepancy.citations.map((citation) => citationHtml(citation, sources)));
  }
  if (event.outsideKnowledge) parts.push(`<p><em>Not from the articles:</em> ${escapeHtml(event.outsideKnowledge)}</p>`);
  parts.push(correctionsHtml(event.corrections));
  return parts.join('');
}

export function titleHtml(story: Pick<Timeline, 'description' | 'updated' | 'corrections'>): string {
  const updated = story.updated ? `<p><em>Updated ${formatPartialDate(story.updated)}.</em></p>` : '';
  return `${paragraphsHtml(story.description)}${updated}${correctionsHtml(story.corrections)}`;
}

/** An event's slide text as the export writes it: an era's is its summary alone. */
export function slideTextHtml(event: SlideEvidence & Pick<CuratedEvent, 'backdrop'>, sources: SourceLabels): string {
  return event.backdrop ? paragraphsHtml(event.summary) : evidenceHtml(event, sources);
}

/** An event's media as the export writes it: its origin, when it has a link to show. An era has none. */
export function slideMedia(event: Pick<CuratedEvent, 'origin' | 'backdrop'>): TimelineJSSlide['media'] {
  const link = event.origin?.link;
  if (!link || event.backdrop) return undefined;
  return {
    url: link,
    ...(event.origin?.credit && { credit: escapeHtml(event.origin.credit) }),
    ...(event.origin?.caption && { caption: escapeHtml(event.origin.caption) }),
  };
}

function slideOf(event: TimelineEvent, lanes: Map<string, string>, sources: SourceLabels): TimelineJSSlide {
  const media = slideMedia(event);
  return {
    unique_id: event.id,
    start_date: timelineJSDate(event.start),
    ...(event.end && { end_date: timelineJSDate(event.end) }),
    display_date: escapeTwice(formatDateRange(event.start, event.end, event.qualifier)),
    group: escapeTwice(lanes.get(event.lane) ?? event.lane),
    text: { headline: escapeHtml(event.title), text: slideTextHtml(event, sources) },
    ...(media && { media }),
  };
}

/** The story as a TimelineJS3 JSON file: slides for its events, eras for its backdrops, and the whole story under STORY_KEY. */
export function toTimelineJS(timeline: Timeline): TimelineJSDocument {
  const lanes = new Map(timeline.lanes.map((lane) => [lane.id, lane.label]));
  const sources = new Map(timeline.sources.map((source) => [source.id, source]));
  const ids = timeline.events.map((event) => event.id);
  return {
    // An id of its own: TimelineJS3 renames a slide whose id the title slide takes.
    title: { unique_id: uniqueId('title', ids), text: { headline: escapeHtml(timeline.title), text: titleHtml(timeline) } },
    events: timeline.events.filter((event) => !event.backdrop).map((event) => slideOf(event, lanes, sources)),
    eras: timeline.events
      .filter((event) => event.backdrop)
      .map((event) => ({
        unique_id: event.id,
        start_date: timelineJSDate(event.start),
        end_date: timelineJSDate(endAsWritten(event)),
        text: { headline: escapeHtml(event.title), text: slideTextHtml(event, sources) },
      })),
    [STORY_KEY]: { version: 1, files: curatedFromTimeline(timeline) },
  };
}
