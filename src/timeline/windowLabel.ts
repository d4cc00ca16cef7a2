import { DAY_MS, formatPartialDate } from '../data/dates';
import type { TimeWindow } from './toTimelineItems';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The visible window in words, as precise as its width makes useful:
 * "2009 to 2031", "June 2021 to March 2022", "19 March 2024 to 2 April 2024".
 */
export function windowLabel({ start, end }: TimeWindow): { from: string; to: string } {
  const days = (end.getTime() - start.getTime()) / DAY_MS;
  const asText = (date: Date) => {
    const year = String(date.getFullYear());
    if (days > 3 * 365) return year;
    const month = `${year}-${pad(date.getMonth() + 1)}`;
    return days > 90 ? month : `${month}-${pad(date.getDate())}`;
  };
  return { from: formatPartialDate(asText(start)), to: formatPartialDate(asText(end)) };
}
