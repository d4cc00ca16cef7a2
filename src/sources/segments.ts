/** Splits text into plain and highlighted runs, so quotes are marked without any HTML. */

export interface Segment {
  text: string;
  highlighted: boolean;
}

export interface Range {
  /** Start, as a string index into the text. */
  start: number;
  length: number;
}

/** Runs of `text` with each range highlighted; ranges may overlap or fall partly outside. */
export function highlightSegments(text: string, ranges: Range[]): Segment[] {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const { start, length } of ranges) {
    for (let i = Math.max(0, start); i < Math.min(text.length, start + length); i++) marked[i] = true;
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1];
    if (last && last.highlighted === marked[i]) last.text += text[i];
    else segments.push({ text: text[i] ?? '', highlighted: marked[i] ?? false });
  }
  return segments;
}

/** The paragraphs of an article with their offsets; blank lines are dropped. */
export function paragraphs(text: string): { offset: number; text: string }[] {
  const result: { offset: number; text: string }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') result.push({ offset, text: line });
    offset += line.length + 1;
  }
  return result;
}
