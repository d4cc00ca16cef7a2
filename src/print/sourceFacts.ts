import type { Source } from '../data/schema';

/**
 * "Credit: – AFP", "Dateline: LONDON (March 26)": what an article says about itself, for
 * print. Never its file name, which is the archive's bookkeeping and means nothing on paper.
 */
export function sourceFacts(source: Pick<Source, 'credit' | 'dateline'>): string[] {
  return [...(source.credit ? [`Credit: ${source.credit}`] : []), ...(source.dateline ? [`Dateline: ${source.dateline}`] : [])];
}
