/**
 * `npm run data`: compiles the story, reports every problem and exits non-zero
 * if there is one, and refreshes the published JSON Schema.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_FILE, timelineJsonSchema } from './jsonSchema.ts';
import { compileStoryDir } from './readStory.ts';

const dataDir = dirname(fileURLToPath(import.meta.url));
const result = compileStoryDir(dataDir);

writeFileSync(join(dataDir, JSON_SCHEMA_FILE), timelineJsonSchema());

if (!result.ok) {
  console.error(`\nThe story data has ${result.problems.length} problem(s):\n`);
  for (const problem of result.problems) console.error(`  ✗ ${problem}`);
  console.error('\nNo timeline was published. Fix the data above and run again.\n');
  process.exit(1);
}

const { events, sources } = result.timeline;
const citations = events.reduce((n, event) => n + event.citations.length, 0);
console.log(`✓ ${events.length} events, ${citations} citations from ${sources.length} sources: every quote found verbatim.`);
