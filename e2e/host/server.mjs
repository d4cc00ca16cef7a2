/**
 * A stand-in newsroom site on another origin, for the embed tests: serves the host
 * pages in this folder, and at /alt/timeline.json a second dataset (the built story
 * under another title) with CORS, as a partner newsroom's data server would.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.HOST_PORT ?? 4320);
const types = { '.html': 'text/html; charset=utf-8', '.json': 'application/json; charset=utf-8' };

createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://host').pathname;
  try {
    if (path === '/alt/timeline.json') {
      const story = JSON.parse(await readFile(join(here, '../../dist/data/timeline.json'), 'utf8'));
      story.title = 'A partner newsroom’s copy of the story';
      res.writeHead(200, { 'Content-Type': types['.json'], 'Access-Control-Allow-Origin': '*' });
      res.end(JSON.stringify(story));
      return;
    }
    const file = path === '/' ? 'index.html' : path.slice(1);
    if (!/^[\w-]+\.html$/.test(file)) throw new Error('not found');
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'text/plain' });
    res.end(await readFile(join(here, file)));
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
}).listen(port, '127.0.0.1');
