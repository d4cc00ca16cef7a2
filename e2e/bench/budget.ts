/**
 * `npm run budget`: the JavaScript and CSS a reader downloads before the first
 * paint (what the built index.html loads: its entry script, the modules it
 * preloads and its style sheets), gzipped as a host would serve them, against a
 * budget. Code split into chunks that load on demand is listed but not counted, and
 * so is the embed loader, which host pages load, not readers of the page itself.
 *
 * Fails when the first load grows past BUDGET_KIB, the performance target: code
 * that is not needed for the first paint belongs in a chunk loaded on demand.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LOADER_FILE } from '../../src/embed/contract.ts';

const BUDGET_KIB = 200;

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');

/**
 * Files index.html loads before anything runs: `src` of scripts, `href` of module preloads and
 * style sheets; not what is inside <noscript>, which a browser that runs script never loads.
 */
export function firstLoadFiles(html: string): string[] {
  const files = new Set<string>();
  for (const tag of html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '').match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && !/\btype="(?!module")[^"]*"/.test(tag);
    const isPreload = /\brel="(modulepreload|stylesheet)"/.test(tag);
    const url = /\b(?:src|href)="([^"]+\.(?:js|css))"/.exec(tag)?.[1];
    if (url && (isScript || isPreload)) files.add(url.replace(/^\//, ''));
  }
  return [...files];
}

const kib = (bytes: number) => bytes / 1024;
const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file))).length;

function main() {
  if (!existsSync(join(dist, 'index.html'))) execSync('npx vite build', { cwd: root, stdio: 'ignore' });
  const first = firstLoadFiles(readFileSync(join(dist, 'index.html'), 'utf8'));
  const later = readdirSync(join(dist, 'assets'))
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => `assets/${file}`)
    .filter((file) => !first.includes(file));

  let total = 0;
  console.log('First load (gzip):');
  for (const file of first) {
    const size = gzipped(file);
    total += size;
    console.log(`  ${kib(size).toFixed(1).padStart(7)} KiB  ${file}`);
  }
  console.log(`  ${kib(total).toFixed(1).padStart(7)} KiB  in all (budget ${BUDGET_KIB} KiB)`);
  console.log('On demand (gzip):');
  for (const file of later) console.log(`  ${kib(gzipped(file)).toFixed(1).padStart(7)} KiB  ${file}`);
  // Not in the budget: the page itself, prerendered, with the story inlined and its text version.
  console.log('The page (gzip, not in the budget):');
  console.log(
    `  ${kib(gzipped('index.html')).toFixed(1).padStart(7)} KiB  index.html (the prerendered pages, the story inlined, the text version)`,
  );
  console.log('On host pages (gzip):');
  console.log(`  ${kib(gzipped(LOADER_FILE)).toFixed(1).padStart(7)} KiB  ${LOADER_FILE}`);

  if (kib(total) > BUDGET_KIB) {
    console.error(`Bundle budget exceeded: the first load is ${kib(total).toFixed(1)} KiB, over ${BUDGET_KIB} KiB.`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
