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
import { DEFAULT_PAGE_OPTIONS } from './pageOptions';
import { Root } from './Root';

/** The note over the chronology a browser without JavaScript shows in place of the interactive page. */
const TEXT_VERSION_NOTE =
  "The text version of the interactive timeline, for browsers without JavaScript: every event in order, with the articles' exact words.";

export interface PrerenderedStory {
  /** The page inside #root as the browser will hydrate it: the reader view at its opening, nothing chosen. */
  root: string;
  /** The whole chronology with its evidence, for a browser without JavaScript. */
  chronology: string;
}

export async function prerenderStory(timeline: Timeline): Promise<PrerenderedStory> {
  const client = new QueryClient();
  client.setQueryData(timelineQueryOptions().queryKey, timeline);
  const page = <Root client={client} options={DEFAULT_PAGE_OPTIONS} />;
  // prerender, not renderToString: it waits for the parts that load on demand (the timeline's
  // foot), so the browser hydrates them rather than drawing them anew. No progressive chunks:
  // React would send a part after a long stretch of page as a hidden block and an inline
  // script that moves it into place, which the page's policy blocks.
  const { prelude } = await prerender(page, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  return {
    root: await new Response(prelude).text(),
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
