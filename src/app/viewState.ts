/**
 * Everything that makes a view shareable, kept in the URL hash:
 * `#event=uk-sanctions&lane=uk,us&kind=breach&q=ambassador&from=2021-01-01&to=2024-12-31&view=coverage`.
 * Parsing never throws: a junk value is dropped and its default used.
 */
import { parsePartialDate } from '../data/dates';
import { MAX_QUERY_LENGTH } from '../data/search';

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
  /** The visible time window, as ISO dates, or null for the story's own opening window. */
  window: { from: string; to: string } | null;
  view: ViewMode;
}

export const DEFAULT_VIEW: ViewState = { event: null, lanes: [], kinds: [], q: '', window: null, view: 'timeline' };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_IDS = 50;

function ids(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter((id) => ID.test(id)))].slice(0, MAX_IDS);
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

export function parseViewState(hash: string): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return DEFAULT_VIEW;
  }
  const event = params.get('event');
  const from = params.get('from');
  const to = params.get('to');
  return {
    event: event !== null && ID.test(event) ? event : null,
    lanes: ids(params.get('lane')),
    kinds: ids(params.get('kind')),
    // Cut whole characters: half an emoji would come back from the URL as U+FFFD.
    q: cut(params.get('q') ?? '', MAX_QUERY_LENGTH),
    window: isDay(from) && isDay(to) && from < to ? { from, to } : null,
    view: params.get('view') === 'coverage' ? 'coverage' : 'timeline',
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
  // Commas in id lists read better unescaped, and are safe in a fragment.
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `#${text}`;
}

/** Drops lanes and kinds the story does not have, so a stale link still shows something. */
export function withKnownFilters(state: ViewState, laneIds: string[], kindIds: string[]): ViewState {
  const lanes = state.lanes.filter((id) => laneIds.includes(id));
  const kinds = state.kinds.filter((id) => kindIds.includes(id));
  return lanes.length === state.lanes.length && kinds.length === state.kinds.length ? state : { ...state, lanes, kinds };
}

/** A local date as YYYY-MM-DD, for window bounds in the URL. */
export function toIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
