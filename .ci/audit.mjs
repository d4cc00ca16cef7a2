// `npm run audit`: known advisories in the dependencies that ship to readers
// (`npm audit --omit=dev`). Fails on any advisory. Where the registry's audit
// service cannot be reached (closed networks), says so plainly and does not fail:
// that is "not checked", never "clean".
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 60_000 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}

const counts = report?.metadata?.vulnerabilities;
if (counts && typeof counts.total === 'number') {
  const advisories = Object.values(report.vulnerabilities ?? {}).map(
    (v) =>
      `  ${v.name} (${v.severity}): ${[]
        .concat(v.via)
        .map((via) => (typeof via === 'string' ? via : via.title))
        .join('; ')}`,
  );
  if (counts.total === 0) {
    console.log(`npm audit --omit=dev: no known advisories in ${report.metadata.dependencies?.prod ?? 'the'} production dependencies.`);
    process.exit(0);
  }
  console.error(`npm audit --omit=dev: ${counts.total} advisories:\n${advisories.join('\n')}`);
  process.exit(1);
}

const reason = report?.message ?? report?.error?.summary ?? (run.error ? run.error.message : run.stderr.trim().split('\n').pop());
console.warn(`npm audit --omit=dev: NOT CHECKED, the audit service could not be reached (${reason}). Run it where it can be.`);
