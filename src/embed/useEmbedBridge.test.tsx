// @vitest-environment jsdom
/** The embed follows a host's "show this event" only from its own parent at the parent's origin. */
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SHOW } from './messages';
import { useEmbedBridge } from './useEmbedBridge';

afterEach(cleanup);

const HOST = 'https://host.example';

/** Renders the bridge as if framed by `parent`, on a page whose referrer is `referrer`; returns its onShow spy. */
function framedBridge(parent: Window | null, referrer: string) {
  if (parent) vi.spyOn(window, 'parent', 'get').mockReturnValue(parent);
  vi.spyOn(document, 'referrer', 'get').mockReturnValue(referrer);
  const onShow = vi.fn();
  renderHook(() => useEmbedBridge({ reportHeight: false, pymChildId: null, selectedId: null, onShow }));
  return onShow;
}

const send = (data: unknown, origin: string, source: unknown) =>
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));

describe('useEmbedBridge: who may ask the embed to show an event', () => {
  const show = { type: SHOW, event: 'uk-sanctions' };

  test('its parent, at the parent’s origin', () => {
    const parent = { postMessage: vi.fn() } as unknown as Window;
    const onShow = framedBridge(parent, `${HOST}/article`);
    send(show, HOST, parent);
    expect(onShow.mock.calls).toEqual([['uk-sanctions']]);
  });

  test.each<[string, string, 'parent' | 'other' | null]>([
    ['another origin', 'https://evil.example', 'parent'],
    ['a look-alike origin', 'https://host.example.evil.example', 'parent'],
    ['the right origin on another scheme', 'http://host.example', 'parent'],
    ['the origin "null" (a sandboxed or file page)', 'null', 'parent'],
    ['another window at the right origin', HOST, 'other'],
    ['no window at all', HOST, null],
  ])('not %s', (_case, origin, from) => {
    const parent = { postMessage: vi.fn() } as unknown as Window;
    const onShow = framedBridge(parent, `${HOST}/article`);
    send(show, origin, from === 'parent' ? parent : from === 'other' ? { postMessage: vi.fn() } : null);
    expect(onShow).not.toHaveBeenCalled();
  });

  test('no one, when the host’s origin cannot be known (no referrer)', () => {
    const parent = { postMessage: vi.fn() } as unknown as Window;
    const onShow = framedBridge(parent, '');
    send(show, HOST, parent);
    send(show, '', parent);
    expect(onShow).not.toHaveBeenCalled();
  });

  test('no one, when the page is not in a frame', () => {
    const onShow = framedBridge(null, `${HOST}/article`);
    send(show, HOST, window);
    expect(onShow).not.toHaveBeenCalled();
  });

  test('its parent’s messages of the wrong shape are ignored', () => {
    const parent = { postMessage: vi.fn() } as unknown as Window;
    const onShow = framedBridge(parent, `${HOST}/article`);
    for (const data of [
      null,
      'uk-sanctions',
      { type: SHOW, event: '<img src=x>' },
      { type: 'other', event: 'uk-sanctions' },
      [SHOW, 'uk-sanctions'],
    ]) {
      send(data, HOST, parent);
    }
    expect(onShow).not.toHaveBeenCalled();
  });
});
