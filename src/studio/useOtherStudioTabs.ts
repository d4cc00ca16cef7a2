/**
 * Whether the studio is open in another tab of this browser. Both would keep their drafts in
 * the same place, the last change overwriting the other's: the journalist is told.
 */
import { useEffect, useState } from 'react';

const CHANNEL = 'story-studio';

export function useOtherStudioTabs(): boolean {
  const [other, setOther] = useState(false);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      setOther(true);
      // A tab that has just opened says so; one already open answers, so both know.
      if (event.data === 'opened') channel.postMessage('here');
    };
    channel.postMessage('opened');
    return () => channel.close();
  }, []);
  return other;
}
