import { useContext, useEffect, useRef, useSyncExternalStore } from 'react';
import { RealtimeContext } from './context';
import type { ConnectionState, FrameListener, RealtimeSocket } from './socket';

/** useRealtime returns the socket of the app. */
export function useRealtime(): RealtimeSocket {
  return useContext(RealtimeContext);
}

/**
 * useFrame calls fn with the data of every frame of `type` while the component
 * is mounted. fn may change between renders; the latest one is called.
 */
export function useFrame<T = unknown>(type: string, fn: FrameListener<T>): void {
  const socket = useRealtime();
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  useEffect(
    () => socket.subscribe<T>(type, (data, frame) => latest.current(data, frame)),
    [socket, type],
  );
}

/** useConnectionState returns the live connection state and re-renders when it changes. */
export function useConnectionState(): ConnectionState {
  const socket = useRealtime();
  return useSyncExternalStore(
    (onChange) => socket.onStateChange(onChange),
    () => socket.state,
  );
}
