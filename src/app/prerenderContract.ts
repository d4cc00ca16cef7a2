/**
 * How the page prerendered at build time (prerender.tsx, data/prerender.ts) and the page's
 * code agree on who draws the first screen. Free of React, so the build can import it.
 */

/** The phone layout: the vertical timeline, search and filters folded into one button (theme.css agrees). */
export const PHONE_QUERY = '(max-width: 640px)';
/** One column: the evidence opens as a sheet over the page rather than beside the timeline (theme.css agrees). */
export const ONE_COLUMN_QUERY = '(max-width: 960px)';

/** On #root when the build put the built-in story's page in it. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/**
 * Put on <html> by the page-start script, before the body is drawn, when the prerendered page is
 * the page this address and this screen ask for: the built-in story as it opens, no options in
 * the query, no view in the hash, a screen wider than one column (the build draws the wide
 * layout; a phone's or a narrow window's differs). Otherwise (another story, an embed, a
 * presentation, an event open, a phone) the prerendered page stays hidden until the app draws the right one.
 */
export const PRERENDER_FITS_CLASS = 'prerender-fits';
