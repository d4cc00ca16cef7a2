/**
 * Guards on the code itself, for what no single behaviour test can show: that data
 * never reaches the page as HTML, nothing is evaluated, and an embedded page only
 * ever posts messages to its host, never reaches into it.
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

const files = [...sourceFiles(join(root, 'src')), join(root, 'public/embed.js')];

describe('shipped code', () => {
  test.each([
    ['innerHTML / outerHTML', /\b(inner|outer)HTML\b/],
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write/],
    ['eval', /\beval\s*\(/],
    ['new Function', /new\s+Function\s*\(/],
    ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
    ['window.top', /window\.top\b/],
  ])('never uses %s', (_, pattern) => {
    const offenders = files.filter((file) => pattern.test(code(file))).map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  test('touches its host page only to compare windows and post messages', () => {
    const uses = files.flatMap((file) =>
      [...code(file).matchAll(/window\.parent\b(\s*\.\s*\w+)?/g)].map((match) => `${relative(root, file)}: ${match[0].replace(/\s/g, '')}`),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use).toMatch(/window\.parent(\.postMessage)?$/);
  });
});
