import { afterEach, describe, expect, test, vi } from 'vitest';
import { emptyDraft } from './draft';
import { SAVE_TO_PROJECT_PATH, SAVE_TO_PROJECT_UNAVAILABLE, saveToProject } from './saveToProject';

function answer(status: number, body: unknown, statusText = ''): typeof fetch {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return vi.fn(async () => new Response(text, { status, statusText, headers: { 'Content-Type': 'application/json' } }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('saveToProject', () => {
  test('posts the draft as JSON to the dev server', async () => {
    const fetch = answer(200, { ok: true, written: ['data/events.yaml'], unchanged: [] });
    vi.stubGlobal('fetch', fetch);
    const draft = emptyDraft();
    await saveToProject(draft);
    expect(fetch).toHaveBeenCalledWith(SAVE_TO_PROJECT_PATH, expect.objectContaining({ method: 'POST', body: JSON.stringify(draft) }));
    const init = vi.mocked(fetch).mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
  });

  test('returns the files written and those already saved', async () => {
    vi.stubGlobal('fetch', answer(200, { ok: true, written: ['data/events.yaml'], unchanged: ['data/sources.json'] }));
    expect(await saveToProject(emptyDraft())).toEqual({ ok: true, written: ['data/events.yaml'], unchanged: ['data/sources.json'] });
  });

  test("returns the server's problems when it refuses the draft", async () => {
    const problems = ['data/sources/002_x.txt already exists with different text; article files are never rewritten once saved'];
    vi.stubGlobal('fetch', answer(409, { ok: false, problems }, 'Conflict'));
    expect(await saveToProject(emptyDraft())).toEqual({ ok: false, problems });
  });

  test.each([
    ['the network fails', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))],
    ['there is no such endpoint (a build, not npm run dev)', answer(404, 'Not Found')],
    ['a host answers POST with 405', answer(405, '')],
    ['a host answers with its own page', answer(200, '<!doctype html><title>Timeline</title>')],
  ])('says it works only under npm run dev when %s', async (_case, fetch) => {
    vi.stubGlobal('fetch', fetch);
    expect(await saveToProject(emptyDraft())).toEqual({ ok: false, problems: [SAVE_TO_PROJECT_UNAVAILABLE] });
  });

  test('says how the server answered when it fails without saying why', async () => {
    vi.stubGlobal('fetch', answer(500, 'Internal Server Error', 'Internal Server Error'));
    expect(await saveToProject(emptyDraft())).toEqual({
      ok: false,
      problems: ['Save to project failed: the dev server answered 500 Internal Server Error.'],
    });
  });
});
