/**
 * What the reader sees, kept in the URL hash so a view can be shared, reloaded, and
 * walked with Back and Forward. One grammar for the reader, the embed and the
 * presentation (README, "Links"):
 * `#event=uk-sanctions&lane=uk,us&kind=breach&q=ambassador&from=2021-01-01&to=2024-12-31&view=coverage`,
 * and in a presentation `#narrative=attribution-day&step=4`.
 * The query string holds only how the page is set up (pageOptions.ts).
 * Parsing never throws: a junk value is dropped and its default used.
 */
import { parsePartialDate } from '../data/dates';
import { isId } from '../data/idPattern';
import { MAX_QUERY_LENGTH } from '../data/search';
import { hashOf, QUERY_VIEW_PARAMS } from '../embed/contract';
import { isStep } from '../present/presentState';
import type { DayWindow } from '../timeline/dayWindow';

export type ViewMode = 'timeline' | 'coverage';

export interface ViewState {
  /** The selected event's id, or null. Checked against the story by the app, which says when it is unknown. */
  event: string | null;
  /** Lanes shown; empty means all. */
  lanes: string[];
  /** Kinds shown; empty means all. */
  kinds: string[];
  /** Search text; empty means no search. */
  q: string;
  /** The visible time window, or null for the story's own opening window. */
  window: DayWindow | null;
  view: ViewMode;
  /** A presentation's story order (a narrative's id), or null for all events in time order. */
  narrative: string | null;
  /** A presentation's step, counted from 0. */
  step: number;
}

export const DEFAULT_VIEW: ViewState = {
  event: null,
  lanes: [],
  kinds: [],
  q: '',
  window: null,
  view: 'timeline',
  narrative: null,
  step: 0,
};

const MAX_IDS = 50;

function ids(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter(isId))].slice(0, MAX_IDS);
}

/** The first `max` UTF-16 code units of `text`, one fewer where the cut would split a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

function isDay(value: string | null): value is string {
  return value !== null && parsePartialDate(value)?.precision === 'day';
}

/** A window from two day parameters, or null when they are missing, malformed or backwards. */
export function dayWindow(from: string | null, to: string | null): DayWindow | null {
  return isDay(from) && isDay(to) && from < to ? { from, to } : null;
}

function step(value: string | null): number {
  const number = Number(value ?? 0);
  // `|| 0`: "-0" is step 0, not negative zero.
  return isStep(number) ? number || 0 : 0;
}

function params(text: string): URLSearchParams | null {
  try {
    return new URLSearchParams(text.replace(/^[#?]/, ''));
  } catch {
    return null;
  }
}

export function parseViewState(hash: string): ViewState {
  const read = params(hash);
  if (!read) return DEFAULT_VIEW;
  const event = read.get('event');
  const narrative = read.get('narrative');
  return {
    event: isId(event) ? event : null,
    lanes: ids(read.get('lane')),
    kinds: ids(read.get('kind')),
    // Cut whole characters: half an emoji would come back from the URL as U+FFFD.
    q: cut(read.get('q') ?? '', MAX_QUERY_LENGTH),
    window: dayWindow(read.get('from'), read.get('to')),
    view: read.get('view') === 'coverage' ? 'coverage' : 'timeline',
    narrative: isId(narrative) ? narrative : null,
    step: step(read.get('step')),
  };
}

/** The hash for a view ('' for the default view); parameters that hold defaults are left out. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.event !== null) params.set('event', state.event);
  if (state.lanes.length > 0) params.set('lane', state.lanes.join(','));
  if (state.kinds.length > 0) params.set('kind', state.kinds.join(','));
  if (state.q.trim() !== '') params.set('q', state.q);
  if (state.window) {
    params.set('from', state.window.from);
    params.set('to', state.window.to);
  }
  if (state.view !== 'timeline') params.set('view', state.view);
  if (state.narrative !== null) params.set('narrative', state.narrative);
  if (state.step !== 0) params.set('step', String(state.step));
  return hashOf(params);
}

/** Drops lanes and kinds the story does not have, so a stale link still shows something. */
export function withKnownFilters(state: ViewState, laneIds: string[], kindIds: string[]): ViewState {
  const lanes = state.lanes.filter((id) => laneIds.includes(id));
  const kinds = state.kinds.filter((id) => kindIds.includes(id));
  return lanes.length === state.lanes.length && kinds.length === state.kinds.length ? state : { ...state, lanes, kinds };
}

/**
 * An old link (`?embed=1&event=uk-sanctions&lanes=uk`) as today's grammar
 * (`?embed=1#event=uk-sanctions&lane=uk`), or null when `href` needs no change.
 * A link with a view in its hash already is left alone: the hash wins.
 */
export function withViewInHash(href: string): string | null {
  const url = new URL(href);
  const moved = Object.keys(QUERY_VIEW_PARAMS).filter((name) => url.searchParams.has(name));
  if (moved.length === 0) return null;
  const view = new URLSearchParams();
  for (const name of moved) {
    view.set(QUERY_VIEW_PARAMS[name] ?? name, url.searchParams.get(name) ?? '');
    url.searchParams.delete(name);
  }
  if (url.hash.length <= 1) url.hash = serializeViewState(parseViewState(view.toString()));
  return url.href;
}
