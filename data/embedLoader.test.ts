import { relative } from 'node:path';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { bundleEmbedLoader } from './embedLoader';

describe('bundleEmbedLoader', () => {
  test('makes one small classic script of the loader and the contracts it shares, nothing of the app or its libraries', async () => {
    const { code, modules } = await bundleEmbedLoader();
    const sources = modules.map((id) => relative(process.cwd(), id));
    expect(sources).toContain('src/embed/loader/embed.ts');
    for (const source of sources) expect(source).toMatch(/^src\/(embed\/(loader\/\w+|contract|messages)|data\/(contract|idPattern))\.ts$/);
    // A classic script: an import or export would not even parse outside a module.
    expect(() => new Script(code)).not.toThrow();
    expect(code).toMatch(/^\(function\(\)\{[\s\S]*\}\)\(\);\s*$/);
    expect(gzipSync(code).length).toBeLessThan(2048);
  }, 30_000);
});
