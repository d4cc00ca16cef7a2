/**
 * `npm run bench`: builds the app, serves it on 127.0.0.1 with synthetic stories of
 * several sizes, and measures our reader view against plain vis-timeline with the
 * same data, in the same run, over several fresh browser loads each.
 *
 * The "story" row is the built-in story as readers get it (the app's own page, its
 * data at /data/timeline.json), against plain vis-timeline drawing the same document.
 *
 * Then the studio: a keystroke in a draft of 1,000 events and 50 articles, until the field
 * shows it and until the checks (and so the preview) have it (studio.ts).
 *
 * Settings (environment): BENCH_SIZES (default story,20,1000,10000,100000), BENCH_RUNS
 * (default 5), BENCH_TIMEOUT_MS per load (default 60000; a page that fails a load of a size
 * is not loaded again at that size), BENCH_SKIP_BUILD=1,
 * BENCH_STUDIO=0 (leave the studio out), BENCH_SMOKE=1 (1,000 events, one load, fails only
 * on a gross regression; no studio).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium';
import { measureStudioTyping } from './studio';
import { syntheticTimeline } from './synthetic';

const root = fileURLToPath(new URL('../..', import.meta.url));
const smoke = process.env.BENCH_SMOKE === '1';
const sizes = smoke ? ['1000'] : (process.env.BENCH_SIZES ?? 'story,20,1000,10000,100000').split(',');
const runs = smoke ? 1 : Number(process.env.BENCH_RUNS ?? 5);
const timeoutMs = Number(process.env.BENCH_TIMEOUT_MS ?? 60_000);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves the production build, the baseline page and the synthetic stories, gzipped like a real host. */
function serve(datasets: Map<string, string>): Promise<Server> {
  // Compressed ahead, as a host's cache would: 100,000 events take the server seconds to gzip.
  const gzipped = new Map<string, Buffer>([...datasets].map(([size, json]) => [`/bench-data/${size}.json`, gzipSync(json)]));
  const compress = (key: string, body: Buffer) => {
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
    return gzipped.get(key)!;
  };
  const files: Record<string, string> = {
    '/plain.html': join(root, 'e2e/bench/plain.html'),
    '/vendor/vis-timeline-graph2d.min.js': join(root, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
    '/vendor/vis-timeline-graph2d.min.css': join(root, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'),
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://bench').pathname;
    const story = /^\/bench-data\/(\d+)\.json$/.exec(path);
    let body: Buffer;
    let type: string;
    if (story) {
      body = Buffer.from(datasets.get(story[1]!) ?? '');
      type = TYPES['.json']!;
    } else {
      const file = files[path] ?? join(root, 'dist', normalize(path === '/' ? '/index.html' : path));
      if (!file.startsWith(root) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      body = readFileSync(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(200, { 'Content-Type': type, ...(gzip && { 'Content-Encoding': 'gzip' }), 'Cache-Control': 'no-store' });
    res.end(gzip ? compress(path, body) : body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Page-side code is kept as plain JavaScript strings: the TypeScript runner's
// transform would otherwise add helper calls that do not exist in the page.

/**
 * Runs in the page before anything else: notes long tasks, the first frame painted after an
 * item shows (ready: in our page, that may be the first screen drawn ahead), the first frame
 * painted after an item vis-timeline drew itself shows (live), first and largest contentful
 * paint, and layout shift (as the browser scores it, shifts right after input left out).
 */
const PROBE = `
  const bench = { longTasks: 0, tasks: [], ready: 0, live: 0, fcp: 0, lcp: 0, cls: 0 };
  window.__bench = bench;
  const observe = (type, take) => new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true });
  observe('longtask', (entry) => {
    bench.longTasks += entry.duration;
    bench.tasks.push({ start: entry.startTime, duration: entry.duration });
  });
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => (bench.lcp = entry.startTime));
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) bench.cls += entry.value;
  });
  const seen = (selector) => [...document.querySelectorAll(selector)].some((item) => item.checkVisibility({ visibilityProperty: true }) && item.getBoundingClientRect().width > 0);
  const check = () => {
    if (!bench.ready && seen('.vis-item')) requestAnimationFrame(() => (bench.ready = performance.now()));
    if (!bench.live && seen('.vis-timeline:not(.tl-sketch) .vis-item')) requestAnimationFrame(() => (bench.live = performance.now()));
    if (!bench.ready || !bench.live) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
`;

/** Starts recording frame intervals. */
const RECORD_FRAMES = `(() => {
  const frames = [];
  window.__frames = frames;
  let last = performance.now();
  const tick = (now) => {
    frames.push(now - last);
    last = now;
    if (frames.length < 100000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** What the page knows about itself once ready. */
const READ_PAGE = `(() => {
  const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  const scripts = all.filter((r) => /\\.(js|css)(\\?|$)/.test(r.name));
  const bench = window.__bench;
  return {
    // Not before the first paint: a frame can run before the browser first shows the page.
    ready: Math.max(bench.ready, bench.fcp),
    live: Math.max(bench.live, bench.fcp),
    longTasks: bench.longTasks,
    longestTask: Math.max(0, ...bench.tasks.filter((task) => task.start < bench.live).map((task) => task.duration)),
    fcp: bench.fcp,
    lcp: bench.lcp,
    cls: bench.cls,
    domNodes: document.getElementsByTagName('*').length,
    transfer: all.reduce((sum, r) => sum + r.transferSize, 0),
    script: scripts.reduce((sum, r) => sum + r.transferSize, 0),
  };
})()`;

interface Load {
  readyMs: number;
  /** The live timeline drawn: the same as ready where nothing was drawn ahead. */
  liveMs: number;
  fcpMs: number;
  lcpMs: number;
  /** Cumulative layout shift up to live and a moment after, before any input. */
  cls: number;
  longTasksMs: number;
  /** The longest task on the main thread before live. */
  longestTaskMs: number;
  heapMB: number;
  domNodes: number;
  frameP95Ms: number;
  transferKB: number;
  scriptKB: number;
}

/** Twenty zoom and pan steps, as a reader would make them; the 95th percentile of frame intervals meanwhile. */
async function panAndZoom(page: Page): Promise<number> {
  const box = await page.locator('.vis-center').first().boundingBox();
  if (!box) return Number.NaN;
  await page.evaluate(RECORD_FRAMES);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 60);
  await page.mouse.move(x, y);
  for (let i = 0; i < 10; i++) {
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, i < 5 ? -200 : 200);
    await page.keyboard.up('Control');
    await page.waitForTimeout(60);
    await page.mouse.down();
    await page.mouse.move(x + (i % 2 ? 120 : -120), y, { steps: 4 });
    await page.mouse.up();
    await page.waitForTimeout(60);
  }
  const frames = await page.evaluate<number[]>('window.__frames.slice(1)');
  frames.sort((a, b) => a - b);
  return frames[Math.floor(frames.length * 0.95)] ?? Number.NaN;
}

async function load(browser: Browser, url: string): Promise<Load | null> {
  // The probes below are strings evaluated in the page, which the app's CSP (rightly) forbids.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE });
  try {
    await page.goto(url);
    await page.waitForFunction('window.__bench.ready > 0 && window.__bench.live > 0', null, { timeout: timeoutMs });
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const probe = await page.evaluate<{
      ready: number;
      live: number;
      longTasks: number;
      longestTask: number;
      fcp: number;
      lcp: number;
      cls: number;
      domNodes: number;
      transfer: number;
      script: number;
    }>(READ_PAGE);
    const frameP95Ms = await panAndZoom(page);
    return {
      readyMs: probe.ready,
      liveMs: probe.live,
      fcpMs: probe.fcp,
      lcpMs: probe.lcp,
      cls: probe.cls,
      longTasksMs: probe.longTasks,
      longestTaskMs: probe.longestTask,
      heapMB: usedSize / 1024 / 1024,
      domNodes: probe.domNodes,
      frameP95Ms,
      transferKB: probe.transfer / 1024,
      scriptKB: probe.script / 1024,
    };
  } catch (error) {
    console.error(`  a load of ${url} failed: ${String(error).split('\n')[0]}`);
    return null;
  } finally {
    // A page that ran out of memory may have taken the browser down with it.
    await context.close().catch(() => undefined);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};
const fmt = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== '1') execSync('npx vite build', { cwd: root, stdio: 'ignore' });
  const datasets = new Map(sizes.filter((size) => size !== 'story').map((size) => [size, JSON.stringify(syntheticTimeline(Number(size)))]));
  const server = await serve(datasets);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const launch = () => chromium.launch(chromiumLaunchOptions);
  let browser = await launch();

  const results: Record<string, unknown>[] = [];
  console.log(`Benchmark: ${runs} fresh load(s) each, 1280×800, medians (min–max of ready).\n`);
  console.log(
    '| events | page | ready ms (range) | live ms | FCP ms | LCP ms | CLS | long tasks ms | longest task ms | heap MB | DOM nodes | pan/zoom frame p95 ms | transferred KB | JS+CSS KB | ours/plain ready (live) |',
  );
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const data = size === 'story' ? `${origin}/data/timeline.json` : `${origin}/bench-data/${size}.json`;
    const pages = {
      ours: size === 'story' ? `${origin}/` : `${origin}/?data=${encodeURIComponent(data)}`,
      plain: `${origin}/plain.html?data=${encodeURIComponent(data)}`,
    };
    // Loads alternate between the pages, so a machine that slows down or speeds up
    // during the run weighs on both sides alike.
    const loadsOf: Record<string, (Load | null)[]> = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
    for (let run = 0; run < runs; run++) {
      for (const [name, url] of Object.entries(pages)) {
        // A page that failed a load of this size is not tried again: each timeout costs BENCH_TIMEOUT_MS.
        if (loadsOf[name]!.includes(null)) continue;
        if (!browser.isConnected()) browser = await launch();
        const result = await load(browser, url);
        loadsOf[name]!.push(result);
        if (result === null) {
          // A page that timed out may still be busy tearing down a huge heap: the next
          // load, perhaps of the other page, gets a fresh browser rather than its leftovers.
          await browser.close().catch(() => undefined);
          browser = await launch();
        }
      }
    }
    const medians: Record<string, number> = {};
    const liveMedians: Record<string, number> = {};
    for (const name of Object.keys(pages)) {
      const loads = loadsOf[name]!;
      const done = loads.filter((l): l is Load => l !== null);
      const pick = (key: keyof Load) => median(done.map((l) => l[key]));
      const ready = done.map((l) => l.readyMs);
      medians[name] = pick('readyMs');
      liveMedians[name] = pick('liveMs');
      const row = {
        events: size,
        page: name,
        loads: done.length,
        timeouts: loads.length - done.length,
        readyMs: pick('readyMs'),
        readyMinMs: Math.min(...ready),
        readyMaxMs: Math.max(...ready),
        liveMs: pick('liveMs'),
        fcpMs: pick('fcpMs'),
        lcpMs: pick('lcpMs'),
        cls: pick('cls'),
        longTasksMs: pick('longTasksMs'),
        longestTaskMs: pick('longestTaskMs'),
        heapMB: pick('heapMB'),
        domNodes: pick('domNodes'),
        frameP95Ms: pick('frameP95Ms'),
        transferKB: pick('transferKB'),
        scriptKB: pick('scriptKB'),
      };
      results.push(row);
      const ratio = name === 'plain' ? `${fmt(medians.ours! / medians.plain!, 2)} (${fmt(liveMedians.ours! / liveMedians.plain!, 2)})` : '';
      const readyCell =
        done.length === 0
          ? `failed (timeout ${timeoutMs} or crash)`
          : `${fmt(row.readyMs)} (${fmt(row.readyMinMs)}–${fmt(row.readyMaxMs)})`;
      console.log(
        `| ${size} | ${name} | ${readyCell} | ${fmt(row.liveMs)} | ${fmt(row.fcpMs)} | ${fmt(row.lcpMs)} | ${fmt(row.cls, 3)} | ${fmt(row.longTasksMs)} | ${fmt(row.longestTaskMs)} | ${fmt(row.heapMB, 1)} | ${fmt(row.domNodes)} | ${fmt(row.frameP95Ms, 1)} | ${fmt(row.transferKB)} | ${fmt(row.scriptKB)} | ${ratio && `ours/plain ${ratio}`} |`,
      );
    }
  }
  let studio: Awaited<ReturnType<typeof measureStudioTyping>> | null = null;
  if (!smoke && process.env.BENCH_STUDIO !== '0') {
    if (!browser.isConnected()) browser = await launch();
    studio = await measureStudioTyping(browser, origin, 20);
    console.log(
      `\nStudio, a draft of ${studio.events} events and ${studio.articles} articles, ${studio.keystrokes} keystrokes in an event's title:`,
    );
    console.log('| keystroke to | median ms | slowest ms |\n|---|---:|---:|');
    console.log(`| the field showing it | ${fmt(studio.shownP50Ms)} | ${fmt(studio.shownMaxMs)} |`);
    console.log(`| the checks and preview having it | ${fmt(studio.checkedP50Ms)} | ${fmt(studio.checkedMaxMs)} |`);
  }
  await browser.close().catch(() => undefined);
  server.close();
  console.log(`\n${JSON.stringify({ runs, viewport: '1280x800', results, studio }, null, 2)}`);

  if (smoke) {
    // Only a gross regression fails the smoke run: the numbers are too noisy for more.
    const ours = results.find((r) => r.page === 'ours') as { readyMs: number } | undefined;
    const plain = results.find((r) => r.page === 'plain') as { readyMs: number } | undefined;
    if (!ours || !plain || !Number.isFinite(ours.readyMs) || ours.readyMs > Math.max(5 * plain.readyMs, 10_000)) {
      console.error('Benchmark smoke: the reader view is grossly slower than plain vis-timeline (or did not load).');
      process.exit(1);
    }
    console.log('Benchmark smoke passed.');
  }
}

await main();
