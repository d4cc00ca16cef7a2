/**
 * Synthetic stories for the benchmark, in the app's own compiled schema: a
 * deterministic mix of day points, month and year ranges, four lanes, several
 * kinds and one or two citations per event, with offsets that really match.
 * The result passes the app's own validation (checked in synthetic.test.ts).
 */
import type { Timeline } from '../../src/data/schema';

/** A small deterministic generator (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANES = ['uk', 'us', 'nz', 'china'];
const KINDS = ['breach', 'attribution', 'sanctions', 'denial', 'context'];
const WORDS =
  'ministry hackers sanctions embassy parliament campaign election register minister accounts agency statement court network data officials spokesperson report'.split(
    ' ',
  );

const pad = (n: number) => String(n).padStart(2, '0');

export function syntheticTimeline(count: number, seed = 1): Timeline {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  const sentence = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join(' ');

  // One long article per source: every quote is a sentence of it, found at its offset.
  const sources = Array.from({ length: 5 }, (_, s) => {
    const paragraphs = Array.from({ length: 200 }, (_, p) => `Paragraph ${p} of source ${s}: ${sentence(9)}.`);
    return { id: `source-${s}`, file: `source-${s}.txt`, label: `Synthetic source ${s}`, text: paragraphs.join('\n') };
  });

  const events = Array.from({ length: count }, (_, i) => {
    const year = 2000 + Math.floor(next() * 25);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const shape = next();
    const start = shape < 0.6 ? `${year}-${pad(month)}-${pad(day)}` : shape < 0.85 ? `${year}-${pad(month)}` : String(year);
    const end = shape > 0.92 ? String(Math.min(year + 1 + Math.floor(next() * 4), 2026)) : undefined;
    const citations = Array.from({ length: 1 + Math.floor(next() * 2) }, () => {
      const source = pick(sources);
      const paragraph = Math.floor(next() * 200);
      const lines = source.text.split('\n');
      const offset = lines.slice(0, paragraph).reduce((sum, line) => sum + line.length + 1, 0);
      const text = lines[paragraph]!;
      // Trimmed, as the schema has it and the app's own tools write it.
      return { source: source.id, quote: text.slice(0, 40).trimEnd(), offset, paragraph: { offset, text } };
    });
    return {
      id: `event-${i}`,
      title: `Event ${i}: ${sentence(4)}`,
      summary: sentence(12),
      start,
      ...(end !== undefined && { end }),
      dateBasis: 'Synthetic.',
      lane: pick(LANES),
      kinds: [pick(KINDS)],
      citations,
    };
  });

  return {
    schemaVersion: 1,
    title: `Synthetic story, ${count} events`,
    description: 'Generated for the benchmark.',
    lanes: LANES.map((id) => ({ id, label: id.toUpperCase() })),
    kinds: KINDS.map((id) => ({ id, label: id })),
    sources,
    events,
  };
}
