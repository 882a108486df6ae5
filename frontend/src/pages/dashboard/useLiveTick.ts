import { useEffect, useRef, useState } from 'react';
import { useRealtime } from '../../realtime/hooks';

/** LIVE_FRAMES are the frames after which the dashboard's figures may have changed. */
export const LIVE_FRAMES = ['nps.rating_added', 'message.created', 'conversation.created', 'conversation.updated'];

/**
 * useLiveTick returns a number that goes up (debounced) after any of `types` arrives
 * over the WebSocket: put it in an effect's dependencies to refetch.
 */
export function useLiveTick(types: string[] = LIVE_FRAMES, delay = 400): number {
  const socket = useRealtime();
  const [tick, setTick] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const key = types.join(',');
  useEffect(() => {
    const bump = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setTick((n) => n + 1), delay);
    };
    const offs = key.split(',').map((type) => socket.subscribe(type, bump));
    return () => {
      offs.forEach((off) => off());
      clearTimeout(timer.current);
    };
  }, [socket, key, delay]);
  return tick;
}
