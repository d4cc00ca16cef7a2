/**
 * `npm run data`: compiles the story, reports every problem and exits non-zero if there is
 * one, and refreshes the published JSON Schema.
 * `npm run data -- --check` (what `npm test` runs) changes no file: a committed schema that
 * differs from the one the code gives is a problem like any other.
 * `npm run data -- --dir DIR` compiles another story folder, such as an import.
 * `npm run data -- import FILE [--out DIR]` brings a TimelineJS3 or spreadsheet file in.
 * `npm run data -- export FORMAT [--out FILE] [--dir DIR]` writes the story in another format.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { JSON_SCHEMA_FILE, timelineJsonSchema } from './jsonSchema.ts';
import { compileCommand, defaultImportDir, exportCommand, importCommand, type Log } from './storyCommands.ts';

const dataDir = dirname(fileURLToPath(import.meta.url));
const log: Log = { info: (line) => console.log(line), error: (line) => console.error(line) };

const USAGE = `Usage:
  npm run data                                   compile the story in data/ (every event sourced)
  npm run data -- --check                        the same, changing no file
  npm run data -- --dir DIR                      compile the story in DIR, writing DIR/timeline.json
  npm run data -- import FILE [--out DIR]        bring a TimelineJS3 (.json or .csv), spreadsheet (.csv)
                                                 or published timeline (.json) into DIR
  npm run data -- export FORMAT [--out FILE] [--dir DIR]
                                                 FORMAT: timelinejs, timelinejs-csv, csv, jsonld`;

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { check: { type: 'boolean' }, dir: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    log.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = args;
  const [command, argument] = positionals;
  const dir = values.dir === undefined ? dataDir : resolve(values.dir);
  if (values.help) {
    log.info(USAGE);
    return 0;
  }
  if (command === 'import') {
    if (!argument) {
      log.error(`Import what? Give a file.\n\n${USAGE}`);
      return 1;
    }
    return importCommand(argument, values.out === undefined ? defaultImportDir(dataDir, argument) : resolve(values.out), log);
  }
  if (command === 'export') return exportCommand(argument, dir, values.out, log);
  if (command !== undefined) {
    log.error(`Unknown command "${command}".\n\n${USAGE}`);
    return 1;
  }

  const builtIn = dir === dataDir;
  const check = values.check === true;
  let code = compileCommand(dir, { builtIn, check }, log);
  if (builtIn) {
    const schemaPath = join(dataDir, JSON_SCHEMA_FILE);
    const schema = timelineJsonSchema();
    if (!check) writeFileSync(schemaPath, schema);
    else if (readFileSync(schemaPath, 'utf8') !== schema) {
      log.error(`\n  ✗ data/${JSON_SCHEMA_FILE} is stale: run \`npm run data\` and commit the result\n`);
      code = 1;
    }
  }
  return code;
}

process.exitCode = main();
