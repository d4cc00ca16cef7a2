import { describe, expect, test } from 'vitest';
import { frameAddress } from './frameAddress';

const BASE = 'https://news.example/timeline/embed.js';

describe('frameAddress', () => {
  test.each<[string | null, string | null, string, string]>([
    [null, null, 'https://news.example/timeline/?embed=1', 'no data-src: the embed beside the loader'],
    ['', null, 'https://news.example/timeline/?embed=1', 'an empty data-src counts as none'],
    ['https://other.example/t/', null, 'https://other.example/t/?embed=1', 'always in embed mode'],
    ['./?embed&theme=dark', null, 'https://news.example/timeline/?embed=1&theme=dark', 'relative to the loader, options kept'],
    [null, 'uk-sanctions', 'https://news.example/timeline/?embed=1#event=uk-sanctions', 'the linked event in the hash'],
    [
      '/timeline/?embed=1#lane=uk,us&from=2024-03-20&to=2024-03-31',
      'uk-sanctions',
      'https://news.example/timeline/?embed=1#lane=uk,us&from=2024-03-20&to=2024-03-31&event=uk-sanctions',
      'beside the view data-src chose',
    ],
    [
      '/timeline/?embed=1#event=nz-attribution',
      'uk-sanctions',
      'https://news.example/timeline/?embed=1#event=uk-sanctions',
      'the link wins',
    ],
    [
      '/timeline/?embed=1&theme=dark&event=nz-attribution&lanes=nz,uk&kinds=denial&from=2024-03-20&to=2024-03-31',
      'uk-sanctions',
      'https://news.example/timeline/?embed=1&theme=dark#event=uk-sanctions&lane=nz,uk&kind=denial&from=2024-03-20&to=2024-03-31',
      'an older snippet’s view moves from the query to the hash with the link',
    ],
    [
      '/timeline/?embed=1&lanes=nz#kind=denial',
      'uk-sanctions',
      'https://news.example/timeline/?embed=1#kind=denial&event=uk-sanctions',
      'a view in both: the hash’s, as the page would read it',
    ],
    ['/timeline/?embed=1&lanes=nz', null, 'https://news.example/timeline/?embed=1&lanes=nz', 'no link: left for the page to read'],
    [
      '/timeline/#event=nz-attribution',
      null,
      'https://news.example/timeline/?embed=1#event=nz-attribution',
      'no link: data-src’s own view',
    ],
  ])('%j with the link %j → %s (%s)', (dataSrc, linked, expected) => {
    expect(frameAddress(dataSrc, BASE, linked)).toEqual({ url: new URL(expected) });
  });

  test.each<[string, RegExp]>([
    ['https://[bad', /not a valid address/],
    ['javascript:alert(1)', /must be an http\(s\) address/],
    ['data:text/html,<script>alert(1)</script>', /must be an http\(s\) address/],
  ])('%j is refused with a message for the page', (dataSrc, problem) => {
    const address = frameAddress(dataSrc, BASE, null);
    expect('problem' in address && address.problem).toMatch(problem);
  });
});
