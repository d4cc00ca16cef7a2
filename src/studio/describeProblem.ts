/**
 * A compiler problem as a journalist reads it: the event or article by its title or label and
 * the field by the name the studio gives it, not a path into a file ("events[3].summary").
 */
import type { PlacedProblem } from '../../data/compile';
import type { Draft } from './draft';

const EVENT_FIELDS: Record<string, string> = {
  id: 'Id',
  title: 'Title',
  shortTitle: 'Short label',
  summary: 'Summary',
  start: 'Starts',
  end: 'Ends',
  qualifier: 'The start is…',
  dateBasis: 'How the date was worked out',
  lane: 'Lane',
  kinds: 'Kinds',
  assertion: 'On the record, or an allegation?',
  claimedBy: 'Who makes the allegation',
  by: 'Who did or said it',
  citations: 'Citations',
  unsourced: 'No source article yet',
  origin: 'What it came with',
  discrepancies: 'Where the articles disagree',
  relations: 'Links to other events',
  notes: 'Presenter notes',
  outsideKnowledge: 'Not from the articles',
  corrections: 'Corrections',
};

const ARTICLE_FIELDS: Record<string, string> = {
  id: 'Id',
  file: 'File',
  label: 'Label',
  credit: 'Credit',
  dateline: 'Dateline',
  url: 'Web address',
  published: 'Published on',
  notes: 'What the text shows about itself',
};

const STORY_FIELDS: Record<string, string> = {
  title: 'Headline',
  description: 'Standfirst',
  updated: 'Last updated',
  actors: 'Who the story quotes',
  lanes: 'Lanes',
  kinds: 'Kinds',
  landmarks: 'Periods to jump to',
  narratives: 'Story orders',
  sources: 'Articles',
  events: 'Events',
  corrections: 'Corrections to the story',
};

/** The schema's and compiler's words, where they are a developer's, in plainer ones; articles by their labels. */
function plain(message: string, draft: Draft): string {
  if (/expected (string|array|object|number), received undefined/.test(message)) return 'is missing';
  if (/^Invalid option: expected one of/.test(message)) return `must be one of ${message.replace(/^Invalid option: expected one of /, '')}`;
  if (message.startsWith('must be an ISO 8601 date')) return 'must be a year, a month or a day (2014, 2022-10 or 2024-03-25)';
  return message.replace(/ in source "([^"]+)"/g, (_all, id: string) => {
    const label = draft.manifest.find((entry) => entry.id === id)?.label;
    return ` in “${label ?? id}”`;
  });
}

const nth = (index: unknown) => (typeof index === 'number' ? ` ${index + 1}` : '');

export function describeProblem(problem: PlacedProblem, draft: Draft): string {
  const [head, index, field, subIndex, subField] = problem.path;
  const message = plain(problem.message, draft);
  if (head === 'events' && typeof index === 'number') {
    const event = draft.story.events[index];
    const name = event ? `Event “${event.title || event.id}”` : `Event ${index + 1}`;
    if (typeof field !== 'string') return `${name}: ${message}`;
    const where = `${EVENT_FIELDS[field] ?? field}${nth(subIndex)}${typeof subField === 'string' && field === 'discrepancies' ? `, ${subField}` : ''}`;
    return `${name}, ${where}: ${message}`;
  }
  if (head === 'sources' && typeof index === 'number') {
    const article = draft.manifest[index];
    const name = article ? `Article “${article.label || article.file}”` : `Article ${index + 1}`;
    return typeof field === 'string' ? `${name}, ${ARTICLE_FIELDS[field] ?? field}: ${message}` : `${name}: ${message}`;
  }
  if (typeof head === 'string' && head in STORY_FIELDS) return `${STORY_FIELDS[head]}${nth(index)}: ${message}`;
  return problem.line;
}
