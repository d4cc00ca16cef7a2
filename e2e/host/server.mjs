/**
 * A stand-in newsroom site on another origin, for the embed tests: serves the host
 * pages in this folder, and at /alt/timeline.json a second dataset (the built story
 * under another title) with CORS, as a partner newsroom's data server would.
 * Under /broken/ it plays a failing data server, for the network tests: a body cut
 * off halfway, a size announced far over the limit. Under /slow/ a large document (the
 * built story with megabytes of a field the reader does not use) trickles in without
 * announcing its size, whole or cut off after two thirds, as a large download on a real
 * network does, and can be held part way until a test releases it: the document worker
 * takes its reading over part way.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.HOST_PORT ?? 4320);
/** The host pages are written for the default ports; another pair is written into them as they are served. */
const appPort = process.env.APP_PORT ?? '4319';
const withPorts = (html) => html.replaceAll('127.0.0.1:4319', `127.0.0.1:${appPort}`).replaceAll(':4320', `:${port}`);
/** Downloads under /slow/ held part way, by the name a test gave them, until it releases them (and any retries after). */
const held = new Map();
const holdFor = (name) => {
  if (!held.has(name)) {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    held.set(name, { released, release });
  }
  return held.get(name);
};
const types = { '.html': 'text/html; charset=utf-8', '.json': 'application/json; charset=utf-8' };

createServer(async (req, res) => {
  const { pathname: path, searchParams: query } = new URL(req.url ?? '/', 'http://host');
  try {
    if (path === '/alt/timeline.json') {
      const story = JSON.parse(await readFile(join(here, '../../dist/data/timeline.json'), 'utf8'));
      story.title = 'A partner newsroom’s copy of the story';
      res.writeHead(200, { 'Content-Type': types['.json'], 'Access-Control-Allow-Origin': '*' });
      res.end(JSON.stringify(story));
      return;
    }
    if (path === '/broken/cut.json') {
      const story = await readFile(join(here, '../../dist/data/timeline.json'));
      res.writeHead(200, { 'Content-Type': types['.json'], 'Access-Control-Allow-Origin': '*', 'Content-Length': String(story.length) });
      res.write(story.subarray(0, story.length >> 1));
      setTimeout(() => res.destroy(), 50);
      return;
    }
    if (path === '/broken/huge.json') {
      res.writeHead(200, {
        'Content-Type': types['.json'],
        'Access-Control-Allow-Origin': '*',
        'Content-Length': String(200 * 1024 * 1024),
      });
      res.write('{"events": [');
      setTimeout(() => res.destroy(), 5000);
      return;
    }
    if (path === '/slow/release') {
      holdFor(query.get('hold')).release();
      res.writeHead(204, { 'Access-Control-Allow-Origin': '*' });
      res.end();
      return;
    }
    if (path === '/slow/large.json' || path === '/slow/cut.json') {
      const story = JSON.parse(await readFile(join(here, '../../dist/data/timeline.json'), 'utf8'));
      const body = Buffer.from(JSON.stringify({ ...story, padding: 'x'.repeat(3_000_000) }));
      const end = path === '/slow/cut.json' ? Math.floor((body.length * 2) / 3) : body.length;
      res.writeHead(200, { 'Content-Type': types['.json'], 'Access-Control-Allow-Origin': '*' });
      // With ?hold=name, the first 512 KiB, then nothing until /slow/release?hold=name: a test lets the rest come once the page is ready for it.
      const hold = query.get('hold');
      const release = hold ? holdFor(hold).released : null;
      for (let at = 0; at < end; at += 65_536) {
        if (res.destroyed) return;
        if (at === 524_288 && release) await release;
        res.write(body.subarray(at, Math.min(at + 65_536, end)));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (end < body.length) res.destroy();
      else res.end();
      return;
    }
    const file = path === '/' ? 'index.html' : path.slice(1);
    if (!/^[\w-]+\.html$/.test(file)) throw new Error('not found');
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'text/plain' });
    res.end(withPorts(await readFile(join(here, file), 'utf8')));
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
}).listen(port, '127.0.0.1');
