import { describe, expect, test } from 'vitest';
import { canBeEmbedded, embedUrl, hashOf, iframeSnippet, scriptSnippet } from './contract';

const base = { pageUrl: 'https://news.example/timeline/', title: 'China accused' };

describe('embedUrl', () => {
  test.each<[Parameters<typeof embedUrl>[0], string, string]>([
    [base, 'https://news.example/timeline/?embed=1', 'the plain embed'],
    [
      { ...base, event: 'uk-sanctions', lanes: ['uk', 'us'] },
      'https://news.example/timeline/?embed=1#event=uk-sanctions&lane=uk,us',
      'event and lanes, in the hash as every view is',
    ],
    [{ ...base, theme: 'light' }, 'https://news.example/timeline/?embed=1', "an embed's default theme, light, is left out"],
    [{ ...base, theme: 'auto' }, 'https://news.example/timeline/?embed=1&theme=auto', "following the reader's setting is asked for"],
    [
      { ...base, theme: 'dark', kinds: ['denial', 'breach'] },
      'https://news.example/timeline/?embed=1&theme=dark#kind=denial,breach',
      'the theme, a page option, in the query; kinds in the hash',
    ],
    [
      { ...base, pageUrl: 'https://news.example/timeline/?x=1#event=a' },
      'https://news.example/timeline/?embed=1',
      'the page’s own query and hash are dropped',
    ],
    [
      { ...base, dataUrl: 'https://news.example/other.json' },
      'https://news.example/timeline/?embed=1&data=https%3A%2F%2Fnews.example%2Fother.json',
      'another dataset',
    ],
    [
      { ...base, event: 'uk-sanctions', window: { from: '2024-03-20', to: '2024-03-31' } },
      'https://news.example/timeline/?embed=1#event=uk-sanctions&from=2024-03-20&to=2024-03-31',
      'the time window the reader is looking at',
    ],
    [{ ...base, window: null }, 'https://news.example/timeline/?embed=1', 'no window: the story’s own opening view'],
    [
      {
        ...base,
        dataUrl: 'https://news.example/other.json',
        theme: 'dark',
        event: 'uk-sanctions',
        lanes: ['uk'],
        kinds: ['denial'],
        window: { from: '2024-03-20', to: '2024-03-31' },
      },
      'https://news.example/timeline/?embed=1&data=https%3A%2F%2Fnews.example%2Fother.json&theme=dark#event=uk-sanctions&lane=uk&kind=denial&from=2024-03-20&to=2024-03-31',
      'everything: page options in the query, the view in the hash',
    ],
  ])('%j → %s (%s)', (choice, expected) => {
    expect(embedUrl(choice)).toBe(expected);
  });
});

describe('snippets', () => {
  test('the iframe snippet is lazy, titled, full width and escapes what it quotes', () => {
    const html = iframeSnippet({ ...base, title: 'A "quoted" <title> & more' }, 500);
    expect(html).toBe(
      '<iframe src="https://news.example/timeline/?embed=1" title="A &quot;quoted&quot; &lt;title&gt; &amp; more" width="100%" height="500" style="border:0;width:100%" loading="lazy"></iframe>',
    );
  });

  test('the script snippet is a marked div and the loader from the same site', () => {
    expect(scriptSnippet({ ...base, event: 'uk-sanctions' })).toBe(
      '<div data-news-timeline data-src="https://news.example/timeline/?embed=1#event=uk-sanctions" data-title="China accused"></div>\n' +
        '<script src="https://news.example/timeline/embed.js" async></script>',
    );
  });

  test('both snippets keep the time window, so "attribution day" embeds as it is seen', () => {
    const day = { ...base, window: { from: '2024-03-24', to: '2024-03-27' } };
    for (const html of [iframeSnippet(day), scriptSnippet(day)]) {
      expect(html).toContain('from=2024-03-24&amp;to=2024-03-27');
    }
  });
});

describe('hashOf', () => {
  test.each<[string, string]>([
    ['', ''],
    ['event=uk-sanctions', '#event=uk-sanctions'],
    ['lane=uk%2Cus&q=a+b', '#lane=uk,us&q=a+b'],
  ])('%j → %j', (params, expected) => {
    expect(hashOf(new URLSearchParams(params))).toBe(expected);
  });
});

describe('canBeEmbedded', () => {
  test.each<[string, boolean]>([
    ['https://news.example/timeline/', true],
    ['http://127.0.0.1:4173/', true],
    ['file:///media/usb/news-timeline.html', false],
  ])('%s → %s', (pageUrl, expected) => {
    expect(canBeEmbedded(pageUrl)).toBe(expected);
  });
});
