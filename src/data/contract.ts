/**
 * The few facts about the published timeline document that code needs at run time
 * without the schema itself: kept apart so importing them does not pull the
 * validator into the reader's first download.
 */
export const SCHEMA_VERSION = 1;

/** The id of the element the offline single-file build inlines the compiled document into. */
export const INLINE_TIMELINE_ID = 'timeline-data';

/**
 * The query parameter that loads another document instead of the built-in story:
 * `?data=URL`. The app reads it, the share snippets write it, and the build's
 * preload script skips the built-in story when it is there.
 */
export const DATA_PARAM = 'data';
