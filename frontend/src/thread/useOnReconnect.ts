import { useEffect, useRef } from 'react';
import type { ConnectionState } from '../realtime/socket';

/**
 * useOnReconnect calls fn each time the socket is back online after a cut. Frames
 * sent while it was down are not replayed, so what they would have brought is
 * fetched again.
 */
export function useOnReconnect(state: ConnectionState, fn: () => void): void {
  const wasOffline = useRef(false);
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  useEffect(() => {
    if (state === 'offline') wasOffline.current = true;
    else if (state === 'online' && wasOffline.current) {
      wasOffline.current = false;
      latest.current();
    }
  }, [state]);
}
