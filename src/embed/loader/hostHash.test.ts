import { describe, expect, test } from 'vitest';
import { linkedEvent, withLinkedEvent } from './hostHash';

describe('linkedEvent', () => {
  test.each<[string, string, string | null]>([
    ['#news-timeline=uk-sanctions', 'news-timeline', 'uk-sanctions'],
    ['news-timeline=uk-sanctions', 'news-timeline', 'uk-sanctions'],
    ['#section=2&budget=uk-sanctions', 'budget', 'uk-sanctions'],
    ['#budget=uk-sanctions', 'news-timeline', null],
    ['', 'news-timeline', null],
    ['#news-timeline=', 'news-timeline', null],
    ['#news-timeline=%3Cimg%20src%3Dx%3E', 'news-timeline', null],
    ['#news-timeline=UK-Sanctions', 'news-timeline', null],
  ])('%j, embed %j → %j', (hash, name, expected) => {
    expect(linkedEvent(hash, name)).toBe(expected);
  });
});

describe('withLinkedEvent', () => {
  test.each<[string, string | null, string]>([
    ['', 'uk-sanctions', '#news-timeline=uk-sanctions'],
    ['#news-timeline=nz-attribution', 'uk-sanctions', '#news-timeline=uk-sanctions'],
    ['#section=2', 'uk-sanctions', '#section=2&news-timeline=uk-sanctions'],
    ['#section=2&news-timeline=uk-sanctions', null, '#section=2'],
    ['#news-timeline=uk-sanctions', null, ''],
  ])('%j with %j → %j, the host’s own parameters kept', (hash, event, expected) => {
    expect(withLinkedEvent(hash, 'news-timeline', event)).toBe(expected);
  });
});
