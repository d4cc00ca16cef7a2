/**
 * The one schema for story data.
 *
 * Curators write `data/events.yaml` and `data/sources.json` (the curated shape);
 * the compiler in `data/` turns them into the timeline document the app fetches
 * (the compiled shape). Both shapes are defined here, the compiled one extends the
 * curated one, and every type in the app is inferred from these schemas.
 * The compiled shape is also published as JSON Schema for people who bring their own data.
 */
import { z } from 'zod/mini';
import { SCHEMA_VERSION } from './contract.ts';
import { isPartialDate } from './dates.ts';
import { ID_PATTERN, ID_RULE } from './idPattern.ts';

// zod/mini loads no locale, so its default messages would all be "Invalid input";
// the English one keeps them as readable as zod's classic API makes them
// ("Invalid input: expected string, received undefined").
z.config(z.locales.en());

export { INLINE_TIMELINE_ID, SCHEMA_VERSION } from './contract.ts';

const id = z.string().check(z.regex(ID_PATTERN, ID_RULE));

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

const webAddress = z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' });

/**
 * Text that offsets point into (article text, paragraphs): never trimmed, or a
 * leading blank line or an indented paragraph would shift it away from its offsets.
 */
const verbatim = z.string().check(
  z.minLength(1, { error: 'must not be empty', abort: true }),
  z.refine((value: string) => value.trim().length > 0, 'must not be empty'),
);

const partialDate = z.string().check(
  // abort: a string that is not shaped like a date gets this one message, not also "not a real calendar date".
  z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
    error: 'must be an ISO 8601 date: "2014", "2022-10" or "2024-03-25"',
    abort: true,
  }),
  z.refine(isPartialDate, 'is not a real calendar date'),
);

/** A whole day, "2024-03-25": for corrections and updates, which happen on a day. */
const day = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day in ISO 8601: "2024-03-25"', abort: true }),
    z.refine(isPartialDate, 'is not a real calendar date'),
  );

export const laneSchema = z.object({
  id,
  /** Shown as the timeline row heading, e.g. "United Kingdom". */
  label: text,
});

export const kindSchema = z.object({
  id,
  /** Shown on tags and filters, e.g. "Attribution". */
  label: text,
});

/**
 * A government, body, person or outlet the articles quote: whoever makes a claim,
 * does something on the record, or denies. Only names the articles print.
 */
export const actorSchema = z.object({
  id,
  /** Shown wherever the actor is named, e.g. "UK government", "China's foreign ministry". */
  label: text,
  /** Other names the articles use for the same actor ("Britain", "Washington"): a summary naming one attributes a claim to it. */
  aliases: z.optional(z.array(text)),
});

/** A correction published after the story went out: when, and what was wrong. Pre-publication fixes are not corrections. */
export const correctionSchema = z.object({
  date: day,
  /** What was corrected, in plain words, e.g. "An earlier version gave the embassy's words to the foreign ministry." */
  note: text,
});

/**
 * A link from one event to another: `denies` goes from a denial to the allegation it
 * denies; `responds-to` from a reaction (sanctions, a summons, a statement) to what it answers.
 */
export const relationSchema = z.object({
  type: z.enum(['denies', 'responds-to']),
  /** The id of the other event. */
  event: id,
});

/** An act is done or said on the record (charges announced, a statement made); an allegation is what one party says happened. */
const assertion = z.enum(['act', 'allegation']);
const actorIds = z.array(id).check(z.minLength(1, 'must name at least one actor'));

/**
 * What an imported event came with in place of an article (a TimelineJS3 slide's media):
 * kept as references to show, never loaded.
 */
export const originSchema = z.object({
  /** A web address the event came with. */
  link: z.optional(webAddress),
  /** Its credit as given, e.g. "Photo: Reuters". */
  credit: z.optional(text),
  /** Its caption or description as given, as plain text. */
  caption: z.optional(text),
});

// ---------------------------------------------------------------- curated

