/** The element id of the card quoting `sourceId`, so other views (the coverage grid) can send focus to it. */
export const citationCardId = (sourceId: string) => `citation-${sourceId}`;
