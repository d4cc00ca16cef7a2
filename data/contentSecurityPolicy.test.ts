import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inlineCode, offlinePolicy, parseDataOrigins, sha256Source, sitePolicy, withPolicyMeta } from './contentSecurityPolicy';

/** The policy as a map of directive -> sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('parseDataOrigins', () => {
  test('reads comma-separated http(s) origins, trimmed, without duplicates', () => {
    expect(parseDataOrigins(undefined)).toEqual([]);
    expect(parseDataOrigins('')).toEqual([]);
    expect(parseDataOrigins(' https://data.partner.example , http://127.0.0.1:4320,,https://data.partner.example')).toEqual([
      'https://data.partner.example',
      'http://127.0.0.1:4320',
    ]);
    expect(parseDataOrigins('http://[::1]:8080,https://xn--nyhetr-dua.example')).toEqual([
      'http://[::1]:8080',
      'https://xn--nyhetr-dua.example',
    ]);
  });

  test.each([
    ['https://data.partner.example/', 'did you mean https://data.partner.example?'],
    ['https://data.partner.example/stories', 'did you mean https://data.partner.example?'],
    ['https://DATA.partner.example', 'did you mean https://data.partner.example?'],
    ['https://data.partner.example:443', 'did you mean https://data.partner.example?'],
    ["https://x.example; script-src 'unsafe-inline'", 'is not an http(s) origin'],
    ['https://*.partner.example', 'is not an http(s) origin'],
    ['data.partner.example', 'is not an http(s) origin'],
    ["'self'", 'is not an http(s) origin'],
    ['*', 'is not an http(s) origin'],
    ['ftp://files.example', 'is not an http(s) origin'],
    ['javascript:alert(1)', 'is not an http(s) origin'],
    ['data:', 'is not an http(s) origin'],
  ])('refuses %j', (entry, message) => {
    expect(() => parseDataOrigins(`https://ok.example,${entry}`)).toThrow(message);
  });
});

describe('sha256Source', () => {
  test('is the base64 SHA-256 of the UTF-8 text, quoted as a CSP source', () => {
    // Known answer: SHA-256("alert(1)") in base64.
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const text = 'const t = "Dowden’s · ünïcödé";';
    expect(sha256Source(text)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`);
  });

  test('hashes line endings as the HTML parser hands them to the browser (LF)', () => {
    expect(sha256Source('a\r\nb\rc')).toBe(sha256Source('a\nb\nc'));
  });
});

describe('inlineCode', () => {
  test('finds inline scripts the browser runs and inline styles, not data blocks or external scripts', () => {
    const html = [
      '<head><script type="application/json" id="timeline-data">{"a":"\\u003c/b"}</script>',
      '<script type="module" crossorigin>run()</script>',
      '<script src="/assets/index.js"></script>',
      '<SCRIPT>classic()</SCRIPT>',
      '<script type="text/plain">not code</script>',
      '<style rel="stylesheet" crossorigin>body{color:red}</style></head>',
    ].join('\n');
    expect(inlineCode(html)).toEqual({ scripts: ['run()', 'classic()'], styles: ['body{color:red}'] });
  });
});

describe('sitePolicy', () => {
  test('is the published policy, with the allowlisted data origins in connect-src only', () => {
    expect(sitePolicy(['https://data.partner.example', 'http://127.0.0.1:4320'])).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self' https://data.partner.example http://127.0.0.1:4320; object-src 'none'; base-uri 'self'; " +
        "form-action 'none'; manifest-src 'self'",
    );
    const policy = directives(sitePolicy(['https://data.partner.example']));
    for (const [name, sources] of policy) {
      if (name !== 'connect-src') expect(sources).not.toContain('https://data.partner.example');
    }
  });

  test('never allows unsafe-inline or unsafe-eval, and hashes any inline code instead', () => {
    const policy = sitePolicy([], { scripts: ['alert(1)'], styles: [] });
    expect(directives(policy).get('script-src')).toEqual(["'self'", "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]);
    expect(policy).not.toMatch(/unsafe/);
  });
});

describe('offlinePolicy', () => {
  test('allows exactly the inlined script and style by hash, and connects nowhere', () => {
    const policy = directives(offlinePolicy({ scripts: ['run()'], styles: ['body{color:red}', 'body{color:red}'] }));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual([sha256Source('run()')]);
    expect(policy.get('style-src')).toEqual([sha256Source('body{color:red}')]);
    expect(policy.get('connect-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect([...policy.values()].flat().join(' ')).not.toMatch(/unsafe|\*/);
  });

  test('with nothing inline, allows no script at all', () => {
    expect(directives(offlinePolicy({ scripts: [], styles: [] })).get('script-src')).toEqual(["'none'"]);
  });
});

describe('withPolicyMeta', () => {
  const page =
    '<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />\n    <title>t</title>\n    <script type="module" src="/a.js"></script>\n  </head>\n</html>';

  test('puts the meta tag right after <meta charset>, before any script', () => {
    const html = withPolicyMeta(page, "default-src 'self'");
    expect(html).toContain(
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />\n    <title>`,
    );
  });

  test('escapes the attribute, and refuses a page that already has a policy', () => {
    expect(withPolicyMeta('<head></head>', 'a "b" & c')).toContain('content="a &quot;b&quot; &amp; c"');
    expect(() => withPolicyMeta(withPolicyMeta(page, "default-src 'self'"), "default-src 'self'")).toThrow(/already has/);
  });
});
