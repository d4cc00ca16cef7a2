/**
 * `npm run data`: compiles the story, reports every problem and exits non-zero
 * if there is one, and refreshes the published JSON Schema.
 * `npm run data -- --check` (what `npm test` runs) changes no file: a committed
 * schema that differs from the one the code gives is a problem like any other.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCoverage } from './coverageReport.ts';
import { JSON_SCHEMA_FILE, timelineJsonSchema } from './jsonSchema.ts';
import { compileStoryDir } from './readStory.ts';

const dataDir = dirname(fileURLToPath(import.meta.url));
const checkOnly = process.argv.includes('--check');
const result = compileStoryDir(dataDir);
const problems = result.ok ? [] : [...result.problems];

const schemaPath = join(dataDir, JSON_SCHEMA_FILE);
const schema = timelineJsonSchema();
if (!checkOnly) writeFileSync(schemaPath, schema);
else if (readFileSync(schemaPath, 'utf8') !== schema)
  problems.push(`data/${JSON_SCHEMA_FILE} is stale: run \`npm run data\` and commit the result`);

if (!result.ok || problems.length > 0) {
  console.error(`\nThe story data has ${problems.length} problem(s):\n`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  console.error('\nNo timeline was published. Fix the data above and run again.\n');
  process.exit(1);
}

const { events, sources } = result.timeline;
const citations = events.reduce((n, event) => n + event.citations.length, 0);
console.log(`✓ ${events.length} events, ${citations} citations from ${sources.length} sources: every quote found verbatim.`);

// Information only: whatever it finds, or if it fails, the exit code stays the compile's.
try {
  console.log(`\n${formatCoverage(result.timeline).join('\n')}`);
} catch (error) {
  console.log(`\n(The date-mention report could not be made: ${error instanceof Error ? error.message : String(error)})`);
}
