import { describe, expect, test } from 'vitest';
import type { Source } from '../data/schema';
import { sourceFacts } from './sourceFacts';

describe('sourceFacts', () => {
  test.each<[Pick<Source, 'credit' | 'dateline' | 'file'>, string[]]>([
    [{ credit: '– AFP', dateline: 'LONDON (March 26)', file: 'a.txt' }, ['Credit: – AFP', 'Dateline: LONDON (March 26)']],
    [{ credit: '/BGNES', file: 'b.txt' }, ['Credit: /BGNES']],
    [{ dateline: 'LONDON', file: 'c.txt' }, ['Dateline: LONDON']],
    [{ file: 'd.txt' }, []],
  ])('%j → %j (never the file name)', (source, facts) => {
    expect(sourceFacts(source)).toEqual(facts);
  });
});
