/**
 * A guard on the code itself, for what no behaviour test and no lint rule can show:
 * an embedded page only ever posts messages to its host, never reaches into it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Code with comments removed, so a comment that names a danger is not mistaken for one. */
const code = (path: string) =>
  readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

// The embed loader (embed.js) is built from src/embed/loader, so it is among them.
const files = sourceFiles(join(root, 'src'));

describe('shipped code', () => {
  // Markup, evaluation and window.top are lint rules (eslint.config.js); what a rule cannot say is checked here.
  test('touches its host page only to compare windows and post messages', () => {
    const uses = files.flatMap((file) =>
      [...code(file).matchAll(/window\.parent\b(\s*\.\s*\w+)?/g)].map((match) => `${relative(root, file)}: ${match[0].replace(/\s/g, '')}`),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use).toMatch(/window\.parent(\.postMessage)?$/);
  });
});
