// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { formatOfFile, toArticleText } from './articleText';

describe('an article brought in as a file or by pasting', () => {
  test.each([
    ['report.html', 'html'],
    ['REPORT.HTM', 'html'],
    ['notes.md', 'markdown'],
    ['wire.txt', 'text'],
    ['no-extension', 'text'],
  ])('%s is read as %s', (name, format) => {
    expect(formatOfFile(name)).toBe(format);
  });

  test('plain text keeps its words exactly, with its line ends made plain', () => {
    expect(toArticleText('\uFEFFLONDON (March 26): The UK\r\n\r\n“Quoted,” he said. ', 'text')).toBe(
      'LONDON (March 26): The UK\n\n“Quoted,” he said. ',
    );
  });

  test('HTML becomes its paragraphs of text; script, style, navigation and markup go', () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{}</style><script>alert(1)</script></head>
      <body><nav>Home | World</nav><article><h1>UK accuses China</h1>
      <p>The UK <b>on Monday</b> said <a href="https://example.com">hackers</a>
         had attacked.</p><img src="x" onerror="alert(1)"><p>“Quoted,” he said.<br>New line.</p>
      <script>document.title = 'owned'</script><ul><li>One</li><li>Two &amp; three</li></ul></article>
      <footer>© Example</footer></body></html>`;
    expect(toArticleText(html, 'html')).toBe(
      'UK accuses China\n\nThe UK on Monday said hackers had attacked.\n\n“Quoted,” he said.\n\nNew line.\n\nOne\n\nTwo & three',
    );
  });

  test('HTML with no article element is read from its body', () => {
    expect(toArticleText('<p>First.</p><div>Second <i>part</i>.</div>', 'html')).toBe('First.\n\nSecond part.');
  });

  test('Markdown becomes its paragraphs of text, links as their words', () => {
    const markdown =
      '# UK accuses China\n\nThe UK **on Monday** said\n[hackers](https://example.com) had _attacked_.\n\n> “Quoted,” he said.\n\n---\n\n- One\n- Two';
    expect(toArticleText(markdown, 'markdown')).toBe(
      'UK accuses China\n\nThe UK on Monday said hackers had attacked.\n\n“Quoted,” he said.\n\nOne Two',
    );
  });

  test('underscores inside words are words, not emphasis', () => {
    expect(toArticleText('The file snake_case_name stays.', 'markdown')).toBe('The file snake_case_name stays.');
  });
});
