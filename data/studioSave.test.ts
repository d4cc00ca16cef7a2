import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { makeCuratedFiles } from '../src/data/fixtures';
import type { Draft, DraftStory } from '../src/studio/draft';
import type { SourceManifestEntry } from '../src/data/schema';
import { compileTimeline } from './compile';
import { compileStoryDir } from './readStory';
import { saveDraftToDir, studioSaveHandler } from './studioSave';

const projectData = fileURLToPath(new URL('.', import.meta.url));

let root: string;
/** A data folder of the test's own, named `data` as the project's is. */
let dir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'studio-save-'));
  dir = join(root, 'data');
  mkdirSync(dir);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const read = (name: string) => readFileSync(join(dir, name), 'utf8');

/** The project's story, copied into the test's folder, and the draft the studio would make of it. */
function copyOfProject(): Draft {
  for (const name of ['events.yaml', 'sources.json', 'sources']) cpSync(join(projectData, name), join(dir, name), { recursive: true });
  const texts = Object.fromEntries(readdirSync(join(dir, 'sources')).map((name) => [name, read(join('sources', name))]));
  return {
    story: parse(read('events.yaml')) as DraftStory,
    manifest: JSON.parse(read('sources.json')) as SourceManifestEntry[],
    texts,
  };
}

/** What `npm run data` compiles from the folder equals what the studio compiles from the draft. */
function expectSameCompile(draft: Draft): void {
  const fromFiles = compileStoryDir(dir);
  expect(fromFiles).toEqual(compileTimeline(draft));
  expect(fromFiles.ok ? [] : fromFiles.problems).toEqual([]);
}

const leftovers = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('saveDraftToDir', () => {
  test('writes a new story into an empty folder, and `npm run data` compiles it as the studio did', () => {
    const draft: Draft = makeCuratedFiles();
    const outcome = saveDraftToDir(dir, draft);
    const articles = Object.keys(draft.texts).map((name) => `data/sources/${name}`);
    expect(outcome).toEqual({ ok: true, written: [...articles, 'data/sources.json', 'data/events.yaml'], unchanged: [] });
    expectSameCompile(draft);
    expect(leftovers()).toEqual([]);
  });

  test("saving the project's own story unchanged writes nothing", () => {
    const draft = copyOfProject();
    const outcome = saveDraftToDir(dir, draft);
    expect(outcome.ok && outcome.written).toEqual([]);
    expect(read('events.yaml')).toBe(readFileSync(join(projectData, 'events.yaml'), 'utf8'));
    expect(read('sources.json')).toBe(readFileSync(join(projectData, 'sources.json'), 'utf8'));
  });

  test('an edited story with a new article compiles from the files as from the draft, comments kept', () => {
    const draft = copyOfProject();
    const [first] = draft.manifest;
    if (!first) throw new Error('the project has no articles');
    const text = `${draft.texts[first.file] ?? ''}\nA late paragraph.`;
    draft.manifest.push({ ...first, id: 'late', file: '005_late.txt', label: 'A late copy' });
    draft.texts['005_late.txt'] = text;
    draft.story.title = 'An edited title';
    const unreferenced = draft.story.events.findIndex(({ id }) => JSON.stringify(draft.story).split(`"${id}"`).length === 2);
    expect(unreferenced).toBeGreaterThan(-1);
    draft.story.events.splice(unreferenced, 1);
    draft.story.events[0]?.citations.push({ source: 'late', quote: 'A late paragraph.' });

    const outcome = saveDraftToDir(dir, draft);
    expect(outcome.ok && outcome.written).toEqual(['data/sources/005_late.txt', 'data/sources.json', 'data/events.yaml']);
    expect(read('sources/005_late.txt')).toBe(text);
    expect(read('events.yaml')).toMatch(/^# The curated story/);
    expectSameCompile(draft);
  });

  test('refuses to rewrite a saved article, naming it, and writes nothing', () => {
    const draft = copyOfProject();
    const [name] = Object.keys(draft.texts);
    if (!name) throw new Error('the project has no articles');
    draft.texts[name] = 'Other words.';
    draft.texts['005_new.txt'] = 'A new article.';
    draft.story.title = 'Not to be saved';

    expect(saveDraftToDir(dir, draft)).toEqual({
      ok: false,
      status: 409,
      problems: [`data/sources/${name} already exists with different text; article files are never rewritten once saved`],
    });
    expect(read('events.yaml')).toBe(readFileSync(join(projectData, 'events.yaml'), 'utf8'));
    expect(existsSync(join(dir, 'sources', '005_new.txt'))).toBe(false);
  });

  test('refuses to save over an events.yaml that does not parse', () => {
    writeFileSync(join(dir, 'events.yaml'), 'title: [half an edit\n');
    const outcome = saveDraftToDir(dir, makeCuratedFiles());
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.status).toBe(409);
    expect(!outcome.ok && outcome.problems[0]).toMatch(/^data\/events\.yaml does not parse/);
    expect(read('events.yaml')).toBe('title: [half an edit\n');
  });

  test.each([
    ['not an object', [], /must be a draft/],
    ['no story', { manifest: [], texts: {} }, /story must be an object/],
    ['a story without events', { story: {}, manifest: [], texts: {} }, /story\.events must be a list/],
    ['a manifest that is not a list', { story: { events: [] }, manifest: {}, texts: {} }, /manifest must be a list/],
    ['a text that is not text', { story: { events: [] }, manifest: [], texts: { 'a.txt': 1 } }, /a\.txt must be the article's text/],
  ])('refuses a body with %s', (_case, body, problem) => {
    const outcome = saveDraftToDir(dir, body);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.status).toBe(400);
    expect(!outcome.ok && outcome.problems.join('\n')).toMatch(problem);
    expect(readdirSync(dir)).toEqual([]);
  });

  test.each(['../escaped.txt', 'sources/../../escaped.txt', '/absolute/escaped.txt', 'notes.md'])('refuses the article name %s', (name) => {
    const draft: Draft = { ...makeCuratedFiles(), texts: { [name]: 'text' } };
    const outcome = saveDraftToDir(dir, draft);
    expect(!outcome.ok && outcome.problems).toEqual([expect.stringContaining(`${JSON.stringify(name)} is not an article file name`)]);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(root, 'escaped.txt'))).toBe(false);
  });
});

