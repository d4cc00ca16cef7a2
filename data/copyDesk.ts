/**
 * The copy desk: the checks a newsroom makes on the words around the quotes before a
 * story goes out. Pure, like the compiler that runs it; every problem is reported at
 * once, with its event and field.
 *
 * - A sourced event says whether it is an act or an allegation. (An unsourced one, imported
 *   from another tool, has no articles to check against; readers are told so.)
 * - An allegation names who makes it (`claimedBy`), and its summary attributes it.
 * - Only an allegation has claimants; an act names who did it (`by`), and a denial must.
 * - Words in quotation marks are the articles' words.
 * - A short title, the label on the chart, is short enough to be drawn whole.
 * - Capitalised names in a title or summary come from the articles the event cites;
 *   anything else belongs in `outsideKnowledge`.
 *
 * Actor ids and links between events are checked in src/data/integrity.ts, which the
 * app also runs on every document it is given.
 */
import { foldCopyPaste } from '../src/data/fold.ts';
import type { Problem } from '../src/data/problems.ts';
import type { Actor, CuratedEvent, Narrative } from '../src/data/schema.ts';

export interface CopyDeskInput {
  /** The story's description: its quoted words must be in one of the articles. */
  description?: string | undefined;
  /** Undefined when the actor list failed validation: a summary must then attribute with a phrase. */
  actors: Actor[] | undefined;
  events: { index: number; event: CuratedEvent }[];
  narratives?: Narrative[] | undefined;
  /** Article texts by source id; a citation of an unknown source is reported elsewhere and ignored here. */
  texts: Map<string, string>;
  /**
   * False when some article could not be read (a bad manifest entry, a missing file):
   * checks against "any article" are then skipped rather than reported wrongly.
   */
  articlesComplete: boolean;
}

/** The most characters a short title (the label drawn on the timeline) may have. */
export const SHORT_TITLE_MAX = 42;

/** Verbs and phrases that attribute a claim to someone: "the UK says", "according to", "accused". */
const ATTRIBUTION =
  /(?<![\p{L}])(?:say|says|said|saying|alleges?|alleged(?:ly)?|allegations?|according to|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|attribut(?:e|es|ed|ing)|claim(?:s|ed|ing)?|believes?|believed|suspected|told)(?![\p{L}])/iu;

/**
 * Words in quotation marks: “…”, "…", ‘…’ and '…'. A single mark opens only where a
 * word could start and closes only where one ends, so the apostrophes in "Britain’s",
 * "it's" and "AFP's" are not taken for quotation marks.
 */
const QUOTED = [/“([^“”]+)”/gu, /"([^"]+)"/gu, /(?<![\p{L}\p{N}])[‘']([^\s‘’'](?:[^‘]*?[^\s‘])?)[’'](?![\p{L}\p{N}])/gu];

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Folded for comparison as the quote locator folds, with single and double marks alike. */
const foldText = (text: string) => foldCopyPaste(text).replace(/"/g, "'");

/**
 * Articles are folded, and split into words, once rather than once for every event that cites
 * them: a story of 1,000 events would otherwise fold its articles thousands of times (over a
 * second, where the studio checks a draft as it is typed). Only texts as long as an article
 * are kept, a few hundred at most.
 */
const ARTICLE_LENGTH = 500;
const KEPT_ARTICLES = 500;
function rememberedForArticles<T>(work: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (text.length < ARTICLE_LENGTH) return work(text);
    let value = kept.get(text);
    if (value === undefined) {
      if (kept.size >= KEPT_ARTICLES) kept.clear();
      value = work(text);
      kept.set(text, value);
    }
    return value;
  };
}

const fold = rememberedForArticles(foldText);

