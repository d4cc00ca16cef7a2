/**
 * Splits text into runs marked as quotes and as search hits, so both are shown
 * without any HTML: each run becomes a text node or a <mark>.
 */

export interface Segment {
  text: string;
  /** Inside a quoted range. */
  highlighted: boolean;
  /** Inside a search match. */
  matched: boolean;
}

export interface Range {
  /** Start, as a string index into the text. */
  start: number;
  length: number;
}

function coverage(length: number, ranges: Range[]): boolean[] {
  const covered = new Array<boolean>(length).fill(false);
  for (const { start, length: size } of ranges) {
    for (let i = Math.max(0, start); i < Math.min(length, start + size); i++) covered[i] = true;
  }
  return covered;
}

/** Runs of `text` with quote ranges and search matches marked; ranges may overlap or fall partly outside. */
export function highlightSegments(text: string, ranges: Range[], matches: Range[] = []): Segment[] {
  const highlighted = coverage(text.length, ranges);
  const matched = coverage(text.length, matches);
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1];
    const h = highlighted[i] ?? false;
    const m = matched[i] ?? false;
    if (last && last.highlighted === h && last.matched === m) last.text += text[i];
    else segments.push({ text: text[i] ?? '', highlighted: h, matched: m });
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
