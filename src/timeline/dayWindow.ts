/**
 * The timeline's window as the URL keeps it: whole days. The timeline shows a window
 * to the millisecond; two windows are the same view when they fall on the same days,
 * so a window read back from the URL never nudges one the reader has just set.
 */
export interface TimeWindow {
  start: Date;
  end: Date;
}

/** Inclusive ISO days, YYYY-MM-DD. */
export interface DayWindow {
  from: string;
  to: string;
}

/** A local date as YYYY-MM-DD. */
export function toIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight of an ISO day. */
function fromIsoDay(day: string): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const midnight = new Date(0);
  midnight.setFullYear(year, month - 1, date);
  midnight.setHours(0, 0, 0, 0);
  return midnight;
}

export function toDayWindow(window: TimeWindow): DayWindow {
  return { from: toIsoDay(window.start), to: toIsoDay(window.end) };
}

export function toTimeWindow(window: DayWindow): TimeWindow {
  return { start: fromIsoDay(window.from), end: fromIsoDay(window.to) };
}

export function sameDays(a: DayWindow | null, b: DayWindow | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}
