/**
 * A story read from its document ahead of the checks that decide whether it is shown (the
 * document worker sends the document as written first: documentInWorker.ts). The page may get
 * ready to draw it meanwhile (app/prepareStory.ts), work it would otherwise do only after them;
 * it shows it only once the query has it, checked. The query function reports; the page listens.
 */
import type { Timeline } from './schema';

/** Told a story as written, and whether it is still wanted: false once its checks have failed or its reader left. */
type Listener = (story: Timeline, wanted: () => boolean) => void;

let listener: Listener | null = null;

/** Makes `onStory` the one listener (the page has one way of getting ready). */
export function listenAhead(onStory: Listener | null): void {
  listener = onStory;
}

export function reportAhead(story: Timeline, wanted: () => boolean): void {
  listener?.(story, wanted);
}
