/**
 * An article as the studio keeps it: plain text, one paragraph per block, blank lines
 * between. What comes as HTML or Markdown is reduced to that text; nothing of its markup
 * is ever kept, and HTML is read by a parser that runs no script and loads nothing.
 */

export type ArticleFormat = 'text' | 'html' | 'markdown';

/** The format a file's name says it is in; anything else is read as plain text. */
export function formatOfFile(name: string): ArticleFormat {
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  return 'text';
}

export function toArticleText(content: string, format: ArticleFormat): string {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (format === 'html') return htmlToText(text);
  if (format === 'markdown') return markdownToText(text);
  return text;
}

function joinParagraphs(paragraphs: string[]): string {
  return paragraphs
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** Never part of an article's words. */
const LEFT_OUT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, nav, aside, footer, header, figure';
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'FIGCAPTION', 'TD', 'TH']);

function htmlToText(html: string): string {
  // A document made by DOMParser is inert: its scripts never run and its images never load.
  const document = new DOMParser().parseFromString(html, 'text/html');
  const body = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  for (const element of body.querySelectorAll(LEFT_OUT)) element.remove();
  const paragraphs: string[] = [];
  let current = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        current += child.textContent ?? '';
      } else if (child instanceof Element) {
        if (child.tagName === 'BR') {
          paragraphs.push(current);
          current = '';
          continue;
        }
        const block = BLOCKS.has(child.tagName) || child.tagName === 'DIV' || child.tagName === 'SECTION';
        if (block) {
          paragraphs.push(current);
          current = '';
        }
        walk(child);
        if (block) {
          paragraphs.push(current);
          current = '';
        }
      }
    }
  };
  walk(body);
  paragraphs.push(current);
  return joinParagraphs(paragraphs);
}

function markdownToText(markdown: string): string {
  const paragraphs = markdown.split(/\n\s*\n/).map((block) =>
    block
      .split('\n')
      .map((line) =>
        line
          .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, '')
          .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
          .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
          .replace(/(\*\*|__)(.+?)\1/g, '$2')
          .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
          .replace(/`([^`]*)`/g, '$1'),
      )
      .join(' '),
  );
  return joinParagraphs(paragraphs.filter((paragraph) => !/^\s*(?:[-*_]\s*){3,}$/.test(paragraph)));
}