export const curatedCitationSchema = z.object({
  /** The id of a source in the manifest. */
  source: id,
  /** The article's exact words: checked character for character against its text. */
  quote: text,
});

export const curatedDiscrepancySchema = z.object({
  /** What the articles disagree on, e.g. "Length of the campaign". */
  topic: text,
  /** A neutral note: what differs, without picking a side. */
  note: text,
  /** Each side in the articles' own words; at least two. */
  citations: z.array(curatedCitationSchema).check(z.minLength(2, 'a discrepancy needs at least two citations')),
});

export const curatedEventSchema = z.object({
  id,
  title: text,
  /**
   * The title as the timeline draws it, where the title is too long for the chart: the same
   * claim in fewer words, held to the same rules (attributed, hedged, quoting exactly).
   */
  shortTitle: z.optional(text),
  /** One or two sentences in the curator's own words. */
  summary: text,
  /** ISO 8601 at the precision the articles support. Never pad a year to 1 January. */
  start: partialDate,
  end: z.optional(partialDate),
  /** Where the start is bounded or approximate: "before October 2021". */
  qualifier: z.optional(z.enum(['before', 'by', 'about', 'after'])),
  /** How the date was derived from the text. */
  dateBasis: text,
  lane: id,
  kinds: z.array(id).check(z.minLength(1, 'needs at least one kind')),
  /** One entry for every article that reports the event; none only for an event marked `unsourced`. */
  citations: z.array(curatedCitationSchema),
  discrepancies: z.optional(z.array(curatedDiscrepancySchema)),
  /**
   * Marks an event that no article backs yet (an import from another tool): readers are told
   * so where its evidence would be. Citing an article makes it sourced, and the mark goes.
   */
  unsourced: z.optional(z.literal(true)),
  /** What an imported event came with instead of an article. */
  origin: z.optional(originSchema),
  /** Drawn as a shaded period behind its lane rather than as an item: for long context windows. */
  backdrop: z.optional(z.boolean()),
  /** Presenter notes for briefings: what to say, never shown to the audience. */
  notes: z.optional(text),
  /** Whether the event is an act on the record or an allegation someone makes: required of a sourced event. */
  assertion: z.optional(assertion),
  /** For an allegation: the actors (ids) who make it. Required for an allegation. */
  claimedBy: z.optional(actorIds),
  /** For an act: the actors (ids) who did or said it. Required for an event that denies another. */
  by: z.optional(actorIds),
  /** Links to other events: what this one denies or responds to. */
  relations: z.optional(z.array(relationSchema)),
  /** Corrections to this event since publication, oldest first. */
  corrections: z.optional(z.array(correctionSchema)),
  /**
   * Anything said about the event that is not from the articles, if it must be said at all.
   * Shown to readers marked as such ("Not from the articles: …"); never mixed into the summary.
   */
  outsideKnowledge: z.optional(text),
});

export const landmarkSchema = z.object({
  /** The button text, e.g. "Register window 2014–2022". */
  label: text,
  /** The period to show, at any precision; the window is padded around it. */
  start: partialDate,
  end: z.optional(partialDate),
});

export const narrativeStepSchema = z.object({
  /** The id of the event this step shows. */
  event: id,
  /** A title for this step, instead of the event's own. */
  title: z.optional(text),
  /** Presenter notes for this step, instead of the event's own. */
  note: z.optional(text),
});

export const narrativeSchema = z.object({
  id,
  /** e.g. "The Electoral Commission breach". */
  title: text,
  description: z.optional(text),
  steps: z.array(narrativeStepSchema).check(z.minLength(1, 'a narrative needs at least one step')),
});

/** Story fields about its own publication: when it was last updated, and corrections since it went out. */
const storyRecord = {
  /** The day the story was last updated. */
  updated: z.optional(day),
  /** Corrections to the story as a whole, oldest first. */
  corrections: z.optional(z.array(correctionSchema)),
};

