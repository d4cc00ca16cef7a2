/**
 * Keeps the audience window and the presenter window on the same step. Both can
 * advance; each tells the other. BroadcastChannel reaches same-origin windows;
 * the opener/opened window link also works from a file:// page, whose origin is
 * opaque, which is why messages go to '*' (they carry only a step number).
 */
import { useCallback, useEffect, useRef } from 'react';
import { positionMessage, readPositionMessage, type PresentPosition } from './presentState';
import { useLatest } from '../lib/useLatest';

const CHANNEL = 'news-timeline-present';

export function usePresentSync(onRemote: (position: PresentPosition) => void) {
  const onRemoteRef = useLatest(onRemote);
  const channel = useRef<BroadcastChannel | null>(null);
  const presenter = useRef<Window | null>(null);

  useEffect(() => {
    const receive = (data: unknown) => {
      const position = readPositionMessage(data);
      if (position) onRemoteRef.current(position);
    };
    if (typeof BroadcastChannel === 'function') {
      channel.current = new BroadcastChannel(CHANNEL);
      channel.current.onmessage = (event) => receive(event.data);
    }
    const onMessage = (event: MessageEvent) => {
      // Only the window we opened, or the one that opened us.
      if (event.source === null || (event.source !== window.opener && event.source !== presenter.current)) return;
      receive(event.data);
    };
    window.addEventListener('message', onMessage);
    return () => {
      channel.current?.close();
      channel.current = null;
      window.removeEventListener('message', onMessage);
    };
  }, [onRemoteRef]);

  const send = useCallback((position: PresentPosition) => {
    const message = positionMessage(position);
    channel.current?.postMessage(message);
    const partners = [window.opener as Window | null, presenter.current].filter((w): w is Window => w !== null && !w.closed);
    for (const partner of partners) partner.postMessage(message, '*');
  }, []);

  /** Opens the presenter window (or brings it back) at the given URL. */
  const openPresenter = useCallback((url: string) => {
    presenter.current = window.open(url, 'news-timeline-presenter', 'popup,width=1000,height=720');
    presenter.current?.focus();
  }, []);

  return { send, openPresenter };
}
