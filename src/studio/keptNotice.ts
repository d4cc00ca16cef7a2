/**
 * A notice that outlives one reload. Saving to the project changes the files the dev server
 * watches, and it reloads the page (the draft is kept in IndexedDB): the journalist should
 * still read what was saved.
 */
const KEY = 'studio-notice';

export function keepNoticeForReload(notice: string): void {
  try {
    sessionStorage.setItem(KEY, notice);
  } catch {
    // Storage refused (a private window): the notice is shown until the reload, as it is anyway.
  }
}

/** The notice kept before a reload, once; empty if there is none. */
export function takeKeptNotice(): string {
  try {
    const notice = sessionStorage.getItem(KEY) ?? '';
    sessionStorage.removeItem(KEY);
    return notice;
  } catch {
    return '';
  }
}