describe('studioSaveHandler', () => {
  let server: Server;
  let port: number;
  const logged: string[] = [];

  beforeEach(async () => {
    logged.length = 0;
    server = createServer(studioSaveHandler(dir, { maxBytes: 100_000, log: (message) => logged.push(message) }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  /** Sends a request as a browser or a script would, and reads the JSON answer. */
  function send(
    method: string,
    body: string,
    headers: Record<string, string> = { 'Content-Type': 'application/json' },
  ): Promise<{ status: number; headers: Record<string, unknown>; body: unknown }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method, path: '/', headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) as unknown }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  test('saves a posted draft and answers with the files written', async () => {
    const draft = makeCuratedFiles();
    const answer = await send('POST', JSON.stringify(draft));
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.body).toMatchObject({ ok: true, unchanged: [], written: expect.arrayContaining(['data/events.yaml']) as unknown });
    expect(logged).toEqual([expect.stringMatching(/^Saved from the studio: .*data\/events\.yaml/)]);
    expectSameCompile(draft);
  });

  test('answers a conflict with 409 and the problem', async () => {
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'sources', '002_x.txt'), 'saved text');
    const draft = { ...makeCuratedFiles(), texts: { '002_x.txt': 'other text' } };
    const answer = await send('POST', JSON.stringify(draft));
    expect(answer).toMatchObject({
      status: 409,
      body: {
        ok: false,
        problems: ['data/sources/002_x.txt already exists with different text; article files are never rewritten once saved'],
      },
    });
  });

  test('takes only POST', async () => {
    const answer = await send('GET', '');
    expect(answer).toMatchObject({ status: 405, headers: { allow: 'POST' }, body: { ok: false } });
  });

  test('takes only JSON', async () => {
    const answer = await send('POST', JSON.stringify(makeCuratedFiles()), { 'Content-Type': 'text/plain' });
    expect(answer).toMatchObject({ status: 415, body: { ok: false } });
    expect(readdirSync(dir)).toEqual([]);
  });

  test('refuses a request from another site', async () => {
    const headers = { 'Content-Type': 'application/json', Origin: 'https://elsewhere.example' };
    const answer = await send('POST', JSON.stringify(makeCuratedFiles()), headers);
    expect(answer).toMatchObject({ status: 403, body: { ok: false } });
    expect(readdirSync(dir)).toEqual([]);
  });

  test('takes a request from its own page', async () => {
    const headers = { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}`, 'Sec-Fetch-Site': 'same-origin' };
    expect((await send('POST', JSON.stringify(makeCuratedFiles()), headers)).status).toBe(200);
  });

  test('refuses a body over the limit, whether announced or not', async () => {
    const large = JSON.stringify({ ...makeCuratedFiles(), padding: 'x'.repeat(100_000) });
    const announced = await send('POST', large, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(large)) });
    expect(announced).toMatchObject({
      status: 413,
      body: { ok: false, problems: ['The draft is larger than 100000 bytes; nothing was saved.'] },
    });
    const streamed = await send('POST', large, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
    expect(streamed.status).toBe(413);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('refuses a body that is not JSON', async () => {
    const answer = await send('POST', '{ not json');
    expect(answer).toMatchObject({ status: 400, body: { ok: false, problems: [expect.stringMatching(/^The body is not JSON/)] } });
  });
});
