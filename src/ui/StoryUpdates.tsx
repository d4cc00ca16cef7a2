import { formatPartialDate } from '../data/dates';
import type { Timeline } from '../data/schema';
import { Corrections } from './Corrections';

/** When the story was last updated, and its corrections since it went out; nothing when it has neither. */
export function StoryUpdates({ story }: { story: Pick<Timeline, 'updated' | 'corrections'> }) {
  return (
    <>
      {story.updated && (
        <p className="story-updated">
          Updated <time dateTime={story.updated}>{formatPartialDate(story.updated)}</time>
        </p>
      )}
      <Corrections corrections={story.corrections} heading="Corrections to this story" level={2} />
    </>
  );
}
