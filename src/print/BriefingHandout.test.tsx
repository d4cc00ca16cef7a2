// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { makeTimeline } from '../data/fixtures';
import type { Narrative } from '../data/schema';
import { BriefingHandout } from './BriefingHandout';

// makeTimeline(): "A small test story", described "Three events from two short articles."

afterEach(cleanup);

const handout = () => screen.getByRole('region', { name: 'Chronology with sources' });

describe('BriefingHandout', () => {
  const timeline = makeTimeline();
  const narrative: Narrative = {
    id: 'charges',
    title: 'The charges',
    description: 'From the intrusion to the charges.',
    steps: [{ event: 'intrusion' }, { event: 'charges-filed' }],
  };
  const narrated = timeline.events.filter((e) => e.id !== 'campaign-begins');

  test('a narrative: headed by its title and description, under the story’s title', () => {
    render(<BriefingHandout timeline={timeline} narrative={narrative} events={narrated} />);
    expect(within(handout()).getByRole('heading', { level: 1 }).textContent).toBe('The charges');
    expect(within(handout()).getByText('A small test story')).toBeInTheDocument();
    expect(within(handout()).getByText('From the intrusion to the charges.')).toBeInTheDocument();
    expect(within(handout()).queryByText('Three events from two short articles.')).toBeNull();
    expect(within(handout()).getAllByRole('article')).toHaveLength(2);
  });

  test('a narrative without a description: no standfirst, not even the story’s', () => {
    const { description: _, ...bare } = narrative;
    render(<BriefingHandout timeline={timeline} narrative={bare} events={narrated} />);
    expect(within(handout()).getByRole('heading', { level: 1 }).textContent).toBe('The charges');
    expect(within(handout()).queryByText('Three events from two short articles.')).toBeNull();
  });

  test('the whole story: headed by the story’s title and description', () => {
    render(<BriefingHandout timeline={timeline} events={timeline.events} />);
    expect(within(handout()).getByRole('heading', { level: 1 }).textContent).toBe('A small test story');
    expect(within(handout()).getByText('Three events from two short articles.')).toBeInTheDocument();
    expect(within(handout()).getAllByRole('article')).toHaveLength(3);
  });

  test('a step with a title of its own prints it above the event’s title, as the room saw it', () => {
    const titled: Narrative = { ...narrative, steps: [{ event: 'intrusion' }, { event: 'charges-filed', title: 'Seven charged at last' }] };
    render(<BriefingHandout timeline={timeline} narrative={titled} events={narrated} />);
    const [intrusion, charges] = within(handout()).getAllByRole('article');
    expect(within(charges!).getByRole('heading', { level: 3 }).textContent).toBe('Seven people charged');
    const printed = charges!.textContent;
    expect(printed.indexOf('Seven charged at last')).toBeGreaterThan(-1);
    expect(printed.indexOf('Seven charged at last')).toBeLessThan(printed.indexOf('Seven people charged'));
    // A step without a title of its own prints the event's title once, and nothing above it.
    expect(within(intrusion!).getAllByText('The intrusion')).toHaveLength(1);
    expect(intrusion!.textContent).toContain('United Kingdom · Reported by 1 of 2 articles (single source)The intrusion');
  });
});
