/**
 * HTML from other tools (a TimelineJS3 slide's text, its captions) read as the plain text
 * the app shows, and our text written as HTML for them. Reading sanitises with DOMPurify into
 * a DOM, never into a markup string, and walks that DOM for its words: nothing of the markup
 * survives, so nothing of it can ever reach a page.
 */
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import type { HtmlToText } from './imported';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The elements whose words are kept. Any other element is unwrapped (its words stay);
 * DOMPurify drops scripts, styles, frames, media and templates with everything in them.
 */
const KEPT_TAGS = [
  ...['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'hr'],
  ...['section', 'article', 'header', 'footer', 'figure', 'figcaption', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption'],
  ...['a', 'q', 'cite', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'sub', 'sup', 'span', 'code', 'mark', 'abbr', 'time'],
];

const SANITIZE: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: KEPT_TAGS,
  ALLOWED_ATTR: ['href'],
  // Words for when scripts, plugins or forms are missing are not the text's words.
  ADD_FORBID_CONTENTS: ['noscript', 'object', 'embed', 'canvas', 'select', 'textarea', 'button', 'input'],
  RETURN_DOM_FRAGMENT: true,
};

/** Elements that start and end a paragraph. */
const BLOCKS = new Set(
  ['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'PRE', 'HR'].concat([
    'SECTION',
    'ARTICLE',
    'HEADER',
    'FOOTER',
    'FIGURE',
    'FIGCAPTION',
    'TABLE',
    'TR',
    'CAPTION',
  ]),
);

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const OPENING_MARKS = /^["“‘«„]/;
const CLOSING_MARKS = /["”’»]$/;

/** Paragraphs as they are written: `current` grows until a block ends it. */
interface Paragraphs {
  done: string[];
  current: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function endParagraph(paragraphs: Paragraphs): void {
  paragraphs.done.push(paragraphs.current);
  paragraphs.current = '';
}

function finish(paragraphs: Paragraphs): string[] {
  return [...paragraphs.done, paragraphs.current].map(collapse).filter((paragraph) => paragraph !== '');
}

/** A link's target, when it is one a reader may follow: a web or mail address, never `javascript:` or a page-relative path. */
function followableHref(element: Element): string | undefined {
  const href = element.getAttribute('href')?.trim();
  if (!href) return undefined;
  try {
    return LINK_SCHEMES.has(new URL(href).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

const bareAddress = (text: string) =>
  text
    .toLowerCase()
    .replace(/^(?:https?:\/\/|mailto:)/, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');

function linkText(element: Element): string {
  const words = collapse(inlineText(element));
  const href = followableHref(element);
  if (!href) return words;
  if (words === '' || bareAddress(words) === bareAddress(href)) return href;
  return `${words} (${href})`;
}

function inlineText(node: Node): string {
  const paragraphs: Paragraphs = { done: [], current: '' };
  walk(node, paragraphs);
  return finish(paragraphs).join(' ');
}

/** A quotation: its paragraphs in quotation marks (unless it brings its own), then who said it, from its `<cite>`. */
function quotation(blockquote: Element): string[] {
  const cites = [...blockquote.querySelectorAll('cite')];
  const attribution = collapse(cites.map((cite) => inlineText(cite)).join(' '));
  for (const cite of cites) cite.remove();
  const paragraphs: Paragraphs = { done: [], current: '' };
  walk(blockquote, paragraphs);
  const quoted = finish(paragraphs);
  if (quoted.length === 0) return attribution ? [attribution] : [];
  const last = quoted.length - 1;
  if (!OPENING_MARKS.test(quoted[0]!) || !CLOSING_MARKS.test(quoted[last]!)) {
    quoted[0] = `“${quoted[0]}`;
    quoted[last] = `${quoted[last]}”`;
  }
  if (attribution) quoted[last] = `${quoted[last]} ${/^[—–-]/.test(attribution) ? '' : '— '}${attribution}`;
  return quoted;
}

function walk(node: Node, paragraphs: Paragraphs): void {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE) {
      paragraphs.current += child.textContent ?? '';
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.nodeName.toUpperCase();
    if (tag === 'BR') {
      endParagraph(paragraphs);
    } else if (tag === 'A') {
      paragraphs.current += linkText(element);
    } else if (tag === 'Q') {
      paragraphs.current += `“${collapse(inlineText(element))}”`;
    } else if (tag === 'BLOCKQUOTE') {
      endParagraph(paragraphs);
      paragraphs.done.push(...quotation(element));
    } else if (BLOCKS.has(tag)) {
      endParagraph(paragraphs);
      walk(element, paragraphs);
      endParagraph(paragraphs);
    } else if (tag === 'TD' || tag === 'TH') {
      paragraphs.current += ' ';
      walk(element, paragraphs);
      paragraphs.current += ' ';
    } else {
      walk(element, paragraphs);
    }
  }
}

/**
 * Makes the reader of HTML for a window: the browser's, or jsdom's on the command line.
 * The text has one paragraph per block, blank lines between; links keep their address in
 * brackets, quotations their quotation marks.
 */
export function createHtmlToText(window: WindowLike): HtmlToText {
  const purify = createDOMPurify(window);
  // Unsupported, DOMPurify would hand the markup back unsanitised.
  if (!purify.isSupported) throw new Error('DOMPurify cannot sanitise in this window: HTML cannot be read safely');
  return (html) => {
    if (html.trim() === '') return '';
    const fragment = purify.sanitize(html, SANITIZE);
    const paragraphs: Paragraphs = { done: [], current: '' };
    walk(fragment, paragraphs);
    return finish(paragraphs).join('\n\n');
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML that shows exactly that text: for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}