const stripPossessive = (word: string) => word.replace(/['’]s$/iu, '');

export function quotedPassages(text: string): string[] {
  const passages = new Set<string>();
  for (const pattern of QUOTED) for (const match of text.matchAll(pattern)) passages.add(match[1]!.trim());
  return [...passages].filter((passage) => passage.length > 0);
}

/** A quoted passage is in one of `pool` if each of its parts (split at an ellipsis) is, in order of folding. */
function passageIn(passage: string, pool: string[]): boolean {
  const parts = passage
    .split(/…|\.\.\./u)
    .map((part) => fold(part).replace(/^[\s'.,;:]+|[\s'.,;:]+$/gu, ''))
    .filter((part) => part.length > 0);
  return (
    parts.length === 0 ||
    pool.some((text) => {
      const folded = fold(text);
      return parts.every((part) => folded.includes(part));
    })
  );
}

/** Capitalised words that do not start a sentence (or follow a colon), possessives stripped. */
export function capitalisedNames(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    if (!/^\p{Lu}/u.test(match[0])) continue;
    const before = text.slice(0, match.index).replace(/[\s“"‘'([]+$/u, '');
    if (before === '' || /[.!?:]$/u.test(before)) continue;
    names.add(stripPossessive(match[0]));
  }
  return [...names];
}

const wordsOfText = rememberedForArticles((text: string) => {
  const words = new Set<string>();
  for (const [word] of fold(text).matchAll(WORD)) words.add(stripPossessive(word));
  return words;
});

/** Whether a folded word is in any of `texts`. */
function wordsOf(texts: string[]): { has: (word: string) => boolean } {
  const sets = texts.map(wordsOfText);
  return { has: (word) => sets.some((words) => words.has(word)) };
}

function names(text: string, name: string): boolean {
  const escaped = fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(fold(text));
}

function allQuotes(event: CuratedEvent): string[] {
  return [...event.citations, ...(event.discrepancies ?? []).flatMap((d) => d.citations)].map((c) => c.quote);
}

/** The texts of the articles an event cites, or undefined if one of them is unknown (reported elsewhere). */
function citedTexts(event: CuratedEvent, texts: Map<string, string>): string[] | undefined {
  const sources = new Set([...event.citations, ...(event.discrepancies ?? []).flatMap((d) => d.citations)].map((c) => c.source));
  const cited = [...sources].map((source) => texts.get(source));
  return cited.every((text) => text !== undefined) ? cited : undefined;
}

/** Who makes an allegation, who did an act, and whether the summary says so. */
function claimProblems(event: CuratedEvent, at: (field: string) => PropertyKey[], actors: Actor[] | undefined): Problem[] {
  const problems: Problem[] = [];
  if (event.assertion === undefined)
    return [{ path: at('assertion'), message: 'must say whether the event is an act on the record or an allegation' }];
  const denies = (event.relations ?? []).some((relation) => relation.type === 'denies');
  if (event.assertion === 'act') {
    if (event.claimedBy)
      problems.push({ path: at('claimedBy'), message: 'only an allegation has claimants: for an act, name who did it in "by"' });
    if (denies && !event.by)
      problems.push({ path: at('by'), message: 'an event that denies another must say who denies: name them in "by"' });
    return problems;
  }
  if (event.by) problems.push({ path: at('by'), message: 'an allegation names who makes it in "claimedBy"; "by" is for acts' });
  if (!event.claimedBy) {
    problems.push({ path: at('claimedBy'), message: 'an allegation must say who makes it: name them in "claimedBy"' });
    return problems;
  }
  const claimants = (actors ?? []).filter((actor) => event.claimedBy?.includes(actor.id));
  const named = claimants.some((actor) => [actor.label, ...(actor.aliases ?? [])].some((name) => names(event.summary, name)));
  if (!named && !ATTRIBUTION.test(event.summary)) {
    const who = claimants.map((actor) => actor.label).join(' or ');
    problems.push({
      path: at('summary'),
      message: `writes an allegation as fact: name who makes it${who ? ` (${who})` : ''}, or attribute it ("says", "alleges", "according to")`,
    });
  }
  return problems;
}

function quoteProblems(text: string, path: PropertyKey[], pool: string[], where: string): Problem[] {
  return quotedPassages(text)
    .filter((passage) => !passageIn(passage, pool))
    .map((passage) => ({
      path,
      message: `“${passage}” is in none of ${where}: quote the article's words exactly, or drop the quotation marks`,
    }));
}

function nameProblems(text: string, path: PropertyKey[], words: { has: (word: string) => boolean }): Problem[] {
  return capitalisedNames(text)
    .filter((name) => !words.has(fold(name)))
    .map((name) => ({
      path,
      message: `“${name}” is in none of this event's articles: take it from the articles, or move it to outsideKnowledge`,
    }));
}

function eventProblems(index: number, event: CuratedEvent, input: CopyDeskInput, allTexts: string[]): Problem[] {
  const at = (...rest: PropertyKey[]): PropertyKey[] => ['events', index, ...rest];
  const quotes = allQuotes(event);
  const cited = citedTexts(event, input.texts);
  const words = cited && wordsOf(cited);
  const eventQuotes = "this event's quotes";
  const problems = claimProblems(event, (field) => at(field), input.actors);
  for (const field of ['title', 'shortTitle', 'summary'] as const) {
    const copy = event[field];
    if (copy === undefined) continue;
    problems.push(...quoteProblems(copy, at(field), quotes, eventQuotes));
    if (words) problems.push(...nameProblems(copy, at(field), words));
  }
  if (event.shortTitle !== undefined && event.shortTitle.length > SHORT_TITLE_MAX) {
    problems.push({
      path: at('shortTitle'),
      message: `is ${event.shortTitle.length} characters: a label on the chart takes at most ${SHORT_TITLE_MAX}`,
    });
  }
  if (event.notes) problems.push(...quoteProblems(event.notes, at('notes'), quotes, eventQuotes));
  // How a date was worked out may quote any article: a dateline, a "later this year".
  if (input.articlesComplete) problems.push(...quoteProblems(event.dateBasis, at('dateBasis'), allTexts, 'the articles'));
  event.discrepancies?.forEach((discrepancy, d) => {
    problems.push(...quoteProblems(discrepancy.note, at('discrepancies', d, 'note'), quotes, eventQuotes));
  });
  return problems;
}

function narrativeProblems(input: CopyDeskInput, byId: Map<string, CuratedEvent>): Problem[] {
  const problems: Problem[] = [];
  input.narratives?.forEach((narrative, n) => {
    narrative.steps.forEach((step, s) => {
      const event = byId.get(step.event);
      if (!event) return; // an unknown event is reported by the reference checks
      const at = (field: string): PropertyKey[] => ['narratives', n, 'steps', s, field];
      const quotes = allQuotes(event);
      if (step.title) {
        problems.push(...quoteProblems(step.title, at('title'), quotes, "the quotes of this step's event"));
        const cited = citedTexts(event, input.texts);
        if (cited) problems.push(...nameProblems(step.title, at('title'), wordsOf(cited)));
      }
      if (step.note) problems.push(...quoteProblems(step.note, at('note'), quotes, "the quotes of this step's event"));
    });
  });
  return problems;
}

/** Every copy-desk problem in the story, each at its event (or narrative step) and field. */
export function copyDeskProblems(input: CopyDeskInput): Problem[] {
  const allTexts = [...input.texts.values()];
  const byId = new Map<string, CuratedEvent>();
  for (const { event } of input.events) if (!byId.has(event.id)) byId.set(event.id, event);
  return [
    ...(input.description && input.articlesComplete ? quoteProblems(input.description, ['description'], allTexts, 'the articles') : []),
    // An unsourced event has no articles to hold its words to: readers are told it has none.
    ...input.events.filter(({ event }) => !event.unsourced).flatMap(({ index, event }) => eventProblems(index, event, input, allTexts)),
    ...narrativeProblems(input, byId),
  ];
}
