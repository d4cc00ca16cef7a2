/** What this folder's tests share: their fixtures, and a compile that must succeed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTimeline, type StoryFiles } from '../../data/compile';
import type { CuratedEvent, Timeline } from '../data/schema';

export const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

export const eventsById = (events: CuratedEvent[]) => new Map(events.map((event) => [event.id, event]));

/** What every imported slide or row carries: the one kind, and no article. */
export const unsourced: Pick<CuratedEvent, 'kinds' | 'citations' | 'unsourced'> = { kinds: ['event'], citations: [], unsourced: true };

/** The files compiled, or the test fails with every problem the compiler found. */
export function compiled(files: StoryFiles): Timeline {
  const result = compileTimeline(files);
  if (!result.ok) throw new Error(`expected the story to compile:\n${result.problems.join('\n')}`);
  return result.timeline;
}
