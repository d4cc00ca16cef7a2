/**
 * The few facts about the published timeline document that code needs at run time
 * without the schema itself: kept apart so importing them does not pull the
 * validator into the reader's first download.
 */
export const SCHEMA_VERSION = 1;

/** The id of the element the build inlines the compiled built-in story into, in the page and in the offline file. */
export const INLINE_TIMELINE_ID = 'timeline-data';

/**
 * The query parameter that loads another document instead of the built-in story:
 * `?data=URL`. The app reads it and the share snippets write it.
 */
export const DATA_PARAM = 'data';

/** The offline single file, as the offline build names it and the site publishes it beside the app (for the studio to put stories into). */
export const OFFLINE_FILE = 'news-timeline.html';

/**
 * Where the page-start script leaves the download of a `?data=` document it starts before the
 * page's module has arrived (data/vitePlugin.ts), for the page to take over (earlyDownload.ts).
 */
export const EARLY_DOWNLOAD_GLOBAL = '__timelineDownload';

/** The headers a timeline document is asked for with, by the page and by the page-start script alike. */
export const DOCUMENT_REQUEST_HEADERS = { Accept: 'application/json' };

/**
 * Under the dev server, the event that says the story's files changed: a reader's page reloads to
 * show them; the studio, which may have written them itself, keeps its page (and what it says).
 */
export const STORY_CHANGED_EVENT = 'timeline:story-changed';
