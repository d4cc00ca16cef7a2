/**
 * Reading a TimelineJS3 slide: its text, its dates at the precision it gives, its group and
 * its media; or why it cannot be read. A slide read is not yet an event: see
 * `timelineJsAssemble.ts` and `timelineJsRecord.ts`.
 */
import { formatDateRange, formatPartialDate, isOrderedRange } from '../data/dates';
import { ownField } from '../data/ownField';
import { originSchema, type Origin } from '../data/schema';
import type { HtmlToText, ImportProblem } from './imported';
import type { SlidePlace } from './timelineJsFormat';
import { quoted, readTimelineJSDate, type DatePart } from './timelineJsDates';

const TITLE_MAX = 80;
/** A sentence ending this early is likely an abbreviation ("U.S."), not the end of the title. */
const SHORTEST_SENTENCE = 20;

export interface Readers {
  toText: HtmlToText;
  /**
   * For a group and a display date, which TimelineJS3 strips of markup (decoding it once)
   * and then writes into the page as markup: read twice, they read as a reader sees them.
   */
  shownText: HtmlToText;
}

export interface SlideContent {
  /** The headline as text, when there is one: what a person edits in TimelineJS3. */
  headline?: string;
  title: string;
  summary: string;
  /** The slide's text as text, empty when it has none: our own export's is compared with what the export writes. */
  text: string;
  start: string;
  end?: string;
  dateBasis: string;
  group?: string;
  origin?: Origin;
}

export type SlideReading = { uniqueId?: string; notes: string[] } & (
  { ok: true; content: SlideContent } | { ok: false; reasons: string[] }
);

export interface PlacedReading {
  place: SlidePlace;
  reading: SlideReading;
}

