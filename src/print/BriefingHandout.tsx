import type { Narrative, Timeline, TimelineEvent } from '../data/schema';
import { HandoutMasthead } from './HandoutMasthead';
import { PrintHandout } from './PrintHandout';

export interface BriefingHandoutProps {
  /** The whole story. */
  timeline: Timeline;
  /** The narrative being presented, or undefined for the whole story in time order. */
  narrative?: Narrative;
  /** The presented events, in step order. */
  events: TimelineEvent[];
}

/**
 * A presentation on paper, one step per page, under its own title: the narrative's
 * (with its description, below the story's name) or else the story's. The presentation's
 * screen has no title to print, so the handout carries one.
 */
export function BriefingHandout({ timeline, narrative, events }: BriefingHandoutProps) {
  const description = narrative ? narrative.description : timeline.description;
  const masthead = (
    <HandoutMasthead title={narrative?.title ?? timeline.title} description={description} story={narrative && timeline.title} />
  );
  // A narrative's steps may carry titles of their own, which the room saw on screen.
  const stepTitles =
    narrative &&
    events.map((event, index) => {
      const step = narrative.steps[index];
      return step?.event === event.id ? step.title : undefined;
    });
  return <PrintHandout timeline={timeline} events={events} onePerPage masthead={masthead} stepTitles={stepTitles} />;
}
