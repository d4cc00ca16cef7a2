import { describe, expect, test } from 'vitest';
import { withPrerenderedStory } from './prerender';

const INDEX = `<!doctype html>
<html><head><meta charset="UTF-8" /></head>
  <body>
    <div id="root"></div>
    <noscript>This timeline needs JavaScript.</noscript>
    <script type="module" src="/assets/index.js"></script>
  </body>
</html>`;
const VARIANTS = {
  page: '<div class="page"><h1>Story</h1></div>',
  'page-phone': '<div class="page phone"><h1>Story</h1></div>',
  embed: '<div class="embed"></div>',
  'embed-phone': '<div class="embed phone"></div>',
};
const PAGE = { variants: VARIANTS, chronology: '<section class="print-handout"><h2>Chronology</h2></section>' };
const CSS = '#root { display: none; }';
const INLINE = { css: CSS };

describe('withPrerenderedStory', () => {
  test("puts the reader's page in #root and the other variants after it in inert templates, each named, and the chronology in place of the <noscript> message", () => {
    const html = withPrerenderedStory(INDEX, PAGE, INLINE);
    expect(html).toContain(`<div id="root" data-prerendered="page" hidden>${VARIANTS.page}</div>`);
    for (const variant of ['page-phone', 'embed', 'embed-phone'] as const) {
      expect(html).toContain(`<template data-prerendered="${variant}">${VARIANTS[variant]}</template>`);
    }
    expect(html.indexOf('id="root"')).toBeLessThan(html.indexOf('data-prerendered="embed"'));
    expect(html).toContain(`<noscript>${PAGE.chronology}</noscript>`);
    expect(html).not.toContain('This timeline needs JavaScript.');
  });

  test.each([
    ['inline, in the offline file', INLINE, `<noscript><style>${CSS}</style></noscript>`],
    [
      'linked, from the site',
      { href: '/text-version.css?a="b"&c' },
      '<noscript><link rel="stylesheet" href="/text-version.css?a=&quot;b&quot;&amp;c" /></noscript>',
    ],
  ])(
    'the text version style sheet goes into the head, %s, inside <noscript>, so it applies only where no script runs',
    (_where, style, expected) => {
      const html = withPrerenderedStory(INDEX, PAGE, style);
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head).toContain(expected);
    },
  );

  test('text that looks like a replacement pattern is put in as it is', () => {
    const page = { variants: { ...VARIANTS, page: '<p>costs $& and $1</p>' }, chronology: "<p>$' and $`</p>" };
    const html = withPrerenderedStory(INDEX, page, INLINE);
    expect(html).toContain('<p>costs $& and $1</p>');
    expect(html).toContain("<p>$' and $`</p>");
  });

  test.each([
    ['a page with no empty #root', INDEX.replace('<div id="root"></div>', '<div id="app"></div>')],
    ['a page with no <noscript> message', INDEX.replace(/<noscript>.*<\/noscript>/, '')],
  ])('fails the build for %s, rather than publish a page that is not prerendered', (_what, html) => {
    expect(() => withPrerenderedStory(html, PAGE, INLINE)).toThrow(/update withPrerenderedStory/);
  });

  test.each([
    [
      'a part React sent late, with the inline script that moves it',
      { ...PAGE, variants: { ...VARIANTS, embed: `${VARIANTS.embed}<template id="B:0"></template>` } },
    ],
    ['an inline script', { ...PAGE, chronology: `${PAGE.chronology}<script>alert(1)</script>` }],
  ])('fails the build for %s, which the page policy would block', (_what, page) => {
    expect(() => withPrerenderedStory(INDEX, page, INLINE)).toThrow(/not ready in time/);
  });

  test('fails the build for a style sheet that would close its own element', () => {
    expect(() => withPrerenderedStory(INDEX, PAGE, { css: '</style><script>alert(1)</script>' })).toThrow(/close its own element/);
  });
});
