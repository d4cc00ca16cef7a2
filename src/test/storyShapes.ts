import type { DatedEvent } from '../timeline/timeScale';

/** Dates shaped like the built-in story: a decade of run-up, then a burst of events in two days. */
export const RUN_UP_AND_BURST: DatedEvent[] = [
  { start: '2010', end: '2016' },
  { start: '2014', end: '2022' },
  { start: '2021' },
  { start: '2021-10', end: '2022-10' },
  { start: '2022-10' },
  { start: '2023-07' },
  ...Array.from({ length: 12 }, () => ({ start: '2024-03-25' })),
  ...Array.from({ length: 5 }, () => ({ start: '2024-03-26' })),
  { start: '2024-05' },
];
