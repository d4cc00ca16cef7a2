/** Where in the studio a problem's path (from the compiler) is edited: which event or article, and which field. */

export interface ProblemPlace {
  event?: number;
  article?: number;
  /** The id of the field's control in the studio (see fieldId). */
  field: string;
}

/** The id of a field's control: `studio-event-title`, `studio-citation-2`, `studio-article-label`, `studio-story-title`. */
export function fieldId(area: 'story' | 'event' | 'article' | 'citation' | 'discrepancy', name: string | number): string {
  return `studio-${area}-${name}`;
}

export function placeOf(path: PropertyKey[]): ProblemPlace | null {
  const [head, index, field, subIndex] = path;
  if (head === 'events' && typeof index === 'number') {
    if (field === 'citations' && typeof subIndex === 'number') return { event: index, field: fieldId('citation', subIndex) };
    if (field === 'discrepancies' && typeof subIndex === 'number') {
      return { event: index, field: fieldId('discrepancy', `${subIndex}-${path[4] === 'note' ? 'note' : 'topic'}`) };
    }
    return { event: index, field: fieldId('event', typeof field === 'string' ? field : 'title') };
  }
  if (head === 'sources' && typeof index === 'number') {
    return { article: index, field: fieldId('article', typeof field === 'string' && field !== 'file' ? field : 'label') };
  }
  if (head === 'title' || head === 'description') return { field: fieldId('story', head) };
  return null;
}
