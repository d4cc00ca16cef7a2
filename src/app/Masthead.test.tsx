// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { syntheticTimeline } from '../../e2e/bench/synthetic';
import { Masthead } from './Masthead';

afterEach(cleanup);

test('the kicker counts a large story’s events with a thousands separator, as the rest of the page does', () => {
  const timeline = syntheticTimeline(12_345);
  render(
    <Masthead
      timeline={timeline}
      embedChoice={{ pageUrl: 'https://news.example/', title: timeline.title }}
      shareUrl="?"
      presentUrl="?present"
    />,
  );
  expect(screen.getByText(/^Interactive timeline/).textContent).toBe(
    `Interactive timeline · 12,345 events · ${timeline.sources.length} articles`,
  );
});
