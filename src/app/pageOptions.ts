/**
 * How the page is set up, from its query string: `?embed=1&theme=dark&data=…`. What the
 * reader then does (the event open, filters, window) is the view, in the hash (viewState.ts).
 * Every value is checked; a bad one falls back to its default with a warning, so
 * one bad parameter in a host page's snippet never takes the timeline down.
 */
import { DATA_PARAM } from '../data/contract';
import { EMBED_DEFAULT_THEME, type Theme } from '../embed/contract';

/** auto: the embed reports its content height to the host; fixed: it fills the iframe and scrolls inside. */
export type HeightMode = 'auto' | 'fixed';
/** inline: the source panel opens inside the embed; link: choosing an event opens the full view in a new tab. */
export type PanelMode = 'inline' | 'link';

export interface PageOptions {
  /** The chrome-less view for iframes. */
  embed: boolean;
  /** An embed shows the story's headline (`?headline=1`); by default the host article has its own. */
  headline: boolean;
  /** Presentation mode, for briefings (`?present`). */
  present: boolean;
  /** The presenter's window of a presentation (`?present&presenter`). */
  presenter: boolean;
  /** The story studio, where a story is made (`?studio`). */
  studio: boolean;
  theme: Theme;
  height: HeightMode;
  panel: PanelMode;
  /** Another compiled dataset to load, as an absolute URL; null for the built-in story. */
  dataUrl: string | null;
  /** A `data` URL that was refused, with the reason, to show instead of the story. */
  refusedData: { url: string; reason: string } | null;
  /** pym.js child id, passed by a pym parent; echoed in height messages. */
  childId: string | null;
}

export const DEFAULT_PAGE_OPTIONS: PageOptions = {
  embed: false,
  headline: false,
  present: false,
  presenter: false,
  studio: false,
  theme: 'auto',
  height: 'auto',
  panel: 'inline',
  dataUrl: null,
  refusedData: null,
  childId: null,
};

export interface OriginPolicy {
  /** The app's own origin, e.g. "https://news.example". */
  appOrigin: string;
  /** Other origins datasets may come from, fixed at build time. */
  allowedDataOrigins: string[];
}

const TRUE = ['1', 'true', 'yes', ''];
const FALSE = ['0', 'false', 'no'];

/** Reads a dataset URL against the origin policy: accepted as an absolute URL, or refused with a reason. */
/**
 * A broken escape, as it comes out of URLSearchParams: U+FFFD or a stray "%", which a browser
 * would fetch as it is ("/%%%"). Such an address is refused as malformed instead.
 */
export const BROKEN_ESCAPE = /\uFFFD|%(?![0-9A-Fa-f]{2})/;

export function checkDataUrl(value: string, policy: OriginPolicy): { url: string } | { reason: string } {
  if (BROKEN_ESCAPE.test(value)) return { reason: 'its percent-encoding is broken' };
  let url: URL;
  try {
    url = new URL(value, `${policy.appOrigin}/`);
  } catch {
    return { reason: 'it is not a valid URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { reason: `${url.protocol} URLs are not loaded` };
  if (url.origin !== policy.appOrigin && !policy.allowedDataOrigins.includes(url.origin)) {
    return { reason: `${url.origin} is not on this timeline's list of allowed data sources` };
  }
  return { url: url.href };
}

export function parsePageOptions(search: string, policy: OriginPolicy): { options: PageOptions; warnings: string[] } {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const options: PageOptions = { ...DEFAULT_PAGE_OPTIONS };

  /** Takes a parameter through `accept`; on failure keeps the default and says why. */
  const read = (name: string, accept: (value: string) => boolean, apply: (value: string) => void, expected: string) => {
    const value = params.get(name);
    if (value === null) return;
    if (accept(value)) apply(value);
    else warnings.push(`Ignored ${name}=${JSON.stringify(value.slice(0, 80))}: expected ${expected}.`);
  };
  const oneOf =
    <T extends string>(values: readonly T[]) =>
    (value: string): value is T =>
      (values as readonly string[]).includes(value);

  const flag = (name: 'embed' | 'headline' | 'present' | 'presenter' | 'studio') =>
    read(
      name,
      (v) => TRUE.includes(v) || FALSE.includes(v),
      (v) => (options[name] = TRUE.includes(v)),
      '1 or 0',
    );
  flag('embed');
  flag('headline');
  flag('present');
  flag('presenter');
  flag('studio');
  if (options.embed) options.theme = EMBED_DEFAULT_THEME;
  read('theme', oneOf(['auto', 'light', 'dark'] as const), (v) => (options.theme = v as Theme), 'auto, light or dark');
  read('height', oneOf(['auto', 'fixed'] as const), (v) => (options.height = v as HeightMode), 'auto or fixed');
  read('panel', oneOf(['inline', 'link'] as const), (v) => (options.panel = v as PanelMode), 'inline or link');
  read(
    'childId',
    (v) => /^[\w-]{1,64}$/.test(v),
    (v) => (options.childId = v),
    'a pym child id',
  );

  const data = params.get(DATA_PARAM);
  if (data !== null && data !== '') {
    const checked = checkDataUrl(data, policy);
    if ('url' in checked) options.dataUrl = checked.url;
    else options.refusedData = { url: data.slice(0, 500), reason: checked.reason };
  }
  return { options, warnings };
}
