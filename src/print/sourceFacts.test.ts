import { describe, expect, test } from 'vitest';
import type { Source } from '../data/schema';
import { sourceFacts } from './sourceFacts';

describe('sourceFacts', () => {
  test.each<[Pick<Source, 'credit' | 'dateline' | 'file'>, string[]]>([
    [{ credit: '– AFP', dateline: 'LONDON (March 26)', file: 'a.txt' }, ['Credit: – AFP', 'Dateline: LONDON (March 26)', 'File: a.txt']],
    [{ credit: '/BGNES', file: 'b.txt' }, ['Credit: /BGNES', 'File: b.txt']],
    [{ dateline: 'LONDON', file: 'c.txt' }, ['Dateline: LONDON', 'File: c.txt']],
    [{ file: 'd.txt' }, ['File: d.txt']],
  ])('%j → %j', (source, facts) => {
    expect(sourceFacts(source)).toEqual(facts);
  });
});
