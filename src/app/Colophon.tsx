import type { Timeline } from '../data/schema';
import { unsourcedCount } from '../data/selectors';
import { formatCount } from '../lib/count';

const articles = (count: number) => `${formatCount(count)} article${count === 1 ? '' : 's'}`;

/** What backs the story's events: its articles, quoted word for word, and those that have none yet. */
function backing(timeline: Timeline): string {
  const total = timeline.events.length;
  const unsourced = unsourcedCount(timeline.events);
  const drawn = `drawn from the story’s ${articles(timeline.sources.length)}, listed with the sources, and quotes them word for word; each quote is checked against the article’s text before the story is shown.`;
  if (unsourced === 0) return `Every event is ${drawn}`;
  const imported = (one: boolean) =>
    `came from another timeline with no article behind ${one ? 'it, and is' : 'them, and are'} marked “No source article yet”.`;
  if (unsourced === total) return total === 1 ? `The event ${imported(true)}` : `The ${formatCount(total)} events ${imported(false)}`;
  return `${formatCount(unsourced)} of the ${formatCount(total)} events ${imported(unsourced === 1)} Every other event is ${drawn}`;
}

/** How the story was made, at the foot of the page: what backs its events, and how loose dates are drawn. */
export function Colophon({ timeline }: { timeline: Timeline }) {
  return (
    <footer className="colophon no-print">
      <p>{backing(timeline)} Dates the articles give only loosely are drawn as the whole month or year they could mean.</p>
    </footer>
  );
}