export const curatedStorySchema = z.object({
  title: text,
  description: text,
  /** Everyone the events name as making a claim, acting or denying. */
  actors: z.array(actorSchema),
  ...storyRecord,
  lanes: z.array(laneSchema).check(z.minLength(1)),
  kinds: z.array(kindSchema).check(z.minLength(1)),
  /** Headline periods a reader can jump to. */
  landmarks: z.optional(z.array(landmarkSchema)),
  /** Named orders to present events in, beside the default chronological one. */
  narratives: z.optional(z.array(narrativeSchema)),
  events: z.array(z.unknown()),
});

export const sourceManifestEntrySchema = z.object({
  id,
  /** The article's file name in `data/sources/`. */
  file: z.string().check(z.regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in data/sources/')),
  /** A human label built only from what the text supports. */
  label: text,
  /** A wire or agency credit as printed, e.g. "– AFP". */
  credit: z.optional(text),
  /** The dateline as printed, e.g. "LONDON (March 26)". */
  dateline: z.optional(text),
  /** What else the text shows about itself: "condensed version", "repost with a publisher's disclaimer". */
  notes: z.optional(text),
  /** Where the article was published: only when the journalist gives it, never guessed. */
  url: z.optional(webAddress),
  /** The day the article was published: only when the journalist gives it. Relative dates in the text are read from it. */
  published: z.optional(day),
});

// ---------------------------------------------------------------- compiled

const offset = z.number().check(z.int(), z.nonnegative());

export const citationSchema = z.extend(curatedCitationSchema, {
  /** Where the quote starts in the source text, in UTF-16 code units (JavaScript string index). */
  offset,
  /** The paragraph that holds the quote, for context. */
  paragraph: z.object({ offset, text: verbatim }),
});

export const discrepancySchema = z.extend(curatedDiscrepancySchema, {
  citations: z.array(citationSchema).check(z.minLength(2, 'a discrepancy needs at least two citations')),
});

/** A curated event with its citations placed in their articles. */
export const timelineEventSchema = z.extend(curatedEventSchema, {
  citations: z.array(citationSchema),
  discrepancies: z.optional(z.array(discrepancySchema)),
});

export const sourceSchema = z.extend(sourceManifestEntrySchema, {
  /** The full article text, exactly as received. */
  text: verbatim,
});

export const timelineSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: text,
  description: text,
  actors: z.optional(z.array(actorSchema)),
  ...storyRecord,
  lanes: z.array(laneSchema).check(z.minLength(1)),
  kinds: z.array(kindSchema).check(z.minLength(1)),
  landmarks: z.optional(z.array(landmarkSchema)),
  narratives: z.optional(z.array(narrativeSchema)),
  /** None only in a story whose every event is unsourced. */
  sources: z.array(sourceSchema),
  events: z.array(timelineEventSchema).check(z.minLength(1, 'the timeline has no events')),
});

export type Lane = z.infer<typeof laneSchema>;
export type Kind = z.infer<typeof kindSchema>;
export type Landmark = z.infer<typeof landmarkSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Origin = z.infer<typeof originSchema>;
export type Assertion = z.infer<typeof assertion>;
export type Narrative = z.infer<typeof narrativeSchema>;
export type CuratedCitation = z.infer<typeof curatedCitationSchema>;
export type CuratedDiscrepancy = z.infer<typeof curatedDiscrepancySchema>;
export type CuratedEvent = z.infer<typeof curatedEventSchema>;
export type CuratedStory = z.infer<typeof curatedStorySchema>;
export type SourceManifestEntry = z.infer<typeof sourceManifestEntrySchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Discrepancy = z.infer<typeof discrepancySchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Timeline = z.infer<typeof timelineSchema>;

/** A story's curated files as values: events.yaml, sources.json, and each article's text by its file name. */
export interface CuratedFiles {
  story: Omit<CuratedStory, 'events'> & { events: CuratedEvent[] };
  /** sources.json: one entry per article, in order. */
  manifest: SourceManifestEntry[];
  texts: Record<string, string>;
}
