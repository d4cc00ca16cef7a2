import type { Source } from '../data/schema';

/** "Credit: – AFP", "Dateline: LONDON (March 26)", "File: 002_….txt": what an article says about itself, for print. */
export function sourceFacts(source: Pick<Source, 'credit' | 'dateline' | 'file'>): string[] {
  return [
    ...(source.credit ? [`Credit: ${source.credit}`] : []),
    ...(source.dateline ? [`Dateline: ${source.dateline}`] : []),
    `File: ${source.file}`,
  ];
}