export const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);
export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** A title from the first sentence of a text, cut at a word near TITLE_MAX characters. */
export function titleFromText(text: string): string {
  const line = collapse(text);
  const end = [...line.matchAll(/[.!?](?=\s|$)/g)].find((match) => match.index >= SHORTEST_SENTENCE);
  const sentence = end ? line.slice(0, end.index + 1) : line;
  if (sentence.length <= TITLE_MAX) return sentence;
  const cut = sentence.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function readDates(
  slide: object,
  place: SlidePlace,
  readers: Readers,
  madeBy: string,
): { dates?: Pick<SlideContent, 'start' | 'end' | 'dateBasis'>; reason?: string; notes: string[] } {
  const nameOf = (field: 'start_date' | 'end_date') => (part?: DatePart) => place.name(part ? `${field}.${part}` : field);
  const start = readTimelineJSDate(ownField(slide, 'start_date'), nameOf('start_date'), readers.shownText);
  if (start.kind === 'absent') return { reason: `${place.name('start_date')} is missing`, notes: [] };
  if (start.kind === 'unreadable') return { reason: start.reason, notes: [] };
  const end = readTimelineJSDate(ownField(slide, 'end_date'), nameOf('end_date'), readers.shownText);
  const notes = [...start.notes];
  const written = (field: 'start_date' | 'end_date', basis: string) => {
    const cell = place.written?.[field];
    return cell ? `${place.name(field)} ${quoted(cell)} (${basis})` : basis;
  };
  const basis = [written('start_date', start.basis)];
  let endDate: string | undefined;
  if (end.kind === 'unreadable') {
    notes.push(`${end.reason}; the end was left out`);
  } else if (end.kind === 'read' && end.date !== start.date) {
    notes.push(...end.notes);
    if (isOrderedRange(start.date, end.date)) {
      endDate = end.date;
      basis.push(`ends ${written('end_date', end.basis)}`);
    } else {
      notes.push(
        `${place.name('end_date')} (${formatPartialDate(end.date)}) is before the start (${formatPartialDate(start.date)}); the end was left out`,
      );
      basis.push(`ends ${written('end_date', end.basis)}, before its start, so the end was left out`);
    }
  }
  const shown = readers.shownText(textOf(ownField(slide, 'display_date')));
  // Our own exports show the date as the app does: saying so again tells nothing.
  if (shown && shown !== formatDateRange(start.date, endDate)) basis.push(`shown there as ${quoted(shown)}`);
  if (start.display) basis.push(`its start shown as ${quoted(start.display)}`);
  if (end.kind === 'read' && end.display) basis.push(`its end shown as ${quoted(end.display)}`);
  return {
    dates: { start: start.date, ...(endDate && { end: endDate }), dateBasis: `Imported from ${madeBy}: ${basis.join('; ')}.` },
    notes,
  };
}

/** A slide's media as an origin: its link (when it is a web address), credit and caption. */
export function readOrigin(media: unknown, place: SlidePlace, readers: Readers, notes: string[]): Origin | undefined {
  if (!isObject(media)) return undefined;
  const url = textOf(ownField(media, 'url')).trim();
  const link = url !== '' && originSchema.safeParse({ link: url }).success ? url : undefined;
  if (url !== '' && !link)
    notes.push(`${place.name('media.url')} is not a web address (http:// or https://), so it was left out: ${quoted(url)}`);
  const credit = collapse(readers.toText(textOf(ownField(media, 'credit'))));
  const caption = readers.toText(textOf(ownField(media, 'caption'))) || collapse(textOf(ownField(media, 'alt')));
  const origin = { ...(link && { link }), ...(credit && { credit }), ...(caption && { caption }) };
  return Object.keys(origin).length > 0 ? origin : undefined;
}

export function readSlide(slide: unknown, place: SlidePlace, readers: Readers, madeBy: string): SlideReading {
  if (!isObject(slide)) return { ok: false, reasons: [`is not a slide: ${quoted(slide)}`], notes: [] };
  const uniqueId = collapse(textOf(ownField(slide, 'unique_id'))) || undefined;
  const text = ownField(slide, 'text');
  const headline = collapse(readers.toText(textOf(ownField(text, 'headline'))));
  const body = readers.toText(textOf(ownField(text, 'text')));
  const title = headline || titleFromText(body);
  const { dates, reason, notes } = readDates(slide, place, readers, madeBy);
  const reasons = [...(title ? [] : [`has no ${place.name('text.headline')} or ${place.name('text.text')}`]), ...(reason ? [reason] : [])];
  if (!dates || reasons.length > 0) return { ok: false, reasons, uniqueId, notes };
  const group = collapse(readers.shownText(textOf(ownField(slide, 'group'))));
  const origin = readOrigin(ownField(slide, 'media'), place, readers, notes);
  const content: SlideContent = {
    ...(headline && { headline }),
    title,
    summary: body || title,
    text: body,
    ...dates,
    ...(group && { group }),
    ...(origin && { origin }),
  };
  return { ok: true, content, uniqueId, notes };
}

/** The problems of a slide: why it did not come in, or what of it was left out. */
export function slideProblems({ place, reading }: PlacedReading, kept?: string): ImportProblem[] {
  const notes = reading.notes.map((reason) => ({ where: place.where, reason }));
  if (reading.ok) return notes;
  return [{ where: place.where, reason: `${reading.reasons.join('; ')}; ${kept ?? `the ${place.what} was left out`}` }, ...notes];
}

export interface TitleSlide {
  headline?: string;
  description?: string;
}

export function readTitle(title: unknown, readers: Readers, where: string, problems: ImportProblem[]): TitleSlide {
  if (title === undefined || title === null) return {};
  if (!isObject(title)) {
    problems.push({ where, reason: `is not a slide, so the file’s name was used for the title: ${quoted(title)}` });
    return {};
  }
  const text = ownField(title, 'text');
  const headline = collapse(readers.toText(textOf(ownField(text, 'headline'))));
  const description = readers.toText(textOf(ownField(text, 'text')));
  return { ...(headline && { headline }), ...(description && { description }) };
}
