/**
 * Checks for e2e/hostile.spec.ts: that nothing in a hostile story ran (no dialog,
 * no error, no `window.__pwned`) and that none of the elements its payloads would
 * create exists anywhere in the page or its frames.
 */
import { expect, type BrowserContext, type Frame, type Locator, type Page, type Route } from '@playwright/test';
import { APP_ORIGIN as TEST_APP_ORIGIN, HOST_ORIGIN as TEST_HOST_ORIGIN } from '../origins';
import { HOSTILE_STORY_PATH, hostileTimeline } from './hostileStory';

/** The app and the stand-in host site, as playwright.config.ts serves them (overridable to run beside another suite). */
export const APP_ORIGIN = process.env.HOSTILE_APP_ORIGIN ?? TEST_APP_ORIGIN;
export const HOST_ORIGIN = process.env.HOSTILE_HOST_ORIGIN ?? TEST_HOST_ORIGIN;

/** `?data=` for the hostile story, as a reader's link would carry it. */
export const DATA_PARAM = `data=${encodeURIComponent(HOSTILE_STORY_PATH)}`;
/** The same, as the app writes it into its own links: the dataset's absolute URL. */
export const ABSOLUTE_DATA_PARAM = `data=${encodeURIComponent(APP_ORIGIN + HOSTILE_STORY_PATH)}`;

/**
 * Serves the hostile story at HOSTILE_STORY_PATH on the app's origin, to every page
 * of the context (the presenter window and embeds included), and records anything
 * that suggests a payload ran: dialogs (dismissed), console errors and page errors.
 */
export async function serveHostileStory(context: BrowserContext): Promise<string[]> {
  const body = JSON.stringify(hostileTimeline());
  const problems: string[] = [];
  // A predicate on the path alone: a glob would also match the page URL, whose query names this path.
  await context.route(
    (url) => url.origin === APP_ORIGIN && url.pathname === HOSTILE_STORY_PATH,
    (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  context.on('dialog', (dialog) => {
    problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    problems.push(`console error at ${url}:${lineNumber}: ${message.text().slice(0, 400)}`);
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message.slice(0, 300)}`));
  // weberror covers every page; pageerror on each page as well, the open one and any opened later (the presenter window).
  const onPage = (page: Page) =>
    page.on('pageerror', (error) => problems.push(`page error in ${page.url()}: ${error.message.slice(0, 300)}`));
  context.pages().forEach(onPage);
  context.on('page', onPage);
  return problems;
}

/** What a payload could have left in one frame: its side effect, and elements or attributes it would create. */
async function tracesIn(frame: Frame, isApp: boolean): Promise<string[]> {
  return frame.evaluate((isApp) => {
    const found: string[] = [];
    const describe = (element: Element) => element.outerHTML.slice(0, 160);
    const pwned = (window as unknown as { __pwned?: unknown }).__pwned;
    if (pwned !== undefined) found.push(`window.__pwned is ${JSON.stringify(pwned) ?? typeof pwned}`);
    for (const element of document.querySelectorAll('*')) {
      // Event-handler attributes only ever come from parsed markup: neither React nor vis-timeline writes them.
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`event-handler attribute ${attribute.name}: ${describe(element)}`);
      }
    }
    const none = (selector: string, what: string) => {
      for (const element of document.querySelectorAll(selector)) found.push(`${what}: ${describe(element)}`);
    };
    none('img[src="x"]', 'injected image');
    none('iframe[srcdoc]', 'iframe with srcdoc');
    none('a[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i], [formaction^="javascript:" i]', 'javascript: URL');
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const protocol = new URL(link.href, document.baseURI).protocol;
      if (protocol !== 'http:' && protocol !== 'https:') found.push(`link to a ${protocol} URL: ${describe(link)}`);
    }
    if (isApp) {
      // The app draws no images, SVG, inline scripts or frames of its own (the share preview is a src iframe).
      none('img, svg, circle, object, embed, math', 'element the app never draws');
      // Data blocks are never run: the inlined story (offline) and the page's JSON-LD, which the build writes into the head.
      none('script:not([src]):not([type="application/json"]):not(head > script[type="application/ld+json"])', 'inline script');
      none('iframe:not([src])', 'iframe without src');
    }
    return found;
  }, isApp);
}

/** Asserts no trace of any payload in any frame of `page`. */
export async function expectInert(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    const url = frame.url();
    // Blank frames and the browser's own error pages (an embed whose server is down) hold no content of ours.
    if (url === '' || url === 'about:blank' || url.startsWith('chrome-error:')) continue;
    const traces = await tracesIn(frame, url.startsWith(`${APP_ORIGIN}/`));
    expect(traces, `traces of a payload in ${url}`).toEqual([]);
  }
}

/** The element's raw text, characters as they are (bidi and zero-width included), unlike Playwright's normalised matching. */
export function rawText(locator: Locator): Promise<string> {
  return locator.evaluate((element) => element.textContent ?? '');
}
