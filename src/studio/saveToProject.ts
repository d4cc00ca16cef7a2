/**
 * "Save to project": the studio sends its draft to the dev server, which writes it into the
 * project's data/ folder (events.yaml, sources.json and new articles; see data/studioSave.ts).
 * The endpoint exists only under `npm run dev`: anywhere else this says so, and the curator
 * downloads the draft instead. Browser code only: the dev server imports the path from here.
 */
import type { Draft } from './draft';

/** Where the dev server takes a draft to save (POST, JSON). */
export const SAVE_TO_PROJECT_PATH = '/__studio/save';

export const SAVE_TO_PROJECT_UNAVAILABLE = 'Save to project works only under npm run dev; download the draft instead.';

/** What a save came to: the files written (under data/) and those already as the draft has them, or why nothing was saved. */
export type SaveToProjectResult = { ok: true; written: string[]; unchanged: string[] } | { ok: false; problems: string[] };

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function isSaveResult(value: unknown): value is SaveToProjectResult {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Record<string, unknown>;
  if (result.ok === true) return isStringList(result.written) && isStringList(result.unchanged);
  return result.ok === false && isStringList(result.problems) && result.problems.length > 0;
}

const unavailable = (): SaveToProjectResult => ({ ok: false, problems: [SAVE_TO_PROJECT_UNAVAILABLE] });

/** Sends the draft to the dev server to be written into data/. Never rejects: a failure comes back as problems to show. */
export async function saveToProject(draft: Draft): Promise<SaveToProjectResult> {
  let response: Response;
  try {
    response = await fetch(SAVE_TO_PROJECT_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(draft),
      credentials: 'same-origin',
    });
  } catch {
    return unavailable();
  }
  // No such endpoint: a production build, `vite preview` or a static host.
  if (response.status === 404 || response.status === 405) return unavailable();
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isSaveResult(body) && body.ok === response.ok) return body;
  // A page that answers anything with 200 (a host's fallback page) has no endpoint either.
  if (response.ok) return unavailable();
  const status = [response.status, response.statusText].filter(Boolean).join(' ');
  return { ok: false, problems: [`Save to project failed: the dev server answered ${status}.`] };
}
