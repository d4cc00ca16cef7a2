/**
 * The built-in story's page as HTML, rendered at build time from the same components the
 * browser then hydrates (data/prerender.ts puts it into index.html): the reader's first
 * screen before any script has run. Runs in Node, never in the browser.
 */
import { QueryClient } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import type { Timeline } from '../data/schema';
import { chronological } from '../data/selectors';
import { timelineQueryOptions } from '../data/timelineQuery';
import { HandoutMasthead } from '../print/HandoutMasthead';
import { PrintHandout } from '../print/PrintHandout';
import { drawAhead, drawLive } from '../lib/drawnAhead';
import { drawForMedia } from '../lib/useMediaQuery';
import { DEFAULT_PAGE_OPTIONS, parsePageOptions, type PageOptions } from './pageOptions';
import { PRERENDERED_VARIANTS, variantMedia, type PrerenderedVariant } from './prerenderContract';
import { Root } from './Root';

/** The note over the chronology a browser without JavaScript shows in place of the interactive page. */
const TEXT_VERSION_NOTE =
  "The text version of the interactive timeline, for browsers without JavaScript: every event in order, with the articles' exact words.";

export interface PrerenderedStory {
  /** The page as the browser will hydrate it, per variant: the reader view or the embed at its opening, nothing chosen. */
  variants: Record<PrerenderedVariant, string>;
  /** The whole chronology with its evidence, for a browser without JavaScript. */
  chronology: string;
}

/** The options the variant's address gives the page: the reader's page has none, an embed `?embed=1`. */
export function variantOptions(variant: PrerenderedVariant): PageOptions {
  if (!PRERENDERED_VARIANTS[variant].embed) return DEFAULT_PAGE_OPTIONS;
  return parsePageOptions('?embed=1', { appOrigin: 'https://prerender.invalid', allowedDataOrigins: [] }).options;
}

async function prerenderVariant(timeline: Timeline, variant: PrerenderedVariant): Promise<string> {
  const client = new QueryClient();
  client.setQueryData(timelineQueryOptions().queryKey, timeline);
  drawAhead(variantMedia(variant));
  // prerender, not renderToString: it waits for the parts that load on demand (the timeline's
  // foot, a phone's vertical timeline), so the browser hydrates them rather than drawing them
  // anew. No progressive chunks: React would send a part after a long stretch of page as a
  // hidden block and an inline script that moves it into place, which the page's policy blocks.
  const { prelude } = await prerender(<Root client={client} options={variantOptions(variant)} />, {
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  return new Response(prelude).text();
}

export async function prerenderStory(timeline: Timeline): Promise<PrerenderedStory> {
  const variants = {} as Record<PrerenderedVariant, string>;
  // One after another: each sets the media answers it is drawn for.
  for (const variant of Object.keys(PRERENDERED_VARIANTS) as PrerenderedVariant[])
    variants[variant] = await prerenderVariant(timeline, variant);
  drawForMedia({});
  drawLive();
  return {
    variants,
    chronology: renderToStaticMarkup(
      <PrintHandout
        timeline={timeline}
        events={chronological(timeline.events)}
        masthead={<HandoutMasthead title={timeline.title} description={timeline.description} />}
        note={TEXT_VERSION_NOTE}
      />,
    ),
  };
}
