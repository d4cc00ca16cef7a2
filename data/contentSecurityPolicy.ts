/**
 * The Content-Security-Policy of the built pages, as a <meta http-equiv> tag written
 * into every production index.html (never in dev, where React refresh needs inline
 * script). The published site gets:
 *
 *   script and style only from its own files, data only from its own origin and the
 *   origins allowed at build time for `?data=` (VITE_DATA_ORIGINS), no plugins, no
 *   forms, no <base> elsewhere.
 *
 * The offline single file has everything inlined, so it allows exactly its own inline
 * script and style by SHA-256 hash (computed after vite-plugin-singlefile has inlined
 * them) and connects nowhere. The inert JSON block with the story is never run and needs
 * no hash. `frame-ancestors` cannot be set from a meta tag: hosts send it as a header
 * (README, "Security").
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { escapeAttribute } from '../src/lib/escapeAttribute.ts';

type Directives = [name: string, sources: string[]][];

/** One policy string; a directive with no sources is written as 'none'. */
function serialise(directives: Directives): string {
  return directives.map(([name, sources]) => `${name} ${sources.length > 0 ? sources.join(' ') : "'none'"}`).join('; ');
}

/**
 * The origins in VITE_DATA_ORIGINS (comma-separated), each exactly `scheme://host[:port]`
 * over http(s), as the app compares them with `URL.origin`. Anything else fails the
 * build: a path or trailing slash would never match in the app, and a stray `;` or
 * quote would rewrite the policy.
 */
export function parseDataOrigins(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      // reported below
    }
    // A host name or IP address only: `*` would be a wildcard to the browser, wider than the app's own check.
    const plainHost = url !== null && /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(url.hostname);
    if (!url || !plainHost || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== entry) {
      const hint = url && plainHost && (url.protocol === 'https:' || url.protocol === 'http:') ? ` (did you mean ${url.origin}?)` : '';
      throw new Error(`VITE_DATA_ORIGINS: ${JSON.stringify(entry)} is not an http(s) origin like https://data.example${hint}`);
    }
  }
  return [...new Set(entries)];
}

/**
 * The CSP source for an inline element's text: 'sha256-<base64>' of its UTF-8 bytes as
 * the browser sees them (the HTML parser turns CR LF and CR into LF before hashing).
 */
export function sha256Source(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/** Script types a browser runs; `application/json` and other data blocks are inert. */
const RUNNABLE_SCRIPT = /^(?:|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

/** The text of every inline script the browser would run and every inline style, in document order. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  // As the HTML tokenizer does: an element's text runs to the first `</script` / `</style`.
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script/gi)) {
    const attrs = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    if (RUNNABLE_SCRIPT.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim())) scripts.push(match[2] ?? '');
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style/gi)) styles.push(match[1] ?? '');
  return { scripts, styles };
}

/** The policy of the published site. Inline code, should the page ever carry any, is allowed by hash only. */
export function sitePolicy(dataOrigins: string[], inline: { scripts: string[]; styles: string[] } = { scripts: [], styles: [] }): string {
  return serialise([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...inline.scripts.map(sha256Source)]],
    ['style-src', ["'self'", ...inline.styles.map(sha256Source)]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...dataOrigins]],
    ['object-src', []],
    ['base-uri', ["'self'"]],
    ['form-action', []],
    ['manifest-src', ["'self'"]],
  ]);
}

/**
 * The policy of the offline single file: its own inline script and style by hash, and
 * nothing fetched (the story is in the page). `'self'` stays for images and frames only:
 * the favicon beside the file, the embed preview of the Share dialog.
 */
export function offlinePolicy(inline: { scripts: string[]; styles: string[] }): string {
  return serialise([
    ['default-src', []],
    ['script-src', [...new Set(inline.scripts.map(sha256Source))]],
    ['style-src', [...new Set(inline.styles.map(sha256Source))]],
    ['img-src', ["'self'", 'data:']],
    ['frame-src', ["'self'"]],
    ['connect-src', []],
    ['object-src', []],
    ['base-uri', []],
    ['form-action', []],
  ]);
}

/** `html` with the policy's meta tag as the first element after <meta charset> (or first in <head>), before any script or style. */
export function withPolicyMeta(html: string, policy: string): string {
  if (/<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy/i.test(html)) {
    throw new Error('index.html already has a Content-Security-Policy meta tag; the build writes its own.');
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`;
  const anchor = /<meta\s+charset\s*=[^>]*>/i.exec(html) ?? /<head\b[^>]*>/i.exec(html);
  if (!anchor) throw new Error('index.html has no <head> to put the Content-Security-Policy in');
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

export interface ContentSecurityPolicyOptions {
  /** The single-file build: hash the inlined script and style, connect nowhere. */
  offline: boolean;
  /** VITE_DATA_ORIGINS as the app will read it. */
  dataOrigins: string | undefined;
}

/**
 * Writes the policy into every HTML page of a production build. Runs last (after
 * vite-plugin-singlefile's own late generateBundle: list it after that plugin), so the
 * hashes are of the code exactly as it stands in the file.
 */
export function contentSecurityPolicy(options: ContentSecurityPolicyOptions): Plugin {
  let dataOrigins: string[] = [];
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      // A junk entry fails the build before anything is written.
      dataOrigins = parseDataOrigins(options.dataOrigins);
    },
    generateBundle: {
      order: 'post',
      handler(_outputOptions, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !/\.html?$/.test(file.fileName)) continue;
          const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          const inline = inlineCode(html);
          const policy = options.offline ? offlinePolicy(inline) : sitePolicy(dataOrigins, inline);
          for (const bad of ["'unsafe-inline'", "'unsafe-eval'"]) if (policy.includes(bad)) this.error(`the policy allows ${bad}`);
          file.source = withPolicyMeta(html, policy);
        }
      },
    },
  };
}
