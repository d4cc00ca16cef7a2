/**
 * How the pages prerendered at build time (prerender.tsx, data/prerender.ts) and the page's
 * code agree on who draws the first screen. Free of React, so the build can import it.
 */

/** The phone layout: the vertical timeline, search and filters folded into one button (theme.css agrees). */
export const PHONE_QUERY = '(max-width: 640px)';
/** One column: the evidence opens as a sheet over the page rather than beside the timeline (theme.css agrees). */
export const ONE_COLUMN_QUERY = '(max-width: 960px)';

/**
 * The built-in story's page as it opens, drawn by the build once per way it can look: the
 * reader's page or an embed, on a phone or wider. A window between a phone and two columns
 * gets the wide page, whose only difference there (no sources panel beside the timeline)
 * comes after hydration, below the first screen.
 */
export const PRERENDERED_VARIANTS = {
  page: { embed: false, phone: false },
  'page-phone': { embed: false, phone: true },
  embed: { embed: true, phone: false },
  'embed-phone': { embed: true, phone: true },
} as const;

export type PrerenderedVariant = keyof typeof PRERENDERED_VARIANTS;

/**
 * The timeline widths, in pixels, the wide pages' first screen is drawn for (sketchWidths.ts):
 * each is shown from its width to the next, and the live timeline opens on the window of the
 * one shown, so it takes over unseen. The narrowest is a little under the timeline's on the
 * narrowest screen each page is drawn wide for (515 px in two columns at 961 px; 620 px in an
 * embed at 641 px); 834 is the page's at 1280 px.
 */
export const SKETCH_WIDTHS = { page: [500, 600, 700, 834], embed: [600, 700, 834] } as const;

/**
 * The variant in #root as served; the others wait in inert <template>s after it, so the
 * document holds one page at a time (no id is ever on two elements), and the page-start
 * script puts the chosen one into #root once the body is parsed.
 */
export const MAIN_VARIANT: PrerenderedVariant = 'page';

/** On #root and on each <template>, naming the variant it holds. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/**
 * Put on <html> by the page-start script, before the body is drawn, naming the variant that is
 * the page this address and this screen ask for: the built-in story as it opens, no view in the
 * hash, and no option in the query that changes what is drawn (PRERENDER_NEUTRAL_PARAMS and
 * tracking parameters aside). Otherwise (another story, a presentation, an event open) it is
 * left off, nothing prerendered shows, and the app draws the right page in its place.
 */
export const PRERENDER_CHOICE_ATTRIBUTE = 'data-prerender';

/**
 * Query parameters that leave the prerendered page as it is drawn: the theme (the page-start
 * script sets it), and an embed's way of opening the evidence and its pym id (read on use).
 */
export const PRERENDER_NEUTRAL_PARAMS = ['theme', 'panel', 'childId'] as const;

/** The media queries as the variant was drawn: what the page answers while it hydrates it. */
export function variantMedia(variant: PrerenderedVariant): Record<string, boolean> {
  const { phone } = PRERENDERED_VARIANTS[variant];
  return { [PHONE_QUERY]: phone, [ONE_COLUMN_QUERY]: phone };
}
