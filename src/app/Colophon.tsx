import type { Timeline } from '../data/schema';
import { unsourcedCount } from '../data/selectors';
import { formatCount } from '../lib/count';

/** How the story was made, at the foot of the page: what backs its events, and how loose dates are drawn. */
export function Colophon({ timeline }: { timeline: Timeline }) {
  const unsourced = unsourcedCount(timeline.events);
  return (
    <footer className="colophon no-print">
      <p>
        {unsourced > 0 &&
          `${formatCount(unsourced)} of the ${formatCount(timeline.events.length)} events came from another timeline with no article behind them, and are marked “No source article yet”. `}
        {unsourced > 0 ? 'Every other event' : 'Every event'} is drawn from the story’s {timeline.sources.length} articles, listed with the
        sources, and quotes them word for word; each quote is checked against the article text when the site is built. Dates the articles
        give only loosely are drawn as the whole month or year they could mean.
      </p>
    </footer>
  );
}
