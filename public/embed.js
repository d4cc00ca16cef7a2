/*
 * One-line embed for the news timeline.
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
(function () {
  'use strict';

  var ATTRIBUTE = 'data-news-timeline';
  var DONE = 'data-news-timeline-ready';
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var MAX_HEIGHT = 20000;
  var script = document.currentScript;
  var base = script && script.src ? script.src : window.location.href;
  var frames = [];

  function hashParam(name) {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    var value = params.get(name);
    return value !== null && ID.test(value) ? value : null;
  }

  function setHashParam(name, value) {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    if (value === null) params.delete(name);
    else params.set(name, value);
    var hash = params.toString();
    history.replaceState(history.state, '', window.location.pathname + window.location.search + (hash ? '#' + hash : ''));
  }

  function build(host) {
    var src;
    try {
      src = new URL(host.getAttribute('data-src') || './?embed=1', base);
    } catch {
      host.textContent = 'This timeline could not be embedded: its data-src is not a valid address.';
      return;
    }
    if (src.protocol !== 'https:' && src.protocol !== 'http:') {
      host.textContent = 'This timeline could not be embedded: its data-src must be an http(s) address.';
      return;
    }
    src.searchParams.set('embed', '1');
    var name = host.getAttribute('data-name') || 'news-timeline';
    var linked = hashParam(name);
    if (linked) src.searchParams.set('event', linked);

    var iframe = document.createElement('iframe');
    iframe.src = src.href;
    iframe.title = host.getAttribute('data-title') || 'Interactive timeline';
    iframe.loading = 'lazy';
    iframe.setAttribute('loading', 'lazy');
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.display = 'block';
    iframe.style.height = (parseInt(host.getAttribute('data-height') || '', 10) || 640) + 'px';
    host.setAttribute(DONE, '');
    host.appendChild(iframe);
    frames.push({
      host: host,
      iframe: iframe,
      origin: src.origin,
      name: name,
      updateUrl: host.hasAttribute('data-update-url'),
      last: linked,
    });
  }

  /** Makes `element` an embed, if it is one and is not already. */
  function mount(element) {
    if (element instanceof Element && element.hasAttribute(ATTRIBUTE) && !element.hasAttribute(DONE)) build(element);
  }

  /** Takes the embed out of `element` and forgets it; the element stays, ready to be mounted again. */
  function unmount(element) {
    frames = frames.filter(function (frame) {
      if (frame.host !== element) return true;
      frame.iframe.remove();
      return false;
    });
    if (element instanceof Element) element.removeAttribute(DONE);
  }

  function scan(root) {
    if (root instanceof Element) mount(root);
    var hosts = root.querySelectorAll('[' + ATTRIBUTE + ']:not([' + DONE + '])');
    for (var i = 0; i < hosts.length; i++) build(hosts[i]);
  }

  /** Embeds the host's own script adds later, and forgets those it takes away. */
  function watch() {
    new MutationObserver(function (changes) {
      for (var i = 0; i < changes.length; i++) {
        var added = changes[i].addedNodes;
        for (var j = 0; j < added.length; j++) if (added[j] instanceof Element) scan(added[j]);
      }
      // An element taken off the page is left as it was before it became an embed, so
      // putting it back mounts it afresh.
      frames
        .filter(function (frame) {
          return !frame.host.isConnected;
        })
        .forEach(function (frame) {
          unmount(frame.host);
        });
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  window.addEventListener('message', function (event) {
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.iframe.contentWindow || event.origin !== frame.origin) continue;
      var data = event.data;
      if (!data || typeof data !== 'object') return;
      if (data.type === 'news-timeline:height' && typeof data.height === 'number' && isFinite(data.height)) {
        frame.iframe.style.height = Math.max(0, Math.min(MAX_HEIGHT, Math.ceil(data.height))) + 'px';
      } else if (data.type === 'news-timeline:selected' && frame.updateUrl) {
        var id = typeof data.event === 'string' && ID.test(data.event) ? data.event : null;
        if (id !== frame.last) {
          frame.last = id;
          setHashParam(frame.name, id);
        }
      }
      return;
    }
  });

  window.addEventListener('hashchange', function () {
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      var id = hashParam(frame.name);
      if (id === frame.last || !frame.iframe.contentWindow) continue;
      frame.last = id;
      frame.iframe.contentWindow.postMessage({ type: 'news-timeline:show', event: id }, frame.origin);
    }
  });

  window.newsTimelineEmbed = { mount: mount, unmount: unmount };

  function start() {
    scan(document);
    watch();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
