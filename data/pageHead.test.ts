import { describe, expect, test } from 'vitest';
import { makeTimeline } from '../src/data/fixtures';
import { storyJsonLd } from './pageHead';

describe('storyJsonLd', () => {
  const story = makeTimeline();
  const list = storyJsonLd(story) as {
    itemListElement: {
      position: number;
      item: { '@type': string; name: string; startDate: string; endDate?: string; subjectOf: { name: string }[] };
    }[];
  };

  test('every event, in order, as a schema.org Event with its dates as the articles give them', () => {
    expect(list.itemListElement.map((entry) => entry.position)).toEqual(story.events.map((_, i) => i + 1));
    list.itemListElement.forEach(({ item }, i) => {
      const event = story.events[i]!;
      expect(item).toMatchObject({ '@type': 'Event', name: event.title, startDate: event.start });
      expect(item.endDate).toBe(event.end);
    });
  });

  test('each event names the articles that report it, once each', () => {
    list.itemListElement.forEach(({ item }, i) => {
      const cited = [...new Set(story.events[i]!.citations.map((citation) => citation.source))];
      expect(item.subjectOf.map((article) => article.name)).toEqual(
        cited.map((id) => story.sources.find((source) => source.id === id)!.label),
      );
    });
  });
});
