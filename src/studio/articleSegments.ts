/**
 * An article cut into what the studio draws: its lines (paragraphs), each in runs of text
 * that are marked alike (cited by the open event, a date mention, the words picked to cite).
 * Every run knows its offset in the article, which is how a selection on screen becomes
 * offsets in the text.
 */

export type Mark = 'cited' | 'mention' | 'picked';

export interface Range {
  start: number;
  end: number;
  mark: Mark;
}

export interface Run {
  offset: number;
  text: string;
  marks: Mark[];
}

export interface Line {
  offset: number;
  runs: Run[];
}

export function articleLines(text: string, ranges: Range[]): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const end = offset + line.length;
    if (line.trim() !== '') lines.push({ offset, runs: runsOf(text, offset, end, ranges) });
    offset = end + 1;
  }
  return lines;
}

function runsOf(text: string, start: number, end: number, ranges: Range[]): Run[] {
  const inside = ranges.filter((range) => range.start < end && range.end > start);
  const cuts = new Set([start, end]);
  for (const range of inside) {
    cuts.add(Math.max(start, range.start));
    cuts.add(Math.min(end, range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const marks = inside.filter((range) => range.start <= from && range.end >= to).map((range) => range.mark);
    runs.push({ offset: from, text: text.slice(from, to), marks: [...new Set(marks)] });
  }
  return runs;
}
