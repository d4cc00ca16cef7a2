/**
 * A story being made in the studio: the same three things `npm run data` reads from `data/`
 * (events.yaml, sources.json and the article texts), held as plain values so that the same
 * compiler checks them and a draft can be saved, downloaded and opened again as JSON.
 */
import type { CuratedFiles } from '../data/schema';

export type Draft = CuratedFiles;

/** events.yaml as a value: the story's fields and its events. */
export type DraftStory = Draft['story'];

/** A new story: one lane and one kind to start from, no articles and no events. */
export function emptyDraft(): Draft {
  return {
    story: {
      title: '',
      description: '',
      actors: [],
      lanes: [{ id: 'main', label: 'Main' }],
      kinds: [{ id: 'event', label: 'Event' }],
      events: [],
    },
    manifest: [],
    texts: {},
  };
}
