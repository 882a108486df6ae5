import { backoffDelay } from './backoff';

/** ConnectionState is what the shell shows: live, first connecting, or cut off and retrying. */
export type ConnectionState = 'connecting' | 'online' | 'offline';

/** Frame is one server → client message. */
export interface Frame<T = unknown> {
  type: string;
  data: T;
}

/** FrameListener receives the `data` of frames of one type. */
export type FrameListener<T = unknown> = (data: T, frame: Frame<T>) => void;

/** REVOKED_CLOSE_CODE is the close code the server uses when the session was revoked. */
export const REVOKED_CLOSE_CODE = 4001;

/** WebSocketLike is the part of the browser WebSocket that RealtimeSocket uses. */
export interface WebSocketLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(code?: number, reason?: string): void;
}

/** WebSocketFactory opens a socket to a URL (the browser's WebSocket, or a test double). */
export type WebSocketFactory = new (url: string) => WebSocketLike;

/** RealtimeOptions configure a RealtimeSocket. */
export interface RealtimeOptions {
  /** url is where to connect; a function is read at every attempt. */
  url: string | (() => string);
  WebSocket?: WebSocketFactory;
  random?: () => number;
}

/** teamSocketUrl is the team WebSocket on the page's own origin (the cookie authenticates). */
export function teamSocketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/api/v1/ws`;
}

/**
 * RealtimeSocket keeps one WebSocket open while started, hands each frame to
 * the subscribers of its type, and reconnects with jittered exponential
 * backoff after any close — except close code 4001, which means the session
 * was revoked and calls the revoked handler instead.
 */
export class RealtimeSocket {
  private readonly options: RealtimeOptions;
  private socket: WebSocketLike | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private started = false;
  private failures = 0;
  private current: ConnectionState = 'connecting';
  private readonly listeners = new Map<string, Set<FrameListener>>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private revokedHandler: (() => void) | null = null;
  private readonly failureListeners = new Set<() => void>();

  constructor(options: RealtimeOptions) {
    this.options = options;
  }

  /** state is the connection state now. */
  get state(): ConnectionState {
    return this.current;
  }

  /** start opens the connection (no-op when already started). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.failures = 0;
    this.setState('connecting');
    this.connect();
  }

  /** stop closes the connection and stops reconnecting (on logout or unmount). */
  stop(): void {
    this.started = false;
    this.clearTimer();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
      socket.close(1000, 'bye');
    }
    this.failures = 0;
    this.setState('connecting');
  }

  /**
   * reconnectNow skips the remaining wait (the browser said the network is back).
   * It does nothing while connected or connecting.
   */
  reconnectNow(): void {
    if (!this.started || this.socket) return;
    this.clearTimer();
    this.failures = 0;
    this.connect();
  }

  /** subscribe calls listener with each frame of `type`; returns the unsubscribe function. */
  subscribe<T = unknown>(type: string, listener: FrameListener<T>): () => void {
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
    }
    const entry = listener as FrameListener;
    set.add(entry);
    return () => {
      const current = this.listeners.get(type);
      current?.delete(entry);
      if (current?.size === 0) this.listeners.delete(type);
    };
  }

  /** onStateChange calls listener on every state change; returns the unsubscribe function. */
  onStateChange(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /**
   * onConnectFailed calls listener whenever an attempt ends without the socket
   * ever opening (server down, or the upgrade refused — e.g. the session ended
   * while we were away). Returns the unsubscribe function.
   */
  onConnectFailed(listener: () => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  /** setRevokedHandler sets what to do when the server revokes the session (close 4001). */
  setRevokedHandler(handler: (() => void) | null): void {
    this.revokedHandler = handler;
  }

  private connect(): void {
    const { url, WebSocket: Factory = globalThis.WebSocket as unknown as WebSocketFactory } =
      this.options;
    let socket: WebSocketLike;
    try {
      socket = new Factory(typeof url === 'function' ? url() : url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      this.failures = 0;
      this.setState('online');
    };
    socket.onmessage = (event) => this.dispatch(event.data);
    socket.onerror = () => {
      // A close event always follows; reconnecting is decided there.
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (!this.started) return;
      if (event.code === REVOKED_CLOSE_CODE) {
        this.started = false;
        this.setState('offline');
        this.revokedHandler?.();
        return;
      }
      this.scheduleReconnect();
      if (!opened) for (const listener of [...this.failureListeners]) listener();
    };
  }

  private scheduleReconnect(): void {
    this.setState('offline');
    this.clearTimer();
    const delay = backoffDelay(this.failures, this.options.random);
    this.failures += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.started && !this.socket) this.connect();
    }, delay);
  }

  private dispatch(raw: unknown): void {
    if (typeof raw !== 'string') return;
    let frame: unknown;
    try {
      frame = JSON.parse(raw);
    } catch {
      return;
    }
    if (typeof frame !== 'object' || frame === null) return;
    const { type, data } = frame as Partial<Frame>;
    if (typeof type !== 'string') return;
    const set = this.listeners.get(type);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(data, { type, data });
      } catch (error) {
        // One broken subscriber must not starve the others.
        console.error(`realtime: listener for "${type}" failed`, error);
      }
    }
  }

  private setState(state: ConnectionState): void {
    if (this.current === state) return;
    this.current = state;
    for (const listener of [...this.stateListeners]) listener(state);
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
