import { formatPartialDate } from '../data/dates';
import type { Segment } from './timeScale';

/** Real time, ms: [from, until). */
type Span = Pick<Segment, 'from' | 'until'>;

const pad = (n: number) => String(n).padStart(2, '0');
const month = (ms: number) => {
  const date = new Date(ms);
  return formatPartialDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}`, 'short');
};
const day = (ms: number) => {
  const date = new Date(ms);
  return formatPartialDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`, 'short');
};

/** "Feb 2011 – Nov 2013": the months a cut leaves out. */
export function cutLabel(cut: Span): string {
  return `${month(cut.from)} – ${month(cut.until - 1)}`;
}

/** "25–26 Mar 2024", "30 Mar – 2 Apr 2024", "30 Dec 2023 – 2 Jan 2024": the days a burst spans. */
export function burstLabel(burst: Span): string {
  const first = new Date(burst.from);
  const last = new Date(burst.until - 1);
  const [firstDay, lastDay] = [day(burst.from), day(burst.until - 1)];
  if (firstDay === lastDay) return firstDay;
  if (first.getFullYear() !== last.getFullYear()) return `${firstDay} – ${lastDay}`;
  if (first.getMonth() !== last.getMonth()) return `${firstDay.replace(/ \d+$/, '')} – ${lastDay}`;
  return `${first.getDate()}–${lastDay}`;
}
