/**
 * One-line embed for the news timeline, built into embed.js (data/embedLoader.ts):
 *
 *   <div data-news-timeline data-src="https://news.example/timeline/?embed=1"></div>
 *   <script src="https://news.example/timeline/embed.js" async></script>
 *
 * Turns each such element into a lazy-loaded iframe, sizes it to the height its
 * content reports, and passes a deep link from the host page's URL
 * (#news-timeline=EVENT-ID, or #NAME=EVENT-ID with data-name="NAME") into it.
 * With data-update-url, choosing an event inside updates the host page's URL.
 * Elements added later (by the host's own script) become embeds too, and an embed
 * whose element leaves the page is forgotten. A host that builds its page itself can
 * also call window.newsTimelineEmbed.mount(element) and .unmount(element).
 *
 * Safety: messages are accepted only from the timeline's own origin and from the
 * iframe they claim to come from; only a number (a height) and an id are read from
 * them, and nothing received is ever evaluated or inserted as HTML.
 */
import { LOADER_ATTRIBUTE } from '../contract';
import { HEIGHT, readFrameMessage, SELECTED, SHOW } from '../messages';
import { frameAddress } from './frameAddress';
import { linkedEvent, withLinkedEvent } from './hostHash';

interface Frame {
  host: Element;
  iframe: HTMLIFrameElement;
  origin: string;
  /** The host-hash parameter that deep-links this embed (data-name). */
  name: string;
  updateUrl: boolean;
  /** The event last linked or chosen, so neither side echoes the other. */
  last: string | null;
  /** Whether the embed has spoken yet: until it has, nothing in it listens. */
  heard: boolean;
  /** A host link that changed before the embed could hear it (undefined: none), sent when it first speaks. */
  pending?: string | null;
}

/** Marks an element already made an embed. */
const READY = `${LOADER_ATTRIBUTE}-ready`;
const DEFAULT_NAME = 'news-timeline';
const DEFAULT_HEIGHT = 640;

// Read while the script runs: afterwards document.currentScript no longer names it.
// A data-src is relative to the loader's own address, not the host page's.
const script = document.currentScript;
const base = script instanceof HTMLScriptElement && script.src ? script.src : window.location.href;
let frames: Frame[] = [];

function build(host: Element): void {
  const name = host.getAttribute('data-name') || DEFAULT_NAME;
  const linked = linkedEvent(window.location.hash, name);
  const address = frameAddress(host.getAttribute('data-src'), base, linked);
  if ('problem' in address) {
    host.textContent = address.problem;
    return;
  }
  const iframe = document.createElement('iframe');
  iframe.src = address.url.href;
  iframe.title = host.getAttribute('data-title') || 'Interactive timeline';
  iframe.setAttribute('loading', 'lazy');
  iframe.style.width = '100%';
  iframe.style.border = '0';
  iframe.style.display = 'block';
  iframe.style.height = `${parseInt(host.getAttribute('data-height') || '', 10) || DEFAULT_HEIGHT}px`;
  host.setAttribute(READY, '');
  host.appendChild(iframe);
  frames.push({
    host,
    iframe,
    origin: address.url.origin,
    name,
    updateUrl: host.hasAttribute('data-update-url'),
    last: linked,
    heard: false,
  });
}

/** Makes `element` an embed, if it is one and is not already. */
function mount(element: Element): void {
  if (element instanceof Element && element.hasAttribute(LOADER_ATTRIBUTE) && !element.hasAttribute(READY)) build(element);
}

/** Takes the embed out of `element` and forgets it; the element stays, ready to be mounted again. */
function unmount(element: Element): void {
  frames = frames.filter((frame) => {
    if (frame.host !== element) return true;
    frame.iframe.remove();
    return false;
  });
  if (element instanceof Element) element.removeAttribute(READY);
}

function scan(root: Document | Element): void {
  if (root instanceof Element) mount(root);
  for (const host of root.querySelectorAll(`[${LOADER_ATTRIBUTE}]:not([${READY}])`)) build(host);
}

/** Embeds the host's own script adds later, and forgets those it takes away. */
function watch(): void {
  new MutationObserver((changes) => {
    for (const change of changes) {
      for (const added of change.addedNodes) if (added instanceof Element) scan(added);
    }
    // An element taken off the page is left as it was before it became an embed, so
    // putting it back mounts it afresh.
    for (const frame of frames.filter(({ host }) => !host.isConnected)) unmount(frame.host);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

window.addEventListener('message', (event) => {
  const frame = frames.find(({ iframe, origin }) => event.source === iframe.contentWindow && event.origin === origin);
  if (!frame) return;
  const message = readFrameMessage(event.data);
  // Its first word says it is listening: a link that changed before then goes now, and what
  // it says it shows is not put in the host's URL (it is about to show the link).
  const caughtUp = message !== null && !frame.heard && frame.pending !== undefined;
  if (message) frame.heard = true;
  if (caughtUp) show(frame, frame.pending ?? null);
  if (message?.type === HEIGHT) {
    frame.iframe.style.height = `${message.height}px`;
  } else if (message?.type === SELECTED && !caughtUp && frame.updateUrl && message.event !== frame.last) {
    frame.last = message.event;
    const { pathname, search, hash } = window.location;
    history.replaceState(history.state, '', pathname + search + withLinkedEvent(hash, frame.name, message.event));
  }
});

/** Asks the embed to show `event` (null: none), or keeps the request until the embed first speaks. */
function show(frame: Frame, event: string | null): void {
  if (!frame.heard || !frame.iframe.contentWindow) {
    frame.pending = event;
    return;
  }
  frame.pending = undefined;
  frame.iframe.contentWindow.postMessage({ type: SHOW, event }, frame.origin);
}

window.addEventListener('hashchange', () => {
  for (const frame of frames) {
    const event = linkedEvent(window.location.hash, frame.name);
    if (event === frame.last) continue;
    frame.last = event;
    show(frame, event);
  }
});

Object.assign(window, { newsTimelineEmbed: { mount, unmount } });

function start(): void {
  scan(document);
  watch();
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
