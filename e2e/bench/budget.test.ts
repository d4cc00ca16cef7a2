import { expect, test } from 'vitest';
import { firstLoadFiles } from './budget';

test('the first load is the scripts, the entry module, its preloads and style sheets; icons, data, links and what only a browser without script loads are not', () => {
  const html = `
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <link rel="preload" href="/data/timeline.json" as="fetch" crossorigin="">
    <noscript><link rel="stylesheet" href="/text-version.css" /></noscript>
    <script src="/page-start.js"></script>
    <script type="application/json" id="timeline-data">{}</script>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-b.js">
    <link rel="stylesheet" crossorigin href="/assets/index-c.css">
    <a href="/assets/other.js">not loaded</a>`;
  expect(firstLoadFiles(html)).toEqual(['page-start.js', 'assets/index-a.js', 'assets/react-b.js', 'assets/index-c.css']);
});
