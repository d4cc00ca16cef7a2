// @vitest-environment jsdom
import type { WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { createHtmlToText, escapeHtml } from './htmlText';

const htmlToText = createHtmlToText(window);

describe('createHtmlToText', () => {
  test.each([
    ['', '', 'empty input'],
    ['   \n ', '', 'only whitespace'],
    ['Plain words', 'Plain words', 'text with no markup'],
    ['<p>One</p><p>Two</p>', 'One\n\nTwo', 'paragraphs'],
    ['One<br>Two<br/>Three', 'One\n\nTwo\n\nThree', 'line breaks'],
    ['<h2>Head</h2><div>Body</div>', 'Head\n\nBody', 'headings and divisions'],
    ['<p>  spread \n  over\tlines  </p>', 'spread over lines', 'whitespace collapsed'],
    ['<p>Mostly <b>bold</b>, <em>some</em> <span>plain</span></p>', 'Mostly bold, some plain', 'inline elements keep their words'],
    ['<font color="red">old</font> <marquee>markup</marquee>', 'old markup', 'unknown elements unwrapped'],
    [
      '<p>See <a href="https://example.org/report">the report</a>.</p>',
      'See the report (https://example.org/report).',
      'a link keeps its address',
    ],
    ['<a href="https://example.org/">https://example.org</a>', 'https://example.org/', 'a link whose words are its address'],
    ['<a href="http://www.example.org/a">example.org/a</a>', 'http://www.example.org/a', 'the address without its scheme'],
    ['<a href="mailto:desk@example.org">the desk</a>', 'the desk (mailto:desk@example.org)', 'a mail link'],
    ['<a href="https://example.org/x"></a>', 'https://example.org/x', 'a link with no words'],
    ['<a href="javascript:alert(1)">click here</a>', 'click here', 'a javascript: link keeps its words only'],
    ['<a href="  JaVaScRiPt:alert(1)">click</a>', 'click', 'a disguised javascript: link'],
    ['<a href="data:text/html,<script>alert(1)</script>">data</a>', 'data', 'a data: link'],
    ['<a href="/about">about us</a>', 'about us', 'a page-relative link has nowhere to go'],
    ['<blockquote>We will respond.</blockquote>', '“We will respond.”', 'a quotation gets quotation marks'],
    ['<blockquote>“Baseless”</blockquote>', '“Baseless”', 'a quotation that brings its own marks'],
    ['<blockquote><p>First.</p><p>Second.</p></blockquote>', '“First.\n\nSecond.”', 'a quotation of two paragraphs'],
    [
      '<blockquote>There is no demand. <cite>Edith Clarke</cite></blockquote>',
      '“There is no demand.” — Edith Clarke',
      'a quotation and who said it',
    ],
    ['<blockquote>Yes. <cite>— The mayor</cite></blockquote>', '“Yes.” — The mayor', 'an attribution with its own dash'],
    ['<p>Before</p><blockquote>Quoted</blockquote><p>After</p>', 'Before\n\n“Quoted”\n\nAfter', 'a quotation between paragraphs'],
    ['<q>Never</q>, she said.', '“Never”, she said.', 'an inline quotation'],
    ['<p>Before</p><script>alert("x")</script><p>After</p>', 'Before\n\nAfter', 'a script vanishes with its content'],
    ['<style>p { color: red }</style>Styled', 'Styled', 'a style sheet vanishes with its content'],
    ['<iframe src="https://example.org/embed">fallback</iframe>Framed', 'Framed', 'a frame vanishes'],
    ['<template><p>hidden</p></template>Shown', 'Shown', 'a template vanishes'],
    ['<svg><text>drawn</text></svg><math><mi>x</mi></math>Text', 'Text', 'drawings and formulas vanish'],
    ['<button>Click me</button><select><option>A</option></select>Form', 'Form', 'form controls vanish with their labels'],
    ['<object data="x.swf">No plugin</object>Text', 'Text', 'a plugin and its fallback vanish'],
    ['<img src="x" onerror="alert(1)">Caption', 'Caption', 'an image and its event handler vanish'],
    ['<p onclick="steal()" style="color:red">Kept words</p>', 'Kept words', 'event handlers and styles dropped'],
    [
      '<ul><li>One<ul><li>Two</li><li>Three</li></ul></li><li>Four</li></ul>',
      'One\n\nTwo\n\nThree\n\nFour',
      'nested lists, one item a paragraph',
    ],
    ['<ol><li><p>First</p></li><li>Second</li></ol>', 'First\n\nSecond', 'list items holding paragraphs'],
    ['<table><tr><td>Cell</td><td>cell</td></tr><tr><th>Row</th></tr></table>', 'Cell cell\n\nRow', 'table cells spaced, rows paragraphs'],
    ['Q&amp;A &lt;b&gt; &quot;x&quot; &eacute;t&eacute; &#8212; &#x2013;', 'Q&A <b> "x" été — –', 'entities decoded, never read as markup'],
    ['non&nbsp;breaking', 'non breaking', 'a non-breaking space is a space'],
    ['<p>Unclosed <b>bold', 'Unclosed bold', 'broken markup'],
    ['<!-- a comment -->Text<![CDATA[ raw ]]>', 'Text', 'comments and CDATA'],
  ])('%j reads as %j (%s)', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  test('reads with the window jsdom gives a command-line tool', () => {
    const { window: jsdomWindow } = new JSDOM('');
    const read = createHtmlToText(jsdomWindow);
    expect(read('<p>One &amp; <a href="https://example.org">two</a></p><script>x()</script>')).toBe('One & two (https://example.org)');
  });

  test('refuses a window DOMPurify cannot sanitise in, rather than hand back markup', () => {
    expect(() => createHtmlToText({} as WindowLike)).toThrow(/cannot sanitise/);
  });
});

describe('escapeHtml', () => {
  test.each([
    ['plain', 'plain', 'nothing to escape'],
    ['Q&A', 'Q&amp;A', 'an ampersand'],
    ['<script>', '&lt;script&gt;', 'angle brackets'],
    [`"quoted" and 'single'`, '&quot;quoted&quot; and &#39;single&#39;', 'both quotation marks, for attribute values'],
    ['&amp;', '&amp;amp;', 'an entity is written as its text'],
    ['“curly”', '“curly”', 'typographic marks are text'],
  ])('%j is written %j (%s)', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });

  test('reads back as the text it was', () => {
    const text = `<img src=x onerror="alert('x')"> & “more”`;
    expect(htmlToText(`<p>${escapeHtml(text)}</p>`)).toBe(text);
  });
});
