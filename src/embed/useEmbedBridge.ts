/**
 * Inside an iframe: tells the host how tall the content is whenever it changes,
 * tells it which event is open, and follows the host's deep links. Never touches
 * the parent page itself; only posts messages to it.
 */
import { useEffect } from 'react';
import { heightMessages, hostOrigin, readShowMessage, SELECTED } from './messages';
import { useLatest } from '../lib/useLatest';

export interface EmbedBridgeOptions {
  /** Report the content height (height mode "auto"). */
  reportHeight: boolean;
  /** The pym.js child id, if a pym parent gave one. */
  pymChildId: string | null;
  /** The open event, reported to the host when it changes. */
  selectedId: string | null;
  /** Called when the host asks to show an event. */
  onShow: (id: string | null) => void;
}

export function useEmbedBridge({ reportHeight, pymChildId, selectedId, onShow }: EmbedBridgeOptions): void {
  const onShowRef = useLatest(onShow);
  const framed = window.parent !== window;

  useEffect(() => {
    if (!framed || !reportHeight) return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // Any host may embed us, and a height is no secret: '*' is the only target that reaches every host.
      for (const message of heightMessages(height, pymChildId)) window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, [framed, reportHeight, pymChildId]);

  useEffect(() => {
    if (!framed) return;
    window.parent.postMessage({ type: SELECTED, event: selectedId }, '*');
  }, [framed, selectedId]);

  useEffect(() => {
    if (!framed) return;
    const expected = hostOrigin(window.location, document.referrer);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || expected === null || event.origin !== expected) return;
      const show = readShowMessage(event.data);
      if (show) onShowRef.current(show.event);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [framed, onShowRef]);
}
