/**
 * "Save to project" under the dev server (`npm run dev`), against a copy of data/ in a
 * temporary folder (STORY_DATA_DIR): the draft's edits land in events.yaml with its comments
 * kept, a new article lands in sources/, and the folder compiles as the studio compiled it.
 */
import { expect, test } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { parse } from 'yaml';
import { compileStoryDir } from '../data/readStory';

let folder: string;
let server: ViteDevServer;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'studio-save-'));
  for (const name of ['events.yaml', 'sources.json', 'sources']) cpSync(join('data', name), join(folder, name), { recursive: true });
  process.env.STORY_DATA_DIR = folder;
  server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
});

test.afterAll(async () => {
  await server?.close();
  delete process.env.STORY_DATA_DIR;
  rmSync(folder, { recursive: true, force: true });
});

test('under the dev server, the studio saves its draft into the project’s data folder', async ({ page }) => {
  test.setTimeout(120_000);
  const before = readFileSync(join(folder, 'events.yaml'), 'utf8');
  await page.goto(`${server.resolvedUrls!.local[0]}?studio`);
  await page.getByRole('button', { name: 'Open the built-in story' }).click();

  await page
    .getByRole('list', { name: 'Events in this story' })
    .getByRole('button', { name: /sanctions several UK MPs/ })
    .click();
  const summary =
    'China sanctioned several UK MPs in 2021, among them Iain Duncan Smith, over their criticism of what AFP calls alleged human rights abuses.';
  await page.getByLabel('Summary', { exact: true }).fill(summary);
  await page.getByLabel('Label', { exact: true }).last().fill('Studio test note');
  await page.getByLabel('Paste its text').fill('A note added in the studio, on Monday.');
  await page.getByRole('button', { name: 'Add pasted text' }).click();

  await page.getByRole('button', { name: 'Save to project' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to the project' })).toContainText('events.yaml');

  const after = readFileSync(join(folder, 'events.yaml'), 'utf8');
  const saved = parse(after) as { events: { id: string; summary: string }[] };
  expect(saved.events.find((event) => event.id === 'china-sanctions-uk-mps')?.summary).toBe(summary);
  // The curator's comments are still there, and only the edited event changed.
  expect(after.split('\n').slice(0, 20)).toEqual(before.split('\n').slice(0, 20));
  expect(after.split('\n').filter((line) => !before.includes(line)).length).toBeLessThanOrEqual(3);
  expect(existsSync(join(folder, 'sources', '005_studio-test-note.txt'))).toBe(true);
  const compiled = compileStoryDir(folder);
  expect(compiled.ok && compiled.timeline.sources.map((source) => source.label)).toContain('Studio test note');

  // The page reloaded as the dev server saw its files change; the draft, and the notice, are still there.
  await expect(page.getByRole('list', { name: 'Articles in this story' }).getByRole('button', { name: 'Studio test note' })).toBeVisible();
  await page.getByRole('button', { name: 'Save to project' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to the project: nothing had changed.' })).toBeVisible();
});
