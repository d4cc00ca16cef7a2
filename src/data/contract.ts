/**
 * The few facts about the published timeline document that code needs at run time
 * without the schema itself: kept apart so importing them does not pull the
 * validator into the reader's first download.
 */
export const SCHEMA_VERSION = 1;

/** The id of the element the offline single-file build inlines the compiled document into. */
export const INLINE_TIMELINE_ID = 'timeline-data';
