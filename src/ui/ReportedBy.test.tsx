// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { ReportedBy } from './ReportedBy';

afterEach(cleanup);

test.each<[number, number, string]>([
  [2, 5, 'Reported by 2 of 5 articles'],
  [1, 5, 'Reported by 1 of 5 articles (single source)'],
  [1, 1, 'Reported by 1 of 1 article (single source)'],
  [0, 3, 'Reported by 0 of 3 articles'],
])('%i of %i: %j', (count, total, words) => {
  const { container } = render(<ReportedBy count={count} total={total} />);
  expect(container.textContent).toBe(words);
});
