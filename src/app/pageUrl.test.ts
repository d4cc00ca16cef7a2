import { describe, expect, test } from 'vitest';
import { builtInStoryUrl } from './pageUrl';

describe('builtInStoryUrl: the same page without ?data=', () => {
  test.each<[string, string, string]>([
    ['https://news.example/timeline/?data=https%3A%2F%2Fdata.example%2Fs.json', 'https://news.example/timeline/', 'the data alone'],
    ['https://news.example/?embed=1&data=%25%25%25&theme=dark', 'https://news.example/?embed=1&theme=dark', 'the other options stay'],
    [
      'https://news.example/?present&data=x.json#event=other-story-event',
      'https://news.example/?present=',
      'the hash of the other story goes',
    ],
    [
      'https://news.example/?d%61ta=x.json&dataset=1',
      'https://news.example/?dataset=1',
      'an encoded name is the same parameter; a longer one is not',
    ],
    ['file:///media/usb/news-timeline.html?data=x.json', 'file:///media/usb/news-timeline.html', 'a file'],
  ])('%s → %s (%s)', (href, expected) => {
    expect(builtInStoryUrl(href)).toBe(expected);
  });
});
